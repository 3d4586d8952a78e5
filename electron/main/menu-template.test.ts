import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/operation-names';
import { menuTemplate } from './menu-template';

/** Every item of a template, submenus included. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const inert = { undo: () => {}, showLogs: () => {} };

function build(platform: NodeJS.Platform, isDevelopment = false) {
  const sent: string[] = [];
  const items = flatten(
    menuTemplate({ platform, isDevelopment, send: (command: MenuCommand) => sent.push(command), undo: (direction, viaKeys) => sent.push(`native-decides:${direction}${viaKeys ? ':keys' : ''}`), showLogs: () => sent.push('show-logs') }),
  );
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
    const pageCommands = MENU_COMMANDS.filter((command) => command !== 'undo' && command !== 'redo');
    for (const command of pageCommands) click(`command:${command}`);
    expect(sent).toEqual([...pageCommands]);
  });

  it('hands Undo and Redo to main, which picks the text field or the history, never straight to the page', () => {
    const { sent, click } = build(platform);
    click('command:undo');
    click('command:redo');
    expect(sent).toEqual(['native-decides:undo', 'native-decides:redo']);
    // The key press (not the mouse) is passed on: Chromium may already have undone the text.
    const menu = build(platform);
    const undo = menu.items.find((item) => item.id === 'command:undo')!;
    (undo.click as unknown as (item: unknown, window: unknown, event: { triggeredByAccelerator: boolean }) => void)(undo, undefined, { triggeredByAccelerator: true });
    expect(menu.sent).toEqual(['native-decides:undo:keys']);
  });

  it('has File ▸ Import…, Export…, Export Client File… and Back Up Workspace…, and Help ▸ Show Logs', () => {
    const { items, sent, click } = build(platform);
    const file = items.find((item) => item.label === 'File');
    const labels = (Array.isArray(file?.submenu) ? file.submenu : []).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Import…', 'Export…', 'Export Client File…', 'Back Up Workspace…']));
    click('show-logs');
    expect(sent).toEqual(['show-logs']);
  });

  it('gives each accelerator exactly one menu item', () => {
    const accelerators = build(platform).items.map((item) => item.accelerator).filter((accelerator) => accelerator !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it.each([
    ['undo', 'CmdOrCtrl+Z'],
    ['redo', 'Shift+CmdOrCtrl+Z'],
    ['new-client', 'CmdOrCtrl+N'],
    ['settings', 'CmdOrCtrl+,'],
    ['find', 'CmdOrCtrl+F'],
    ['export', 'CmdOrCtrl+E'],
    ['import', 'CmdOrCtrl+O'],
    ['export-client-file', 'Shift+CmdOrCtrl+E'],
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
    expect(menuTemplate({ platform: 'darwin', isDevelopment: false, send: () => {}, ...inert })[0]?.label).toBe('Cairn');
  });

  it('starts with File elsewhere', () => {
    expect(menuTemplate({ platform: 'win32', isDevelopment: false, send: () => {}, ...inert })[0]?.label).toBe('File');
  });
});
