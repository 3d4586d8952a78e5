import { Menu } from 'electron';
import { menuTemplate, type MenuTemplateInput } from './menu-template';

export function installApplicationMenu(options: Omit<MenuTemplateInput, 'platform'>): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ platform: process.platform, ...options })));
}
