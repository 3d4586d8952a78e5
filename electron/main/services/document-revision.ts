import { createHash } from 'node:crypto';
import type { Client } from '../../../shared/domain/client';
import { OperationError } from '../ipc/operation-error';
import { basename } from 'node:path';
import { describeEntryType } from './entry-read';
import { hasErrorCode, type EntryStats, type FsPort } from './fs-port';

/**
 * The revision of a client document is the hash of its bytes on disk. Every document
 * has one, including those written by older versions (nothing to migrate or write), and
 * any change by another process or a sync tool changes it, even one that happens to keep
 * the same size, time or counter.
 */
export function revisionOf(bytes: Uint8Array | string): string {
  // SHA-1 is plenty to notice a change (nothing here defends against a forger) and is the fastest in Node.
  return createHash('sha1').update(bytes).digest('hex').slice(0, 20);
}

/**
 * What `lstat` says about a file: any write by anyone (an atomic rename gives a new inode,
 * an in-place write a new mtime and ctime) changes it. When it still matches what this
 * service wrote or read, the revision is known without reading the file again.
 */
export interface Fingerprint {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export const fingerprintFrom = ({ ino, size, mtimeMs, ctimeMs }: EntryStats): Fingerprint => ({ ino, size, mtimeMs, ctimeMs });

export const sameFingerprint = (a: Fingerprint, b: Fingerprint): boolean => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

export async function fingerprintOf(fs: FsPort, path: string): Promise<Fingerprint | null> {
  try {
    return fingerprintFrom(await fs.lstat(path));
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return null;
    throw error;
  }
}

/** What is on disk now: its bytes and revision, or null when there is no document. */
export async function currentRevision(fs: FsPort, path: string): Promise<{ bytes: Buffer; revision: string } | null> {
  try {
    const bytes = await fs.readFile(path);
    return { bytes, revision: revisionOf(bytes) };
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return null;
    throw error;
  }
}

/** A save refused because the document on disk is not the one the edit started from. */
export function conflictError(client: Pick<Client, 'name'>): OperationError {
  return new OperationError(
    'conflict',
    `${client.name} was changed on disk by another program since Cairn read it, so nothing was saved. Your changes are kept; compare the two versions and merge them.`,
  );
}

/** What is on disk compared with what this service last saw there. */
export type OnDisk = { unchanged: true } | { unchanged: false; revision: string | null; bytes: Buffer | null };

/**
 * The revision and fingerprint of each document as this service last read or wrote it.
 * `current` answers "is the file still the one I left?" with one `lstat` while the
 * fingerprint matches, and reads the file only when something else touched it. The
 * revision of a document Cairn wrote is hashed only when asked for (its text is kept
 * until then), so a save costs no hashing.
 */
export function createRevisionTracker(fs: FsPort) {
  const known = new Map<string, { revision?: string | null; text?: string; fingerprint: Fingerprint | null }>();
  const revisionKnown = (clientId: string): string | null | undefined => {
    const entry = known.get(clientId);
    if (entry && entry.revision === undefined && entry.text !== undefined) {
      entry.revision = revisionOf(entry.text);
      delete entry.text;
    }
    return entry?.revision;
  };
  return {
    clear: () => known.clear(),
    remember(clientId: string, revision: string | null, fingerprint: Fingerprint | null): void {
      known.set(clientId, { revision, fingerprint });
    },
    /** The revision last seen (null: no document), or undefined when this service never looked. */
    known: revisionKnown,
    /** What is remembered of one document, to put back after a write made for another writer. */
    peek: (clientId: string) => known.get(clientId),
    put(clientId: string, entry: { revision?: string | null; text?: string; fingerprint: Fingerprint | null } | undefined): void {
      if (entry) known.set(clientId, entry);
      else known.delete(clientId);
    },
    /** The fingerprint of the document as this service last read or wrote it (null: unknown or none). */
    fingerprint: (clientId: string): Fingerprint | null => known.get(clientId)?.fingerprint ?? null,
    async current(clientId: string, path: string): Promise<OnDisk> {
      const stats = await fs.lstat(path).catch((error: unknown) => (hasErrorCode(error, 'ENOENT') ? null : Promise.reject(error)));
      if (stats === null) return known.get(clientId)?.revision === null ? { unchanged: true } : { unchanged: false, revision: null, bytes: null };
      // Never open a FIFO or a device in place of a document (a read would hang); never replace a folder.
      const wrongType = describeEntryType(stats);
      if (wrongType) throw new OperationError('io', `${basename(path)} in the clients folder is ${wrongType}, so Cairn will not write over it. Move it away; your changes are kept.`);
      const seen = known.get(clientId);
      if (seen?.fingerprint && sameFingerprint(seen.fingerprint, fingerprintFrom(stats))) return { unchanged: true };
      const read = await currentRevision(fs, path);
      return { unchanged: false, revision: read?.revision ?? null, bytes: read?.bytes ?? null };
    },
    /** After writing `text` to `path`: remembered with the new fingerprint; hashed later if ever needed. */
    async written(clientId: string, path: string, text: string): Promise<void> {
      known.set(clientId, { text, fingerprint: await fingerprintOf(fs, path).catch(() => null) });
    },
  };
}
