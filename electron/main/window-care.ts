import { dialog, nativeTheme, type BrowserWindow } from 'electron';
import { logger } from './logging';
import { recoveryFor, type GoneReason } from './renderer-recovery';
import { windowBackground } from './window-options';

/**
 * Keep a window well: its background follows the OS theme (no light flash in dark mode,
 * also after a theme switch), and a renderer that crashes is reloaded. The page autosaves
 * within a second of each edit, and a reload reopens the workspace from disk, so at most
 * that last second of typing is lost; nothing can be flushed from a process that is gone.
 */
export function careForWindow(window: BrowserWindow): void {
  const followTheme = () => {
    if (!window.isDestroyed()) window.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors));
  };
  nativeTheme.on('updated', followTheme);
  window.on('closed', () => nativeTheme.removeListener('updated', followTheme));

  // The page's own errors belong in the same log as main's.
  window.webContents.on('console-message', (details) => {
    if (details.level === 'error') logger.error(`page: ${details.message} (${details.sourceId}:${details.lineNumber})`);
  });

  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    const now = Date.now();
    const action = recoveryFor(details.reason as GoneReason, crashes, now);
    if (action.kind === 'ignore' || window.isDestroyed()) return;
    crashes.push(now);
    logger.error(`The window's renderer is gone (${details.reason}, exit code ${details.exitCode}); ${action.kind === 'reload' ? 'reloading' : 'not reloading again'}.`);
    if (action.kind === 'reload') {
      window.webContents.reload();
      return;
    }
    void dialog
      .showMessageBox(window, {
        type: 'error',
        title: 'Cairn keeps stopping',
        message: `The Cairn window stopped ${action.crashes} times in a minute.`,
        detail: 'Your work up to the last second before each stop is saved. Reload to try again, or quit and look at the logs (Help ▸ Show Logs).',
        buttons: ['Reload', 'Quit'],
        defaultId: 0,
      })
      .then(({ response }) => {
        if (window.isDestroyed()) return;
        if (response === 0) window.webContents.reload();
        else window.destroy();
      });
  });
}
