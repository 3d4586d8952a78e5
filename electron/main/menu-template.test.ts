import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/operation-names';
import { menuTemplate } from './menu-template';

/** Every item of a template, submenus included. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isDevelopment = false) {
  const sent: MenuCommand[] = [];
  const items = flatten(menuTemplate({ platform, isDevelopment, send: (command) => sent.push(command) }));
  const click = (id: string) => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item?.click) throw new Error(`no clickable item ${id}`);
    // The renderer must not depend on what Electron passes to click, so pass nothing useful.
    (item.click as () => void)();
  };
  return { items, sent, click };
}

describe.each(['linux', 'win32', 'darwin'] as const)('menuTemplate on %s', (platform) => {
  it('offers every menu command and sends exactly that command when clicked', () => {
    const { sent, click } = build(platform);
    for (const command of MENU_COMMANDS) click(`command:${command}`);
    expect(sent).toEqual([...MENU_COMMANDS]);
  });

  it.each([
    ['undo', 'CmdOrCtrl+Z'],
    ['redo', 'Shift+CmdOrCtrl+Z'],
    ['new-client', 'CmdOrCtrl+N'],
    ['settings', 'CmdOrCtrl+,'],
    ['find', 'CmdOrCtrl+F'],
    ['export', 'CmdOrCtrl+E'],
  ])('binds %s to %s', (command, accelerator) => {
    const matching = build(platform).items.filter((item) => item.id === `command:${command}`);
    expect(matching.length).toBeGreaterThan(0);
    for (const item of matching) expect(item.accelerator).toBe(accelerator);
  });

  it('keeps native clipboard roles for text fields but not native undo', () => {
    const roles = build(platform).items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit', 'about', 'togglefullscreen', 'zoomIn']));
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
  });

  it('has no reload or developer tools in production', () => {
    const roles = build(platform, false).items.map((item) => item.role);
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(roles).not.toContain(role);
  });

  it('has reload and developer tools while developing', () => {
    const roles = build(platform, true).items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});

describe('menuTemplate per platform', () => {
  it('starts with the application menu on macOS', () => {
    expect(menuTemplate({ platform: 'darwin', isDevelopment: false, send: () => {} })[0]?.label).toBe('Cairn');
  });

  it('starts with File elsewhere', () => {
    expect(menuTemplate({ platform: 'win32', isDevelopment: false, send: () => {} })[0]?.label).toBe('File');
  });
});
