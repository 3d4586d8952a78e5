import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/operation-names';

export interface MenuTemplateInput {
  /** process.platform: macOS gets the application menu and its conventions. */
  platform: NodeJS.Platform;
  /** Reload and developer tools exist only while developing. */
  isDevelopment: boolean;
  /** Hand a command to the renderer (which owns undo history, navigation, search). */
  send: (command: MenuCommand) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu. Undo and redo go to the app's own history (an edit to a
 * stakeholder table is not a text-field edit), while cut, copy, paste and select-all
 * keep their native roles so text fields behave as everywhere else.
 */
export function menuTemplate({ platform, isDevelopment, send }: MenuTemplateInput): MenuItemConstructorOptions[] {
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
      command('Snapshots…', 'snapshots'),
      command('Export…', 'export', 'CmdOrCtrl+E'),
      separator,
      ...(isMac ? [{ role: 'close' } satisfies MenuItemConstructorOptions] : [settings, separator, quit]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', 'Shift+CmdOrCtrl+Z'),
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
  const platformMenus: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'windowMenu' }]
    : [{ role: 'help', label: 'Help', submenu: [about] }];

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...platformMenus];
}
