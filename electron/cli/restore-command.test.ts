import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { parseClientDocument } from '../../shared/file-format/client-document-format';
import { readWorkspaceBackup } from '../../shared/file-format/engagement-file';
import { createWorkspace } from '../main/services/workspace';
import { runCliForTest } from './cli-test-harness';

let dataDir: string;
let emptyDir: string;
let outDir: string;
const now = new Date('2026-09-14T07:45:00.000Z');
let n = 0;
const nordlicht = buildDemoClient({ newId: () => `rs-${(n += 1)}`, now });
const trashed = { ...buildDemoClient({ newId: () => `rt-${(n += 1)}`, now }), name: 'Alte Mühle KG', deletedAt: '2026-09-01T10:00:00.000Z' };
const cli = (dir: string, ...argv: string[]) => runCliForTest(argv, { dataDir: dir, cwd: outDir, now });

async function snapshotOf(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = (await readFile(join(entry.parentPath, entry.name))).toString('base64');
  }
  return files;
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-restore-'));
  emptyDir = await mkdtemp(join(tmpdir(), 'cairn-restore-empty-'));
  outDir = await mkdtemp(join(tmpdir(), 'cairn-restore-out-'));
  await createWorkspace({ dataDir }).save(nordlicht);
  await createWorkspace({ dataDir }).save(trashed);
  expect(await cli(dataDir, 'backup', '--out', 'all.cairn-backup')).toMatchObject({ code: 0 });
});
afterEach(async () => {
  for (const folder of [dataDir, emptyDir, outDir]) await rm(folder, { recursive: true, force: true });
});

describe('cairn restore', () => {
  it('restores a backup into an empty data folder as it was, trash included', async () => {
    const restored = await cli(emptyDir, 'restore', 'all.cairn-backup', '--data-dir', emptyDir);
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toMatch(/^Restore all\.cairn-backup \(written by Cairn .+ on 2026-09-14 07:45 UTC\): 2 clients\.\n/);
    expect(restored.stdout).toMatch(/Alte Mühle KG \(in the trash\) +\d+ stakeholders +new here/);
    expect(restored.stdout).toContain('Restored 2 clients from all.cairn-backup.');
    expect((await cli(emptyDir, 'list', '--all')).stdout).toMatch(/Alte Mühle KG[\s\S]*Nordlicht Outdoor GmbH/);
    const [restoredDoc, originalDoc] = await Promise.all([emptyDir, dataDir].map(async (dir) => parseClientDocument(await readFile(join(dir, 'clients', `${nordlicht.id}.json`), 'utf8'))));
    expect(restoredDoc).toEqual(originalDoc);
  });

  it('refuses to mix a backup into a folder with clients unless --as-new, changing nothing', async () => {
    await createWorkspace({ dataDir }).save({ ...nordlicht, name: 'Nordlicht (edited since)', updatedAt: '2026-09-14T07:00:00.000Z' });
    const before = await snapshotOf(dataDir);
    const refused = await cli(dataDir, 'restore', 'all.cairn-backup');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'cairn: This data folder already has 2 clients; the backup can only be added as new clients (new ids, names marked “(restored)”), or restored as saved into an empty data folder. Nothing was changed; add --as-new to restore them beside the clients here.\n',
    );
    expect(await snapshotOf(dataDir)).toEqual(before);
  });

  it('adds the backup as new clients with --as-new, backing up the workspace first', async () => {
    const dry = await cli(dataDir, 'restore', 'all.cairn-backup', '--as-new', '--dry-run');
    expect(dry).toMatchObject({ code: 0, stdout: expect.stringContaining('Dry run: nothing was changed.') });
    expect(await readdir(join(dataDir, 'clients'))).toHaveLength(2);

    const added = await cli(dataDir, 'restore', 'all.cairn-backup', '--as-new');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Restored 2 clients as new clients from all\.cairn-backup\. The workspace as it was before is kept in backups[/\\]workspace\.before-restore\.\S+\.cairn-backup\./);
    const list = (await cli(dataDir, 'list', '--all')).stdout;
    expect(list).toContain('Nordlicht Outdoor GmbH (restored)');
    expect(list).toContain('Alte Mühle KG (restored)');
    expect(await readdir(join(dataDir, 'clients'))).toHaveLength(4);
    const [kept] = (await readdir(join(dataDir, 'backups'))).filter((name) => name.startsWith('workspace.before-restore.'));
    const backup = readWorkspaceBackup(await readFile(join(dataDir, 'backups', kept!), 'utf8'));
    expect(backup.ok && backup.file.clients.map((client) => client.name).sort()).toEqual(['Alte Mühle KG', 'Nordlicht Outdoor GmbH']);
  });

  it.each([
    ['a client file', async () => (await cli(dataDir, 'export', nordlicht.id, '--format', 'cairn', '--out', 'bad.cairn-backup')).code, /^cairn: This is a client file of Nordlicht Outdoor GmbH \(\.cairn\), not a workspace backup; bring it in with Import… \(or cairn import\) instead\.\n$/],
    ['text that is not JSON', async () => writeFile(join(outDir, 'bad.cairn-backup'), 'hello'), /^cairn: .*JSON.*\n$/],
    ['a backup with an invalid client', async () => writeFile(join(outDir, 'bad.cairn-backup'), (await readFile(join(outDir, 'all.cairn-backup'), 'utf8')).replace(/"influence": \d/, '"influence": 42')), /^cairn: clients\[\d\]\.stakeholders\[\d+\]\.influence: .+\n$/],
    ['a file that is not there', async () => undefined, /^cairn: The file bad\.cairn-backup no longer exists\.\n$/],
  ])('refuses %s in one line naming the problem, exit 1, changing nothing', async (_name, make, message) => {
    await make();
    const result = await cli(emptyDir, 'restore', 'bad.cairn-backup');
    expect(result).toEqual({ code: 1, stdout: '', stderr: expect.stringMatching(message) });
    expect(await readdir(join(emptyDir, 'clients'))).toEqual([]);
  });

  it('takes exactly one FILE and knows its flags (exit 2)', async () => {
    expect(await cli(dataDir, 'restore')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^cairn: restore needs a FILE/) });
    expect(await cli(dataDir, 'restore', 'a', 'b')).toMatchObject({ code: 2, stderr: expect.stringMatching(/unexpected argument “b” after restore/) });
    expect(await cli(dataDir, 'restore', 'all.cairn-backup', '--merge')).toMatchObject({ code: 2, stderr: expect.stringMatching(/restore does not take --merge/) });
  });

  it('is listed in cairn --help', async () => {
    expect((await cli(dataDir, '--help')).stdout).toMatch(/^ {2}restore FILE {2}Restore a workspace backup/m);
  });
});

describe('cairn import of a workspace backup', () => {
  it('points to restore instead', async () => {
    const result = await cli(emptyDir, 'import', 'all.cairn-backup');
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'cairn: This is a workspace backup of 2 clients, not a client file; bring it back with Restore a backup… in Settings (or cairn restore), or import a client\'s .cairn file.\n' });
  });
});
