import { createHash } from 'node:crypto';
import type { Client } from '../../../shared/domain/client';
import { OperationError } from '../ipc/operation-error';
import { hasErrorCode, type FsPort } from './fs-port';

/**
 * The revision of a client document is the hash of its bytes on disk. Every document
 * has one, including those written by older versions (nothing to migrate or write), and
 * any change by another process or a sync tool changes it, even one that happens to keep
 * the same size, time or counter.
 */
export function revisionOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 20);
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
