import type { MenuCommand } from '../../../../shared/ipc/operation-names';
import type { CairnStore } from '../../store/cairn-store';

export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The app command a key chord stands for (Ctrl on Windows/Linux, Cmd on macOS). */
export function commandForKey(chord: KeyChord): MenuCommand | null {
  const mod = chord.ctrlKey || chord.metaKey;
  if (!mod || chord.altKey) return null;
  const key = chord.key.toLowerCase();
  if (key === 'z') return chord.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !chord.shiftKey) return 'redo';
  if (key === 'e' && chord.shiftKey) return 'export-client-file';
  if (chord.shiftKey) return null;
  if (key === 'f') return 'find';
  if (key === 'n') return 'new-client';
  if (key === ',') return 'settings';
  if (key === 'e') return 'export';
  if (key === 'o') return 'import';
  return null;
}

/** Carry out a command from the keyboard or the application menu. */
export function runCommand(store: CairnStore, command: MenuCommand): void {
  const state = store.getState();
  switch (command) {
    case 'undo':
      store.undo();
      return;
    case 'redo':
      store.redo();
      return;
    case 'new-client':
      state.openDialog('new-client');
      return;
    case 'find':
      state.requestSearchFocus();
      return;
    case 'settings':
      state.openDialog('settings');
      return;
    case 'snapshots':
      if (state.selectedClientId) state.setTab('history');
      return;
    case 'export':
      if (state.selectedClientId) state.openDialog('export');
      return;
    case 'import':
      state.requestFileCommand('import');
      return;
    case 'export-client-file':
      if (state.selectedClientId) state.requestFileCommand('export-client-file');
      return;
    case 'backup':
      // The backup lives in Settings; open it there and let it start.
      state.openDialog('settings');
      state.requestFileCommand('backup');
      return;
  }
}
