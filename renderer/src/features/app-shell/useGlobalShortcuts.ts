import { useEffect } from 'react';
import type { CairnApi } from '../../api/cairn-api';
import type { CairnStore } from '../../store/cairn-store';
import { pageOwnsShortcut, undoTarget, type EditingContext } from '../../../../shared/shortcuts/shortcut-owner';
import { commandForKey, runCommand } from './app-commands';
import { editingContextOf } from './editing-context';

/**
 * App shortcuts and menu commands, with one owner per key (shared/shortcuts/shortcut-owner.ts).
 * In the desktop app the native menu owns the app's keys: the page ignores them, runs the
 * commands the menu sends, and tells main where the keyboard is so the menu's Undo can go
 * to a text field or dialog instead of the history. In a browser the page owns the keys;
 * Undo in a text field or dialog is then the browser's own.
 */
export function useGlobalShortcuts(store: CairnStore, api: CairnApi): void {
  useEffect(() => {
    const pageOwnsKeys = pageOwnsShortcut(api.hasNativeMenu);

    const onKeyDown = (event: KeyboardEvent) => {
      if (!pageOwnsKeys) return;
      const command = commandForKey(event);
      if (!command) return;
      const context = editingContextOf(event.target instanceof Element ? event.target : null);
      if (command === 'undo' || command === 'redo') {
        if (undoTarget(context) === 'text') return;
      } else if (context.dialogOpen) return;
      event.preventDefault();
      runCommand(store, command);
    };

    const offMenu = api.onMenuCommand((command) => {
      const context = editingContextOf(document.activeElement);
      // Main already sent Undo to the field when the page said it was editing; a report
      // still on its way must not let it reach the history either.
      if ((command === 'undo' || command === 'redo') && undoTarget(context) === 'text') return;
      if (command !== 'undo' && command !== 'redo' && context.dialogOpen) return;
      runCommand(store, command);
    });

    let reported: EditingContext | null = null;
    const report = () => {
      const context = editingContextOf(document.activeElement);
      if (reported && reported.textField === context.textField && reported.dialogOpen === context.dialogOpen) return;
      reported = context;
      void api.setEditingContext(context);
    };
    // Focus moves into a dialog when it opens and back out when it closes; focusout then
    // lands on <body> after the event, hence the deferred look.
    const onFocusOut = () => setTimeout(report, 0);
    if (!pageOwnsKeys) {
      document.addEventListener('focusin', report);
      document.addEventListener('focusout', onFocusOut);
      report();
    }

    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      document.removeEventListener('focusin', report);
      document.removeEventListener('focusout', onFocusOut);
      offMenu();
    };
  }, [store, api]);
}
