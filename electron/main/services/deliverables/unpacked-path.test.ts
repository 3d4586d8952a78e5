import { describe, expect, it } from 'vitest';
import { unpackedPath } from './unpacked-path';

describe('unpackedPath', () => {
  it.each([
    ['/opt/Cairn/resources/app.asar/dist/main/export-worker.cjs', '/', '/opt/Cairn/resources/app.asar.unpacked/dist/main/export-worker.cjs'],
    ['/Applications/Cairn.app/Contents/Resources/app.asar/dist/fonts', '/', '/Applications/Cairn.app/Contents/Resources/app.asar.unpacked/dist/fonts'],
    ['C:\\Program Files\\Cairn\\resources\\app.asar\\dist\\main\\xlsx-import-worker.cjs', '\\', 'C:\\Program Files\\Cairn\\resources\\app.asar.unpacked\\dist\\main\\xlsx-import-worker.cjs'],
    ['/home/me/cairn/dist/main/export-worker.cjs', '/', '/home/me/cairn/dist/main/export-worker.cjs'],
    ['/home/me/app.asar.backup/dist/main/export-worker.cjs', '/', '/home/me/app.asar.backup/dist/main/export-worker.cjs'],
  ])('maps %s', (input, separator, expected) => {
    expect(unpackedPath(input, separator)).toBe(expected);
  });
});
