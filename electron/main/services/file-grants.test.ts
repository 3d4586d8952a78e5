import { mkdtemp, mkdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileGrants, isInsideFolder } from './file-grants';

let root: string;
let dataDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cairn-grants-'));
  dataDir = join(root, 'Cairn');
  await mkdir(join(dataDir, 'clients'), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('file grants', () => {
  it('hands out a token and the file name, never the folder', () => {
    const grants = createFileGrants({ dataDir, newId: () => 'token-0001' });
    expect(grants.grant('/home/ana/Exports/Nordlicht.xlsx', 'write', ['xlsx'])).toEqual({ token: 'token-0001', name: 'Nordlicht.xlsx' });
    expect(grants.resolve('token-0001', 'write', 'xlsx')).toBe('/home/ana/Exports/Nordlicht.xlsx');
  });

  it('refuses a token it never issued, or one granted for the other mode', () => {
    const grants = createFileGrants({ dataDir, newId: () => 'token-0001' });
    grants.grant('/tmp/in.cairn', 'read', ['cairn', 'xlsx']);
    expect(grants.resolve('token-0001', 'write', 'cairn')).toBeNull();
    expect(grants.resolve('made-up-token', 'read', 'cairn')).toBeNull();
  });

  it('uses up a save grant in one operation', () => {
    const grants = createFileGrants({ dataDir, newId: () => 'token-0001' });
    grants.grant('/home/ana/Report.pdf', 'write', ['pdf']);
    expect(grants.resolve('token-0001', 'write', 'pdf')).toBe('/home/ana/Report.pdf');
    expect(grants.resolve('token-0001', 'write', 'pdf')).toBeNull();
  });

  it('is for the kind of file the dialog was for: a PDF location cannot receive a backup', () => {
    const grants = createFileGrants({ dataDir, newId: () => 'token-0001' });
    grants.grant('/home/ana/Report.pdf', 'write', ['pdf']);
    expect(grants.resolve('token-0001', 'write', 'backup')).toBeNull();
    // The refusal did not use the grant up: the right operation still works.
    expect(grants.resolve('token-0001', 'write', 'pdf')).toBe('/home/ana/Report.pdf');
    grants.grant('/home/ana/in.cairn', 'read', ['cairn', 'xlsx']);
    expect(grants.resolve('token-0001', 'read', 'backup')).toBeNull();
    expect(grants.resolve('token-0001', 'read', 'xlsx')).toBe('/home/ana/in.cairn');
    expect(grants.resolve('token-0001', 'read', 'xlsx')).toBe('/home/ana/in.cairn');
  });

  it('never grants writing inside the data folder, even through a symlink or "..", and still lets a file there be read', async () => {
    const grants = createFileGrants({ dataDir });
    for (const target of [join(dataDir, 'clients', 'abc.json'), join(dataDir, 'preferences.json'), join(dataDir, 'new', 'deep', 'x.pdf'), join(root, 'elsewhere', '..', 'Cairn', 'x.pdf')]) {
      expect(() => grants.grant(target, 'write', ['pdf'])).toThrow('Cairn does not save exports or backups inside its own data folder; choose another folder.');
    }
    await symlink(join(dataDir, 'clients'), join(root, 'link'));
    expect(() => grants.grant(join(root, 'link', 'abc.json'), 'write', ['cairn'])).toThrow(/inside its own data folder/);
    expect(grants.grant(join(root, 'Cairn-exports', 'x.pdf'), 'write', ['pdf']).name).toBe('x.pdf');
    expect(grants.grant(join(dataDir, 'backups', 'old.cairn-backup'), 'read', ['backup']).name).toBe('old.cairn-backup');
  });

  it('tells a folder from one whose name merely starts the same', () => {
    expect(isInsideFolder('/data/Cairn', '/data/Cairn-exports/x.pdf')).toBe(false);
    expect(isInsideFolder('/data/Cairn', '/data/Cairn/x.pdf')).toBe(true);
    expect(isInsideFolder('/data/Cairn', '/data/Cairn')).toBe(true);
  });
});
