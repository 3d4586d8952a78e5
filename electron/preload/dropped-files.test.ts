import { describe, expect, it } from 'vitest';
import { droppedFilePaths } from './dropped-files';

const fakePaths = new Map<object, string>();
const file = (filePath: string) => {
  const value = { name: filePath.split('/').at(-1) };
  fakePaths.set(value, filePath);
  return value;
};
const pathOf = (value: never) => fakePaths.get(value) ?? '';

describe('droppedFilePaths', () => {
  it('keeps engagement files and workbooks from the desktop, once each', () => {
    const acme = file('/home/ana/Acme.cairn');
    expect(droppedFilePaths([acme, file('/home/ana/edited.XLSX'), file('/home/ana/photo.png'), acme], pathOf)).toEqual(['/home/ana/Acme.cairn', '/home/ana/edited.XLSX']);
  });

  it('ignores files the page made itself (no path on disk)', () => {
    expect(droppedFilePaths([{ name: 'forged.cairn' }], pathOf)).toEqual([]);
    expect(droppedFilePaths([], pathOf)).toEqual([]);
  });
});
