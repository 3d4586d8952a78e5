import { describe, expect, it } from 'vitest';
import { editsText, menuUndoAction, pageOwnsShortcut, undoTarget, type FocusedElement } from './shortcut-owner';

const element = (tagName: string, type = '', extra: Partial<FocusedElement> = {}): FocusedElement => ({ tagName, type, isContentEditable: false, readOnly: false, ...extra });

describe('shortcut ownership', () => {
  it('gives app commands to the native menu in the desktop app and to the page in a browser', () => {
    expect(pageOwnsShortcut(true)).toBe(false);
    expect(pageOwnsShortcut(false)).toBe(true);
  });

  it.each([
    [{ textField: false, dialogOpen: false }, 'history'],
    [{ textField: true, dialogOpen: false }, 'text'],
    [{ textField: false, dialogOpen: true }, 'text'],
    [{ textField: true, dialogOpen: true }, 'text'],
  ] as const)('sends Undo with %o to %s', (context, target) => {
    expect(undoTarget(context)).toBe(target);
  });

  it.each([
    [element('INPUT'), true],
    [element('INPUT', 'text'), true],
    [element('input', 'search'), true],
    [element('INPUT', 'number'), true],
    [element('TEXTAREA'), true],
    [element('DIV', '', { isContentEditable: true }), true],
    [element('INPUT', 'checkbox'), false],
    [element('INPUT', 'radio'), false],
    [element('INPUT', 'range'), false],
    [element('INPUT', 'text', { readOnly: true }), false],
    [element('BUTTON'), false],
    [element('SELECT'), false],
    [element('BODY'), false],
  ])('knows whether %o edits text', (focused, expected) => {
    expect(editsText(focused)).toBe(expected);
  });

  it('treats no focus as not editing', () => {
    expect(editsText(null)).toBe(false);
  });
});

describe('menuUndoAction', () => {
  const text = { textField: true, dialogOpen: false };
  const dialog = { textField: false, dialogOpen: true };
  const page = { textField: false, dialogOpen: false };

  it.each([
    [page, true, 'linux', 'history'],
    [page, false, 'darwin', 'history'],
    [text, true, 'linux', 'none'],
    [text, true, 'win32', 'none'],
    [dialog, true, 'win32', 'none'],
    [text, true, 'darwin', 'text'],
    [dialog, true, 'darwin', 'text'],
    [text, false, 'linux', 'text'],
    [dialog, false, 'win32', 'text'],
  ] as const)('with %o, accelerator %s, on %s: %s', (context, viaAccelerator, platform, expected) => {
    expect(menuUndoAction(context, viaAccelerator, platform)).toBe(expected);
  });
});
