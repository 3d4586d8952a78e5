import * as nodeFs from 'node:fs/promises';

/** The slice of an open file the services use. */
export interface FileHandlePort {
  writeFile(data: Uint8Array | string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file-system calls the services make, as a port. Production passes
 * `node:fs/promises`; tests wrap it to inject ENOSPC/EROFS/EBUSY at a chosen step,
 * because chmod cannot stop the root user the tests run as.
 */
export interface FsPort {
  open(path: string, flags: string): Promise<FileHandlePort>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
  stat(path: string): Promise<{ size: number; isDirectory(): boolean; isFile(): boolean }>;
  /** The entry itself, never what a symlink points to: checked before anything is opened. */
  lstat(path: string): Promise<EntryStats>;
}

export interface EntryStats {
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}

export const nodeFsPort: FsPort = nodeFs;

/** True for a Node error with the given code (ENOENT, EEXIST, ...). */
export function hasErrorCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && codes.includes(String((error as { code: unknown }).code));
}

/** readdir that treats a missing folder as empty, since most folders are created lazily. */
export async function listFolder(fs: FsPort, path: string): Promise<string[]> {
  try {
    return await fs.readdir(path);
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return [];
    throw error;
  }
}
