import { app, ipcMain } from 'electron';
import { DROP_CHANNEL } from '../preload/dropped-files';
import { createOpenQueue, isOpenable, routeLaunch } from './open-routing';
import { isTrustedSender } from './security-policy';

const MAX_DROPPED = 20;

/**
 * Every way the OS hands Cairn a file, into one queue the page takes from: this launch's
 * arguments, a second launch's arguments (`second-instance`), macOS `open-file` (which
 * can come before the window exists), and a drop on the window (reported by the preload).
 * Each opened file also goes into the OS's recent documents. Register before `ready`.
 */
export function installFileOpening() {
  const queue = createOpenQueue();
  let notify: () => void = () => undefined;
  const open = (files: readonly string[]) => {
    if (!queue.push(files)) return;
    for (const file of files) app.addRecentDocument(file);
    notify();
  };

  const launch = routeLaunch(process.argv, { defaultApp: Boolean(process.defaultApp), cwd: process.cwd() });
  if (launch.mode === 'app') open(launch.files);
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    open([filePath]);
  });
  ipcMain.on(DROP_CHANNEL, (event, paths: unknown) => {
    if (!isTrustedSender(event.senderFrame) || !Array.isArray(paths)) return;
    open(paths.slice(0, MAX_DROPPED).filter((item): item is string => typeof item === 'string' && isOpenable(item)));
  });

  return {
    /** The files waiting for the page (the queue is emptied). */
    take: (): string[] => queue.take(),
    /** A second launch (double-click while Cairn runs): its own argv and working folder. */
    fromSecondInstance(argv: readonly string[], workingDirectory: string): void {
      const route = routeLaunch(argv, { defaultApp: Boolean(process.defaultApp), cwd: workingDirectory });
      if (route.mode === 'app') open(route.files);
    },
    /** Called whenever files arrive (the page is then told to take them). */
    onFiles(listener: () => void): void {
      notify = listener;
      if (queue.size > 0) listener();
    },
  };
}
