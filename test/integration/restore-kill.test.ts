import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/domain/client';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { parseClientDocument } from '../../shared/file-format/client-document-format';
import { serializeWorkspaceBackup } from '../../shared/file-format/engagement-file';
import { isTempFileName } from '../../electron/main/services/atomic-write';
import { createWorkspace } from '../../electron/main/services/workspace';
import { testScale } from '../support/test-scale';

const ROUNDS = testScale('CAIRN_RESTORE_KILLS', 4, 40);
let scratch: string;
let child: string;
let backupFile: string;
const backupClients: Client[] = [];
const now = new Date('2026-10-01T09:00:00.000Z');

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'cairn-restore-kill-'));
  child = join(scratch, 'restore-child.cjs');
  await build({ entryPoints: [join(import.meta.dirname, '..', 'support', 'restore-kill', 'restore-child.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: child, logLevel: 'silent' });
  for (let index = 0; index < 40; index++) {
    let n = 0;
    backupClients.push({ ...buildDemoClient({ newId: () => `bk${index}-${(n += 1)}`, now }), name: `Client ${String(index).padStart(2, '0')}` });
  }
  backupFile = join(scratch, 'all.cairn-backup');
  await writeFile(backupFile, serializeWorkspaceBackup({ clients: backupClients, frameworks: [], appVersion: '0.1.0', exportedAt: now.toISOString() }));
}, 60_000);
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Run the child and SIGKILL it `delayMs` after it starts writing (or let it finish). */
function runChild(dataDir: string, how: 'as-new' | 'as-saved', delayMs: number | null): Promise<{ finished: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const process_ = spawn(process.execPath, [child, dataDir, backupFile, how], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    process_.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (delayMs !== null && stdout.includes('writing')) setTimeout(() => process_.kill('SIGKILL'), delayMs);
    });
    process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    process_.on('exit', () => resolve({ finished: stdout.includes('done'), stderr }));
  });
}

async function allFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

async function documents(dataDir: string): Promise<Client[]> {
  const clients: Client[] = [];
  for (const name of (await readdir(join(dataDir, 'clients'))).filter((file) => file.endsWith('.json'))) {
    const parsed = parseClientDocument(await readFile(join(dataDir, 'clients', name), 'utf8'));
    expect(parsed.ok, `${name} parses`).toBe(true);
    if (parsed.ok) clients.push(parsed.document.client);
  }
  return clients;
}

describe('restoring a backup under SIGKILL', () => {
  it(`into an empty folder: after each of ${ROUNDS} kills every document is whole, no temp file survives the next start, and restoring again finishes the job`, async () => {
    let interrupted = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const dataDir = join(scratch, `empty-${round}`);
      // Kill times spread over the same 5–200 ms window however many rounds run.
      const run = await runChild(dataDir, 'as-saved', 5 + Math.round((round * 200) / ROUNDS));
      if (!run.finished) interrupted += 1;
      const written = await documents(dataDir);
      for (const client of written) expect(client).toEqual(backupClients.find((candidate) => candidate.id === client.id));
      await createWorkspace({ dataDir }).open();
      expect((await allFiles(dataDir)).filter((file) => isTempFileName(file.split(/[/\\]/).at(-1)!))).toEqual([]);
      const again = await runChild(dataDir, 'as-saved', null);
      expect(again).toMatchObject({ finished: true, stderr: '' });
      expect((await documents(dataDir)).sort((a, b) => a.name.localeCompare(b.name))).toEqual(backupClients);
    }
    // The kills must land mid-restore, or the test proves nothing.
    expect(interrupted).toBeGreaterThan(0);
  }, 240_000);

  it('as new clients beside existing ones: the clients already here are never touched', async () => {
    let n = 0;
    const mine = { ...buildDemoClient({ newId: () => `mine-${(n += 1)}`, now }), name: 'Mine GmbH' };
    for (let round = 0; round < Math.max(2, ROUNDS / 2); round++) {
      const dataDir = join(scratch, `full-${round}`);
      await mkdir(dataDir, { recursive: true });
      await createWorkspace({ dataDir }).save(mine);
      const before = await readFile(join(dataDir, 'clients', `${mine.id}.json`));
      await runChild(dataDir, 'as-new', 10 + Math.round((round * 160) / Math.max(2, ROUNDS / 2)));
      expect(await readFile(join(dataDir, 'clients', `${mine.id}.json`))).toEqual(before);
      for (const client of await documents(dataDir)) if (client.id !== mine.id) expect(client.name).toMatch(/^Client \d\d \(restored\)$/);
      await createWorkspace({ dataDir }).open();
      expect((await allFiles(dataDir)).filter((file) => isTempFileName(file.split(/[/\\]/).at(-1)!))).toEqual([]);
    }
  }, 240_000);
});
