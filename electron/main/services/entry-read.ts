import { SAFE_JSON_LIMITS } from '../../../shared/file-format/safe-json';
import { hasErrorCode, type EntryStats, type FsPort } from './fs-port';

/** A file read, or why one entry of the data folder could not be read (never thrown). */
export type EntryRead = { ok: true; bytes: Buffer; stats: EntryStats } | { ok: false; missing: boolean; reason: string; code: string | null };

/** What an entry is, in words, when it is not the regular file expected. */
export function describeEntryType(stats: EntryStats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'a folder, not a file';
  if (stats.isSymbolicLink()) return 'a symbolic link (Cairn does not follow links in its data folder)';
  if (stats.isFIFO()) return 'a named pipe, not a file';
  if (stats.isSocket()) return 'a socket, not a file';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device, not a file';
  return 'not a regular file';
}

/** The reason a read failed, in words that say it was a read. */
export function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `Cairn has no permission to read it (${code})`;
    case 'ENOENT':
      return 'it disappeared while it was being read (ENOENT)';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EIO':
      return 'the disk reported an error while reading it (EIO); a cloud placeholder that is not downloaded reads like this';
    case 'EMFILE':
    case 'ENFILE':
      return `too many files are open to read it (${code})`;
    default:
      return `it could not be read (${code || (error instanceof Error ? error.message : String(error))})`;
  }
}

/**
 * Read one file of the data folder, confined to that entry: `lstat` first, so a folder,
 * a symlink, a FIFO (which would block forever), a socket or a device is refused before
 * anything opens it, and a file over the size limit is refused before a byte is read.
 * `shownAs` (the path relative to the data folder) names the entry in the reason.
 */
export async function readEntry(fs: FsPort, path: string, shownAs: string, maxBytes: number = SAFE_JSON_LIMITS.maxBytes): Promise<EntryRead> {
  let stats: EntryStats;
  try {
    stats = await fs.lstat(path);
  } catch (error) {
    return { ok: false, missing: hasErrorCode(error, 'ENOENT'), reason: `Could not read ${shownAs}: ${describeReadError(error)}.`, code: errorCodeOf(error) };
  }
  const wrongType = describeEntryType(stats);
  if (wrongType) return { ok: false, missing: false, reason: `Could not read ${shownAs}: it is ${wrongType}.`, code: null };
  if (stats.size > maxBytes) {
    return { ok: false, missing: false, reason: `Could not read ${shownAs}: it is ${megabytes(stats.size)}, larger than the ${megabytes(maxBytes)} Cairn reads.`, code: null };
  }
  try {
    return { ok: true, bytes: await fs.readFile(path), stats };
  } catch (error) {
    return { ok: false, missing: false, reason: `Could not read ${shownAs}: ${describeReadError(error)}.`, code: errorCodeOf(error) };
  }
}

function errorCodeOf(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : null;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1_000_000).toLocaleString('en')} MB`;
}
