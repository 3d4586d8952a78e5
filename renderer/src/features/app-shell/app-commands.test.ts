import { describe, expect, it } from 'vitest';
import { commandForKey } from './app-commands';

const chord = (key: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('commandForKey', () => {
  it.each([
    [chord('z', { ctrl: true }), 'undo'],
    [chord('z', { meta: true }), 'undo'],
    [chord('Z', { ctrl: true, shift: true }), 'redo'],
    [chord('Z', { meta: true, shift: true }), 'redo'],
    [chord('y', { ctrl: true }), 'redo'],
    [chord('f', { ctrl: true }), 'find'],
    [chord('n', { meta: true }), 'new-client'],
    [chord(',', { ctrl: true }), 'settings'],
    [chord('e', { meta: true }), 'export'],
    [chord('E', { ctrl: true, shift: true }), 'export-client-file'],
    [chord('o', { ctrl: true }), 'import'],
    [chord('z'), null],
    [chord('z', { ctrl: true, alt: true }), null],
    [chord('F', { ctrl: true, shift: true }), null],
    [chord('k', { ctrl: true }), null],
  ])('%o → %s', (input, command) => {
    expect(commandForKey(input)).toBe(command);
  });
});
