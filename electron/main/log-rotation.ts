import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Log files kept beside the current one: main.1.log (newest) … main.3.log (oldest). */
export const LOG_ARCHIVES = 3;
/** The current file is archived when it passes this size. */
export const LOG_MAX_BYTES = 1_048_576;

/** `main.log` → `main.2.log`. */
export const archiveName = (logFile: string, index: number): string => {
  const { dir, name, ext } = path.parse(logFile);
  return path.join(dir, `${name}.${index}${ext}`);
};

/**
 * Shift the archives up by one (dropping the oldest) and make the full log the newest
 * archive. Plain fs, so a test can run it against a temporary folder; electron-log calls
 * it as its `archiveLogFn` and then starts the current file afresh.
 */
export function rotateLogFile(logFile: string, keep: number = LOG_ARCHIVES): void {
  rmSync(archiveName(logFile, keep), { force: true });
  for (let index = keep - 1; index >= 1; index -= 1) {
    const from = archiveName(logFile, index);
    if (existsSync(from)) renameSync(from, archiveName(logFile, index + 1));
  }
  if (existsSync(logFile)) renameSync(logFile, archiveName(logFile, 1));
}
