import { join } from 'node:path';
import { parseCompactTimestamp } from '../../../shared/workspace/snapshot-ids';
import { listFolder, type FsPort } from './fs-port';

/** How long a purged client stays recoverable by hand in purged/. */
export const PURGED_RETENTION_DAYS = 30;

/**
 * Delete entries of purged/ older than {@link PURGED_RETENTION_DAYS}. Their age comes from
 * the stamp in their name (a rename keeps the old modification time, so mtime would lie).
 */
export async function sweepPurged(fs: FsPort, purgedFolder: string, now: Date): Promise<string[]> {
  const cutoff = now.getTime() - PURGED_RETENTION_DAYS * 24 * 60 * 60 * 1000;
  const removed: string[] = [];
  for (const name of await listFolder(fs, purgedFolder)) {
    const purgedAt = parseCompactTimestamp(name.split('-')[0] ?? '');
    if (!purgedAt || purgedAt.getTime() >= cutoff) continue;
    await fs.rm(join(purgedFolder, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
