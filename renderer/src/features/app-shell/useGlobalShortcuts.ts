import { useEffect } from 'react';
import type { CairnApi } from '../../api/cairn-api';
import type { CairnStore } from '../../store/cairn-store';
import type { MenuCommand } from '../../../../shared/ipc/operation-names';
import { commandForKey, runCommand } from './app-commands';

/** A menu command this soon after the same keyboard command is the menu's echo of that key. */
const MENU_ECHO_MS = 250;

/**
 * Keyboard shortcuts and application-menu commands. Undo/redo act on Cairn's history even
 * when focus is in a text field, because the store (not the field) holds the text; inside
 * a dialog, which edits a draft, the browser's own text undo applies instead.
 */
export function useGlobalShortcuts(store: CairnStore, api: CairnApi): void {
  useEffect(() => {
    let lastKeyboard: { command: MenuCommand; at: number } | null = null;

    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('dialog')) return;
      event.preventDefault();
      lastKeyboard = { command, at: performance.now() };
      runCommand(store, command);
    };

    const offMenu = api.onMenuCommand((command) => {
      const echo = lastKeyboard && lastKeyboard.command === command && performance.now() - lastKeyboard.at < MENU_ECHO_MS;
      if (echo) return;
      if (document.querySelector('dialog[open]') && command !== 'undo' && command !== 'redo') return;
      runCommand(store, command);
    });

    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      offMenu();
    };
  }, [store, api]);
}
