/**
 * Who acts on a keyboard shortcut. Exactly one owner per key, so nothing needs telling a
 * key press from the menu's echo of it:
 *
 * - In the desktop app the native menu owns every app command (its accelerators fire,
 *   the page ignores those keys); the page owns in-page keys (Enter in a note, arrows on
 *   the board, Alt+A in facilitator mode…).
 * - In a browser (the test bridge, `npm run preview`) there is no native menu, so the
 *   page owns the app commands too.
 *
 * Undo and redo never reach Cairn's history while the consultant is typing in a text
 * field or working in a dialog: there they are the field's own text undo.
 */

/** What the page reports about where the keyboard is. */
export interface EditingContext {
  /** Focus is in something that edits text: a text input, a textarea or contenteditable. */
  textField: boolean;
  /** A modal dialog is open (it edits a draft, not the store). */
  dialogOpen: boolean;
}

export const NOT_EDITING: EditingContext = { textField: false, dialogOpen: false };

/** Whether the page acts on the key chords of app commands (test/integration/shortcut-owners.test.ts checks both key maps agree). */
export function pageOwnsShortcut(hasNativeMenu: boolean): boolean {
  return !hasNativeMenu;
}

/**
 * Where Undo/Redo go: 'text' is the focused field's own undo (the menu's role-based undo,
 * or the browser's default action for the key); 'history' is Cairn's undo history.
 */
export function undoTarget(context: EditingContext): 'text' | 'history' {
  return context.textField || context.dialogOpen ? 'text' : 'history';
}

/** The parts of a focused element that say whether it edits text (a DOM-free description). */
export interface FocusedElement {
  tagName: string;
  /** The input's type attribute, lower case ('' when absent). */
  type: string;
  isContentEditable: boolean;
  readOnly: boolean;
}

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);

/** True for elements whose Ctrl/Cmd+Z belongs to the element: text inputs, textareas, contenteditable. */
export function editsText(element: FocusedElement | null): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea') return !element.readOnly;
  if (tag === 'input') return !element.readOnly && TEXT_INPUT_TYPES.has(element.type.toLowerCase());
  return false;
}

/**
 * What the menu's Undo (or Redo) does in the desktop app, from where the keyboard is and
 * how the item was triggered:
 * - 'history': Cairn's undo history (the page runs it);
 * - 'text': the focused field's own undo (`webContents.undo()`, what the `undo` role does);
 * - 'none': nothing more, because Chromium already undid the text for the key press itself
 *   (Ctrl+Z in a field on Windows and Linux is an editing key; on macOS Cmd+Z is only a menu
 *   key equivalent, so there the menu must do it). Never the field's undo twice.
 */
export function menuUndoAction(context: EditingContext, viaAccelerator: boolean, platform: string): 'history' | 'text' | 'none' {
  if (undoTarget(context) === 'history') return 'history';
  return viaAccelerator && platform !== 'darwin' ? 'none' : 'text';
}
