import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { hasErrorCode, listFolder, type FsPort, type FileHandlePort } from './fs-port';

/** Temp files are `.<target name>.<random>.tmp` so a sweep can recognise (only) ours. */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function isTempFileName(name: string): boolean {
  return TEMP_FILE.test(name);
}

/** Temp files this process is writing right now: a sweep of the same folder leaves them alone. */
const writing = new Set<string>();

/**
 * Replace `target` with `data` so that a crash at any moment leaves either the old or
 * the new content, never a mix: write a temp file beside it, fsync it, rename it over
 * the target, fsync the folder. On failure the temp file is removed and the error is
 * rethrown; the previous content of `target` is untouched.
 */
export async function writeFileAtomic(fs: FsPort, target: string, data: Uint8Array | string): Promise<void> {
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandlePort | null = null;
  writing.add(temp);
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    writing.delete(temp);
  }
  await syncFolder(fs, folder);
}

/** Make a rename durable. Windows and some file systems cannot fsync a folder; that is fine. */
export async function syncFolder(fs: FsPort, folder: string): Promise<void> {
  let handle: FileHandlePort | null = null;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!hasErrorCode(error, 'EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'ENOTSUP')) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Remove temp files left by a crash mid-write; returns the names removed. Used on the
 * data folder at start, and on an export's folder before the next export writes there
 * (and, at start, on the folder of the last export), so a killed export leaves no hidden
 * `.<name>.<random>.tmp` beside its target for long.
 */
export async function sweepTempFiles(fs: FsPort, folder: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await listFolder(fs, folder)) {
    if (!isTempFileName(name) || writing.has(join(folder, name))) continue;
    await fs.unlink(join(folder, name)).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}
