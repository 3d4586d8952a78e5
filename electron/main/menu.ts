import { Menu } from 'electron';
import type { MenuCommand } from '../../shared/ipc/operation-names';
import { menuTemplate } from './menu-template';

export function installApplicationMenu(options: { isDevelopment: boolean; send: (command: MenuCommand) => void }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ platform: process.platform, ...options })));
}
