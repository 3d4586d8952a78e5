import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/domain/client';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import { parseClientDocument, serializeClientDocument } from '../../../shared/file-format/client-document-format';
import { faultInjectingFs, type Fault } from './fault-injecting-fs';
import { nodeFsPort } from './fs-port';
import { createSaveConflicts } from './save-conflicts';
import { createWorkspace, type WorkspaceDeps } from './workspace';

let dataDir: string;
let now: Date;
let ids = 0;
const clock = () => now;
const newId = () => `id-${(ids += 1)}`;
const makeClient = (name: string): Client => ({ ...buildDemoClient({ newId, now }), name });
const open = (extra: Partial<WorkspaceDeps> = {}) => createWorkspace({ dataDir, clock, newId, utcOffsetMinutes: () => 0, ...extra });
const clientFile = (id: string) => join(dataDir, 'clients', `${id}.json`);
const onDisk = async (id: string): Promise<Client> => {
  const parsed = parseClientDocument(await readFile(clientFile(id), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.document.client;
};

/** Every file under the data folder with its bytes, to prove nothing was written. */
async function tree(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) result[join(entry.parentPath, entry.name).slice(folder.length)] = (await readFile(join(entry.parentPath, entry.name))).toString('base64');
  }
  return result;
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-safety-'));
  now = new Date('2026-04-01T10:00:00.000Z');
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('no blind overwrite', () => {
  it('refuses a save when another program changed the document since it was read, and writes nothing', async () => {
    const client = makeClient('Nordlicht Outdoor GmbH');
    await open().save(client);
    const workspace = open();
    await workspace.open();
    // A sync tool brings another machine's version.
    const theirs = { ...client, notes: 'Edited on the other laptop', updatedAt: '2026-04-01T10:05:00.000Z' };
    await writeFile(clientFile(client.id), serializeClientDocument(theirs));

    const mine = { ...client, industry: 'Retail', updatedAt: '2026-04-01T10:06:00.000Z' };
    await expect(workspace.save(mine)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Nordlicht Outdoor GmbH was changed on disk by another program/) });
    expect(await onDisk(client.id)).toEqual(theirs);

    // The merge preview between the two, applied: both edits survive, and the version on disk is kept as a snapshot.
    const conflicts = createSaveConflicts({ dataDir, workspace, clock });
    const preview = await conflicts.preview(mine);
    expect(preview.mode).toEqual({ kind: 'merge', targetClientId: client.id });
    const resolved = await conflicts.resolve(preview.previewId, { [`client:${client.id}`]: 'mine' });
    const merged = await onDisk(client.id);
    expect(merged).toEqual(resolved.client);
    expect(merged.industry).toBe('Retail');
    const snapshots = await workspace.listSnapshots(client.id);
    const kept = await Promise.all(snapshots.map((s) => workspace.readSnapshot(client.id, s.id)));
    expect(kept.some((snapshot) => snapshot.notes === 'Edited on the other laptop')).toBe(true);
    expect(kept.some((snapshot) => snapshot.industry === 'Retail' && snapshot.notes === client.notes)).toBe(true);
    // And saving goes on normally from the merged revision.
    await workspace.save({ ...merged, region: 'DACH' });
    expect((await onDisk(client.id)).region).toBe('DACH');
  });

  it('refuses to create a client whose file appeared on disk meanwhile, and a save after it was deleted', async () => {
    const workspace = open();
    await workspace.open();
    const client = makeClient('Café Olé S.L.');
    await open().save(client);
    await expect(workspace.save(client)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('gives every document a revision, including one written by an older version, without writing it', async () => {
    await mkdir(join(dataDir, 'clients'), { recursive: true });
    await cp(join(__dirname, '../../../test/fixtures/client-documents/schema-v1.json'), join(dataDir, 'clients', 'fixture-001.json'));
    const before = await readFile(join(dataDir, 'clients', 'fixture-001.json'));
    const workspace = open({ readOnly: true });
    await workspace.open();
    const clients = await workspace.readAll();
    expect(clients).toHaveLength(1);
    expect(workspace.revisionOf(clients[0]!.id)).toMatch(/^[0-9a-f]{20}$/);
    expect(await readFile(join(dataDir, 'clients', 'fixture-001.json'))).toEqual(before);
  });
});

describe('a save over an entry that is not a document', () => {
  it('refuses to open a FIFO or replace a folder in place of the document, with a message naming it', async () => {
    const client = makeClient('Nordlicht Outdoor GmbH');
    const workspace = open();
    await workspace.open();
    await mkdir(clientFile(client.id), { recursive: true });
    await expect(workspace.save(client)).rejects.toThrow(`${client.id}.json in the clients folder is a folder, not a file, so Cairn will not write over it.`);
    await rm(clientFile(client.id), { recursive: true });
    execFileSync('mkfifo', [clientFile(client.id)]);
    await expect(workspace.save(client)).rejects.toThrow(/is a named pipe, not a file/);
  });
});

describe('read-only opening', () => {
  it('opens a folder with an older document and a damaged one without writing, moving or migrating anything', async () => {
    await open().save(makeClient('Alpenblick Hotels'));
    await cp(join(__dirname, '../../../test/fixtures/client-documents/schema-v1.json'), join(dataDir, 'clients', 'fixture-001.json'));
    await writeFile(join(dataDir, 'clients', 'broken.json'), '{"format": ');
    await writeFile(join(dataDir, 'clients', '.broken.json.0123456789ab.tmp'), 'left by a crash');
    const before = await tree(dataDir);

    const workspace = open({ readOnly: true });
    const { problems } = await workspace.open();
    const clients = await workspace.readAll();
    expect(clients.map((c) => c.name).sort()).toHaveLength(2);
    expect(problems).toEqual([expect.objectContaining({ clientId: 'broken', quarantinedAs: 'clients/broken.json' })]);
    await expect(workspace.save(clients[0]!)).rejects.toMatchObject({ code: 'read-only' });
    expect(await tree(dataDir)).toEqual(before);
  });
});

describe('quarantine that cannot forget', () => {
  it('still reports a quarantined client after a restart when its reason could not be written (disk full)', async () => {
    await mkdir(join(dataDir, 'clients'), { recursive: true });
    await writeFile(clientFile('victim'), 'not json at all');
    const full: Fault[] = [{ step: 'write', code: 'ENOSPC', pathIncludes: 'reason.json' }];
    const first = await open({ fs: faultInjectingFs(nodeFsPort, () => full) }).open();
    expect(first.problems).toEqual([expect.objectContaining({ clientId: 'victim', quarantinedAs: 'quarantine/20260401T100000000Z--victim/victim.json' })]);

    const restarted = await open().open();
    expect(restarted.problems).toEqual([expect.objectContaining({ clientId: 'victim', reason: expect.stringMatching(/could not be recorded/) })]);
    expect(await readFile(join(dataDir, 'quarantine', '20260401T100000000Z--victim', 'victim.json'), 'utf8')).toBe('not json at all');
  });

  it('writes the reason before the move, so the record survives a crash between the two', async () => {
    await mkdir(join(dataDir, 'clients'), { recursive: true });
    await writeFile(clientFile('victim'), 'not json at all');
    const blocked: Fault[] = [{ step: 'rename', code: 'EIO', pathIncludes: '--victim/victim.json' }];
    const first = await open({ fs: faultInjectingFs(nodeFsPort, () => blocked) }).open();
    // The move failed: the file stays where it was, is reported, and no empty record is left behind.
    expect(first.problems).toEqual([expect.objectContaining({ quarantinedAs: 'clients/victim.json' })]);
    expect(await readdir(join(dataDir, 'quarantine'))).toEqual([]);
    const second = await open().open();
    expect(second.problems).toEqual([expect.objectContaining({ quarantinedAs: 'quarantine/20260401T100000000Z--victim/victim.json', reason: 'The file is not valid JSON.' })]);
  });
});

describe('restoring a snapshot', () => {
  it('snapshots the newer document first, and refuses a snapshot of another client', async () => {
    const client = makeClient('Nordlicht Outdoor GmbH');
    const workspace = open();
    await workspace.save(client);
    const [original] = await workspace.listSnapshots(client.id);
    const newer = { ...client, notes: 'Typed after the snapshot' };
    await workspace.save(newer);
    expect(await workspace.listSnapshots(client.id)).toHaveLength(1);

    expect(await workspace.restoreSnapshot(client.id, original!.id)).toEqual(client);
    const kept = await Promise.all((await workspace.listSnapshots(client.id)).map((s) => workspace.readSnapshot(client.id, s.id)));
    expect(kept.map((snapshot) => snapshot.notes)).toContain('Typed after the snapshot');

    // A snapshot copied into another client's folder is refused by name.
    const other = makeClient('Café Olé S.L.');
    await mkdir(join(dataDir, 'snapshots', other.id), { recursive: true });
    await cp(join(dataDir, 'snapshots', client.id, `${original!.id}.json`), join(dataDir, 'snapshots', other.id, `${original!.id}.json`));
    await expect(workspace.restoreSnapshot(other.id, original!.id)).rejects.toThrow(`The snapshot ${original!.id} holds client ${client.id}, not ${other.id} whose folder it is in; it was not restored.`);
  });
});
