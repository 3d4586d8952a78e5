import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/main/menu-template';
import { commandForKey } from '../../renderer/src/features/app-shell/app-commands';

/** Every item of a template, submenus included. */
const flatten = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

/** 'Shift+CmdOrCtrl+Z' → the chord a person presses on Windows/Linux (Ctrl) and macOS (Cmd). */
function chords(accelerator: string) {
  const parts = accelerator.split('+');
  const key = parts.at(-1)!.toLowerCase();
  const shiftKey = parts.includes('Shift');
  return [
    { key, ctrlKey: true, metaKey: false, shiftKey, altKey: false },
    { key, ctrlKey: false, metaKey: true, shiftKey, altKey: false },
  ];
}

describe('one owner per shortcut', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('on %s, the page’s key map (used in a browser) is exactly the native menu’s accelerators', (platform) => {
    const items = flatten(menuTemplate({ platform, isDevelopment: false, send: () => {}, undo: () => {}, showLogs: () => {} }));
    const commandItems = items.filter((item) => item.id?.startsWith('command:') && typeof item.accelerator === 'string');
    expect(commandItems.length).toBeGreaterThanOrEqual(8);
    for (const item of commandItems) {
      const command = item.id!.replace('command:', '').replace(/-ctrl-y$/, '');
      for (const chord of chords(item.accelerator as string)) expect(commandForKey(chord), `${item.accelerator}`).toBe(command);
    }
  });
});
