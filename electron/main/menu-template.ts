import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/operation-names';

export interface MenuTemplateInput {
  /** process.platform: macOS gets the application menu and its conventions. */
  platform: NodeJS.Platform;
  /** Reload and developer tools exist only while developing. */
  isDevelopment: boolean;
  /** Hand a command to the renderer (which owns undo history, navigation, search). */
  send: (command: MenuCommand) => void;
  /**
   * Undo or Redo from the menu (or its accelerator, which the menu alone owns): main sends
   * it to the focused text field's own undo or to the app's history (shortcut-owner.ts).
   */
  undo: (direction: 'undo' | 'redo', viaAccelerator: boolean) => void;
  /** Help ▸ Show Logs. */
  showLogs: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** Electron tells a click handler whether the key combination (not the mouse) chose the item. */
const viaAccelerator = (event: { triggeredByAccelerator?: boolean } | undefined): boolean => event?.triggeredByAccelerator === true;

/**
 * The application menu. Its accelerators are the only owners of the app's shortcuts (the
 * page leaves those keys alone in the desktop app). Undo and redo go to the app's own
 * history unless a text field or a dialog has the keyboard, where they are the field's
 * own undo; cut, copy, paste and select-all keep their native roles.
 */
export function menuTemplate({ platform, isDevelopment, send, undo, showLogs }: MenuTemplateInput): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  // Electron passes the menu item, window and keyboard event to click; the page gets only the command.
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: `command:${name}`,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => send(name),
  });
  const settings = command(isMac ? 'Settings…' : 'Settings', 'settings', 'CmdOrCtrl+,');
  const about: MenuItemConstructorOptions = { role: 'about', label: 'About Cairn' };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: isMac ? 'Quit Cairn' : 'Quit' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Cairn',
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      quit,
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Client', 'new-client', 'CmdOrCtrl+N'),
      command('Import…', 'import', 'CmdOrCtrl+O'),
      separator,
      command('Export…', 'export', 'CmdOrCtrl+E'),
      command('Export Client File…', 'export-client-file', 'Shift+CmdOrCtrl+E'),
      command('Back Up Workspace…', 'backup'),
      separator,
      command('Snapshots…', 'snapshots'),
      separator,
      ...(isMac ? [{ role: 'close' } satisfies MenuItemConstructorOptions] : [settings, separator, quit]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { id: 'command:undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: (_item, _window, event) => undo('undo', viaAccelerator(event)) },
      { id: 'command:redo', label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: (_item, _window, event) => undo('redo', viaAccelerator(event)) },
      // Windows and Linux people also press Ctrl+Y; a hidden item gives that key one owner too.
      ...(isMac ? [] : [{ id: 'command:redo-ctrl-y', label: 'Redo', accelerator: 'CmdOrCtrl+Y', visible: false, acceleratorWorksWhenHidden: true, click: (_item, _window, event) => undo('redo', viaAccelerator(event)) } satisfies MenuItemConstructorOptions]),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = isDevelopment
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [...developerItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }],
  };

  // macOS keeps About in the application menu; elsewhere it lives under Help.
  const showLogsItem: MenuItemConstructorOptions = { id: 'show-logs', label: 'Show Logs', click: () => showLogs() };
  const platformMenus: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'windowMenu' }, { role: 'help', label: 'Help', submenu: [showLogsItem] }]
    : [{ role: 'help', label: 'Help', submenu: [showLogsItem, separator, about] }];

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...platformMenus];
}
