import path from 'node:path';
import { app, crashReporter, shell } from 'electron';
import log from 'electron-log/main';
import { LOG_MAX_BYTES, rotateLogFile } from './log-rotation';

/**
 * Logs a packaged app keeps: electron-log writes `main.log` in the OS's log folder
 * (`app.getPath('logs')`: ~/Library/Logs/Cairn on macOS, `logs` in the data folder on
 * Windows and Linux), rotated at 1 MB with three archives. console.* goes there too, and
 * uncaught errors are logged rather than shown as raw dialogs. Crash dumps stay on this
 * machine (`crashDumps`): Cairn never uploads anything. Call after the userData path is set.
 */
export function startLogging(): { logFolder: string } {
  app.setAppLogsPath();
  const logFolder = app.getPath('logs');
  log.transports.file.resolvePathFn = () => path.join(logFolder, 'main.log');
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.archiveLogFn = (file) => rotateLogFile(file.path);
  log.transports.file.level = 'info';
  log.transports.console.level = app.isPackaged ? false : 'info';
  Object.assign(console, log.functions);
  log.errorHandler.startCatching({ showDialog: false });
  log.eventLogger.startLogging({ level: 'warn' });
  crashReporter.start({ uploadToServer: false, compress: true, ignoreSystemCrashHandler: false });
  log.info(`Cairn ${app.getVersion()} started (Electron ${process.versions.electron}, ${process.platform} ${process.arch}); crash dumps in ${app.getPath('crashDumps')}`);
  return { logFolder };
}

export const logger = log;

/** Help ▸ Show Logs: the folder in the file manager, with main.log selected when it exists. */
export function showLogs(logFolder: string): void {
  shell.showItemInFolder(path.join(logFolder, 'main.log'));
}
