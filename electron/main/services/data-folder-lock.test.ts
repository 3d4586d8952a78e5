import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireWriterLock, DataFolderBusyError, LOCK_NAME, LOCK_OWNER_NAME, type WriterLock } from './data-folder-lock';

let dataDir: string;
const held: WriterLock[] = [];
const acquire = async (command = 'cairn import') => {
  const lock = await acquireWriterLock({ dataDir, command });
  held.push(lock);
  return lock;
};

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-lock-'));
});
afterEach(async () => {
  for (const lock of held.splice(0)) await lock.release();
  await rm(dataDir, { recursive: true, force: true });
});

/** A pid that existed a moment ago and is gone now, as after a crash. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('the data folder writer lock', () => {
  it('lets one writer in and tells the second, in one line, who has the folder', async () => {
    const first = await acquire('the Cairn app');
    expect(first.isHeld()).toBe(true);
    const owner = JSON.parse(await readFile(join(dataDir, LOCK_OWNER_NAME), 'utf8')) as { pid: number; command: string };
    expect(owner).toMatchObject({ pid: process.pid, command: 'the Cairn app' });

    const second = acquire();
    await expect(second).rejects.toBeInstanceOf(DataFolderBusyError);
    const message = (await second.catch((error: Error) => error)) as Error;
    expect(message.message).toMatch(new RegExp(`^Cairn is open on this data folder \\(${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\) \\(process ${process.pid}, the Cairn app\\)\\. Close the other Cairn window or process, then try again\\.$`));
    expect(message.message).not.toContain('\n');

    await first.release();
    const third = await acquire();
    expect(third.isHeld()).toBe(true);
  });

  it('takes over at once a lock left by a process that crashed on this machine', async () => {
    await mkdir(join(dataDir, LOCK_NAME));
    await writeFile(join(dataDir, LOCK_OWNER_NAME), JSON.stringify({ pid: await deadPid(), host: hostname(), command: 'the Cairn app', since: new Date().toISOString() }));
    const lock = await acquire();
    expect(lock.isHeld()).toBe(true);
    expect(JSON.parse(await readFile(join(dataDir, LOCK_OWNER_NAME), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('takes over a lock folder left with no owner by a process killed while taking it, once nobody refreshes it', async () => {
    await mkdir(join(dataDir, LOCK_NAME));
    const old = new Date(Date.now() - 60_000);
    await utimes(join(dataDir, LOCK_NAME), old, old);
    const lock = await acquireWriterLock({ dataDir, command: 'cairn import' });
    held.push(lock);
    expect(lock.isHeld()).toBe(true);
  });

  it('waits for a lock folder with no owner yet, and leaves it to a holder that keeps it fresh', async () => {
    await mkdir(join(dataDir, LOCK_NAME));
    const fresh = setInterval(() => {
      const now = new Date();
      void utimes(join(dataDir, LOCK_NAME), now, now).catch(() => undefined);
    }, 100);
    try {
      const started = Date.now();
      await expect(acquireWriterLock({ dataDir, command: 'cairn import', orphanAfterMs: 500 })).rejects.toThrow(/^Cairn is open on this data folder/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    } finally {
      clearInterval(fresh);
    }
  });

  it('does not take over a fresh lock whose owner is alive, nor one from another machine', async () => {
    await mkdir(join(dataDir, LOCK_NAME));
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await writeFile(join(dataDir, LOCK_OWNER_NAME), JSON.stringify({ pid: sleeper.pid, host: hostname(), command: 'cairn import', since: '' }));
      await expect(acquire()).rejects.toThrow(/^Cairn is open on this data folder .*cairn import/);
      await writeFile(join(dataDir, LOCK_OWNER_NAME), JSON.stringify({ pid: await deadPid(), host: 'another-laptop', command: 'the Cairn app', since: '' }));
      await expect(acquire()).rejects.toThrow(/on another-laptop, the Cairn app/);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });
});
