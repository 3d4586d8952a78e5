import { rmdirSync, statSync } from 'node:fs';
import { readFile, writeFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { hasErrorCode } from './fs-port';

/** The lock is a folder (mkdir is atomic everywhere); who holds it is written beside it. */
export const LOCK_NAME = 'cairn.lock';
export const LOCK_OWNER_NAME = 'cairn.lock.owner.json';
/** A lock not refreshed for this long belongs to a process that is gone (or asleep on another host). */
export const LOCK_STALE_MS = 30_000;
const LOCK_UPDATE_MS = 5_000;
/**
 * A lock folder with no owner file beside it whose time has not been refreshed for this long
 * was left by a process killed between taking the lock and writing its name: a live holder
 * (even one that could not write its owner file) refreshes the folder every few seconds.
 */
export const ORPHAN_AFTER_MS = LOCK_UPDATE_MS + 2_000;

/** A second writer on the same data folder: one line, exit 1 in the CLI. */
export class DataFolderBusyError extends Error {
  readonly code = 'EBUSYFOLDER';
  constructor(readonly dataDir: string, owner: LockOwner | null) {
    const who = owner ? ` (process ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}, ${owner.command})` : '';
    super(`Cairn is open on this data folder (${dataDir})${who}. Close the other Cairn window or process, then try again.`);
    this.name = 'DataFolderBusyError';
  }
}

export interface LockOwner {
  pid: number;
  host: string;
  /** What holds it: "app", "cairn import", "test bridge"... */
  command: string;
  since: string;
}

export interface WriterLock {
  /** False once another process took the folder over (after a long sleep): stop writing. */
  isHeld(): boolean;
  release(): Promise<void>;
}

export interface AcquireOptions {
  dataDir: string;
  command: string;
  /** Called once if the lock is lost while held. */
  onLost?: (error: Error) => void;
  /** See {@link ORPHAN_AFTER_MS}; shorter in tests. */
  orphanAfterMs?: number;
}

/**
 * Take the one-writer lock of a data folder (proper-lockfile: an atomic mkdir, refreshed
 * every few seconds, stale after {@link LOCK_STALE_MS}). A lock left by a process that
 * crashed on this machine is taken over at once: its owner file names a pid that no
 * longer exists. Throws {@link DataFolderBusyError} when another live process holds it,
 * and the file-system error (EROFS, EACCES) when the folder cannot be written at all.
 */
export async function acquireWriterLock({ dataDir, command, onLost, orphanAfterMs = ORPHAN_AFTER_MS }: AcquireOptions): Promise<WriterLock> {
  let held = true;
  const options = {
    lockfilePath: join(dataDir, LOCK_NAME),
    stale: LOCK_STALE_MS,
    update: LOCK_UPDATE_MS,
    realpath: false,
    onCompromised: (error: Error) => {
      held = false;
      onLost?.(error);
    },
  };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, options);
  } catch (error) {
    if (!hasErrorCode(error, 'ELOCKED')) throw error;
    let seen = lockStat(dataDir);
    let owner = await readOwner(dataDir);
    if (!owner) ({ seen, owner } = await waitForOwnerOrOrphan(dataDir, orphanAfterMs));
    const takenOver = owner ? takeOverIfDead(dataDir, owner, seen) : takeOverOrphan(dataDir, seen, orphanAfterMs);
    if (!takenOver) throw new DataFolderBusyError(dataDir, owner);
    try {
      release = await lockfile.lock(dataDir, options);
    } catch (again) {
      if (hasErrorCode(again, 'ELOCKED')) throw new DataFolderBusyError(dataDir, await readOwner(dataDir));
      throw again;
    }
  }
  const owner: LockOwner = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  await writeFile(join(dataDir, LOCK_OWNER_NAME), `${JSON.stringify(owner)}\n`).catch(() => undefined);
  return {
    isHeld: () => held,
    async release() {
      if (!held) return;
      held = false;
      await unlink(join(dataDir, LOCK_OWNER_NAME)).catch(() => undefined);
      await release().catch(() => undefined);
    },
  };
}

/** Who holds the lock now, or null when nobody does (or the owner file is unreadable). */
export async function readOwner(dataDir: string): Promise<LockOwner | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(dataDir, LOCK_OWNER_NAME), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { pid, host, command, since } = parsed as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string') return null;
    return { pid, host, command: typeof command === 'string' ? command : 'Cairn', since: typeof since === 'string' ? since : '' };
  } catch {
    return null;
  }
}

/** True when a process with this pid exists on this machine (EPERM: it exists, owned by someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return hasErrorCode(error, 'EPERM');
  }
}

/**
 * Remove a lock whose owner crashed on this machine. The lock folder is removed only if it
 * is still the one seen when its owner was judged dead (same inode and modification time,
 * checked just before the rmdir), so a process that took it over a moment ago keeps it.
 */
function takeOverIfDead(dataDir: string, owner: LockOwner, seen: { ino: number; mtimeMs: number } | null): boolean {
  if (owner.host !== hostname() || owner.pid === process.pid || processAlive(owner.pid)) return false;
  const lockPath = join(dataDir, LOCK_NAME);
  try {
    const now = statSync(lockPath);
    if (seen === null || now.ino !== seen.ino || now.mtimeMs !== seen.mtimeMs) return false;
    rmdirSync(lockPath);
    return true;
  } catch (error) {
    return hasErrorCode(error, 'ENOENT');
  }
}

/**
 * A lock folder without an owner file: either its holder is writing that file this very
 * moment, or it was killed before it could. Wait until the owner appears or the folder has
 * gone unrefreshed for `orphanAfterMs`.
 */
async function waitForOwnerOrOrphan(dataDir: string, orphanAfterMs: number): Promise<{ seen: { ino: number; mtimeMs: number } | null; owner: LockOwner | null }> {
  const deadline = Date.now() + orphanAfterMs + 1_000;
  for (;;) {
    const seen = lockStat(dataDir);
    const owner = await readOwner(dataDir);
    if (owner || seen === null || Date.now() - seen.mtimeMs > orphanAfterMs || Date.now() > deadline) return { seen, owner };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Remove a lock folder left with no owner and no refresh for `orphanAfterMs` (same inode and time as seen). */
function takeOverOrphan(dataDir: string, seen: { ino: number; mtimeMs: number } | null, orphanAfterMs: number): boolean {
  if (seen === null) return true;
  if (Date.now() - seen.mtimeMs <= orphanAfterMs) return false;
  const lockPath = join(dataDir, LOCK_NAME);
  try {
    const now = statSync(lockPath);
    if (now.ino !== seen.ino || now.mtimeMs !== seen.mtimeMs) return false;
    rmdirSync(lockPath);
    return true;
  } catch (error) {
    return hasErrorCode(error, 'ENOENT');
  }
}

function lockStat(dataDir: string): { ino: number; mtimeMs: number } | null {
  try {
    const { ino, mtimeMs } = statSync(join(dataDir, LOCK_NAME));
    return { ino, mtimeMs };
  } catch {
    return null;
  }
}
