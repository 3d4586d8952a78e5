import { randomBytes } from 'node:crypto';
import type { Client } from '../../../shared/domain/client';
import type { SnapshotInfo } from '../../../shared/ipc/contract';
import { parseClientDocument } from '../../../shared/file-format/client-document-format';
import type { Migration } from '../../../shared/file-format/migrations';
import { makeSnapshotId, snapshotTakenAt } from '../../../shared/workspace/snapshot-ids';
import { decideSnapshotRetention } from '../../../shared/workspace/snapshot-retention';
import { OperationError } from '../ipc/operation-error';
import { sweepTempFiles, writeFileAtomic } from './atomic-write';
import type { DataLayout } from './data-layout';
import { hasErrorCode, listFolder, type FsPort } from './fs-port';

export interface SnapshotStoreDeps {
  fs: FsPort;
  layout: DataLayout;
  clock: () => Date;
  migrations?: readonly Migration[] | undefined;
  /** Minutes east of UTC, for "one per calendar day" in the consultant's time zone. */
  utcOffsetMinutes: () => number;
}

export type SnapshotStore = ReturnType<typeof createSnapshotStore>;

/**
 * Snapshots of client documents under `snapshots/<clientId>/<snapshotId>.json`. Keeps the
 * ids of each client in memory (loaded on first use, one readdir) so deciding whether a
 * save needs a snapshot costs nothing and never touches other clients.
 */
export function createSnapshotStore({ fs, layout, clock, migrations, utcOffsetMinutes }: SnapshotStoreDeps) {
  /** Snapshot ids per client, oldest first. */
  const idsByClient = new Map<string, string[]>();

  async function ids(clientId: string): Promise<string[]> {
    const known = idsByClient.get(clientId);
    if (known) return known;
    // A snapshot folder that is a file (reported at open) holds no snapshots.
    const names = await listFolder(fs, layout.snapshotFolder(clientId)).catch((error: unknown) => {
      if (hasErrorCode(error, 'ENOTDIR')) return [];
      throw error;
    });
    const found = names
      .map((name) => name.replace(/\.json$/, ''))
      .filter((id, index) => names[index]!.endsWith('.json') && snapshotTakenAt(id) !== null)
      .sort();
    idsByClient.set(clientId, found);
    return found;
  }

  async function readDocument(clientId: string, snapshotId: string): Promise<{ client: Client; sizeBytes: number } | null> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(layout.snapshotFile(clientId, snapshotId));
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return null;
      throw error;
    }
    const parsed = parseClientDocument(bytes.toString('utf8'), { migrations });
    if (!parsed.ok) return null;
    return { client: parsed.document.client, sizeBytes: bytes.byteLength };
  }

  /** A readable snapshot of this very client; one holding another client is never offered. */
  async function readOwn(clientId: string, snapshotId: string): Promise<{ client: Client; sizeBytes: number } | null> {
    const read = await readDocument(clientId, snapshotId);
    return read && read.client.id === clientId ? read : null;
  }

  const info = (clientId: string, snapshotId: string, client: Client, sizeBytes: number): SnapshotInfo => ({
    id: snapshotId,
    clientId,
    takenAt: (snapshotTakenAt(snapshotId) ?? new Date(0)).toISOString(),
    sizeBytes,
    clientName: client.name,
    stakeholderCount: client.stakeholders.length,
  });

  return {
    /**
     * Forget cached ids (the folder may have changed while closed) and sweep crash leftovers
     * (unless `sweep` is false: a read-only opener). Returns the entries of snapshots/ that
     * are not folders, so they are reported by name instead of failing later.
     */
    async reset(sweep = true): Promise<{ entry: string; clientId: string; reason: string }[]> {
      idsByClient.clear();
      const problems: { entry: string; clientId: string; reason: string }[] = [];
      for (const clientId of await listFolder(fs, layout.snapshots).catch(() => [])) {
        const stats = await fs.lstat(layout.snapshotFolder(clientId)).catch(() => null);
        if (stats && !stats.isDirectory()) {
          const what = stats.isFile() ? 'a file' : 'not a folder';
          problems.push({ entry: `snapshots/${clientId}`, clientId, reason: `Could not read snapshots/${clientId}: it is ${what}, not a folder, so this client's snapshots cannot be listed. Move it away to take snapshots again.` });
          continue;
        }
        if (sweep) await sweepTempFiles(fs, layout.snapshotFolder(clientId)).catch(() => []);
      }
      return problems;
    },

    /** Drop one client's cached ids (its folder was moved away). */
    forget(clientId: string): void {
      idsByClient.delete(clientId);
    },

    async newestTakenAt(clientId: string): Promise<Date | null> {
      const newest = (await ids(clientId)).at(-1);
      return newest ? snapshotTakenAt(newest) : null;
    },

    /** Store `bytes` (a complete, valid document) as a new snapshot, then apply retention. */
    async take(clientId: string, bytes: Uint8Array | string): Promise<string> {
      const now = clock();
      const snapshotId = makeSnapshotId(now, randomBytes(3).toString('hex'));
      await fs.mkdir(layout.snapshotFolder(clientId), { recursive: true });
      await writeFileAtomic(fs, layout.snapshotFile(clientId, snapshotId), bytes);
      const list = [...(await ids(clientId)), snapshotId].sort();
      const dated = list.map((id) => ({ id, takenAt: snapshotTakenAt(id) ?? now }));
      const { keep, remove } = decideSnapshotRetention(dated, now, utcOffsetMinutes());
      for (const id of remove) await fs.unlink(layout.snapshotFile(clientId, id)).catch(() => undefined);
      idsByClient.set(clientId, [...keep].sort());
      return snapshotId;
    },

    /** Readable snapshots of a client, newest first; unreadable ones are left out. */
    async list(clientId: string): Promise<SnapshotInfo[]> {
      const result: SnapshotInfo[] = [];
      for (const snapshotId of [...(await ids(clientId))].reverse()) {
        const read = await readOwn(clientId, snapshotId);
        if (read) result.push(info(clientId, snapshotId, read.client, read.sizeBytes));
      }
      return result;
    },

    /** The newest snapshot that still parses: what a quarantined client can be restored from. */
    async newestGood(clientId: string): Promise<SnapshotInfo | null> {
      for (const snapshotId of [...(await ids(clientId))].reverse()) {
        const read = await readOwn(clientId, snapshotId);
        if (read) return info(clientId, snapshotId, read.client, read.sizeBytes);
      }
      return null;
    },

    async read(clientId: string, snapshotId: string): Promise<Client> {
      const read = await readDocument(clientId, snapshotId);
      if (!read) throw new OperationError('not-found', 'That snapshot no longer exists or cannot be read.');
      if (read.client.id !== clientId) {
        throw new OperationError('invalid-request', `The snapshot ${snapshotId} holds client ${read.client.id}, not ${clientId} whose folder it is in; it was not restored.`);
      }
      return read.client;
    },
  };
}
