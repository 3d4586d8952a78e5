import { CLIENT_DOCUMENT_SCHEMA_VERSION } from '../../../shared/domain/client-document';
import { CLIENT_DOCUMENT_MIGRATIONS } from '../../../shared/file-format/migrations';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarizeClient, type Client } from '../../../shared/domain/client';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import { serializeClientDocument } from '../../../shared/file-format/client-document-format';
import type { Migration } from '../../../shared/file-format/migrations';
import { faultInjectingFs, type Fault } from './fault-injecting-fs';
import { describeFsError } from './fs-errors';
import { nodeFsPort, type FsPort } from './fs-port';
import { createWorkspace, type WorkspaceDeps } from './workspace';

let dataDir: string;
let now: Date;
let ids = 0;
const clock = () => now;
const newId = () => `id-${(ids += 1)}`;
const advance = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};
const makeClient = (name: string): Client => ({ ...buildDemoClient({ newId, now }), name });
const open = (extra: Partial<WorkspaceDeps> = {}) => createWorkspace({ dataDir, clock, newId, utcOffsetMinutes: () => 0, ...extra });
const clientFile = (id: string) => join(dataDir, 'clients', `${id}.json`);
/** Open (the list comes from summaries), then read every listed client's document. */
const openAll = async (workspace = open()) => {
  const opened = await workspace.open();
  return { ...opened, clients: await workspace.readAll() };
};

/** Records every path the service touches, to prove a save stays within one client. */
function recordingFs(paths: string[]): FsPort {
  const record = <A extends unknown[], R>(fn: (path: string, ...rest: A) => R) => (path: string, ...rest: A): R => {
    paths.push(path);
    return fn(path, ...rest);
  };
  return {
    open: record(nodeFsPort.open),
    readFile: record(nodeFsPort.readFile),
    rename: (from, to) => {
      paths.push(from, to);
      return nodeFsPort.rename(from, to);
    },
    unlink: record(nodeFsPort.unlink),
    readdir: record(nodeFsPort.readdir),
    mkdir: record(nodeFsPort.mkdir),
    rm: record(nodeFsPort.rm),
    stat: record(nodeFsPort.stat),
    lstat: record(nodeFsPort.lstat),
  };
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-workspace-'));
  now = new Date('2026-04-01T10:00:00.000Z');
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('workspace', () => {
  it('reports an unreadable document once even when opened twice at the same time', async () => {
    await mkdir(join(dataDir, 'clients'), { recursive: true });
    await writeFile(join(dataDir, 'clients', 'broken.json'), '{"format": "cairn.client-doc');
    const workspace = open();
    const [first, second] = await Promise.all([workspace.open(), workspace.open()]);
    expect(first.problems).toHaveLength(1);
    expect(second.problems).toHaveLength(1);
    expect((await readdir(join(dataDir, 'quarantine'))).filter((name) => name.endsWith('--broken'))).toHaveLength(1);
  });

  it('opens an empty data folder and creates its layout', async () => {
    expect(await open().open()).toEqual({ summaries: [], problems: [] });
    expect((await readdir(dataDir)).sort()).toEqual(['backups', 'branding', 'clients', 'purged', 'quarantine', 'snapshots']);
  });

  it('saves clients and reads them back on the next open', async () => {
    const workspace = open();
    await workspace.open();
    const a = makeClient('Alpha AG');
    const b = makeClient('Beta SA');
    await workspace.save(a);
    await workspace.save(b);
    const reopened = await openAll();
    expect(reopened.clients.sort((x, y) => x.name.localeCompare(y.name))).toEqual([a, b]);
    expect(await readFile(clientFile(a.id), 'utf8')).toBe(serializeClientDocument(a));
  });

  it('reads one client as it is on disk now, and saves on top of what it read', async () => {
    const workspace = open();
    await workspace.open();
    const a = makeClient('Alpha AG');
    await workspace.save(a);
    // Another process (sync) rewrites the document: a blind save now conflicts, a read makes it the base.
    const other = open();
    await other.open();
    const changed = { ...a, name: 'Alpha AG (renamed elsewhere)' };
    await other.save(changed);
    await expect(workspace.save({ ...a, industry: 'Retail' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await workspace.read(a.id)).toEqual(changed);
    await workspace.save({ ...changed, industry: 'Retail' });
    expect((await openAll()).clients[0]).toMatchObject({ name: 'Alpha AG (renamed elsewhere)', industry: 'Retail' });
    await expect(workspace.read('missing-client')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('touches only the saved client files on a save', async () => {
    const workspace = open();
    await workspace.open();
    const clients = [makeClient('One'), makeClient('Two'), makeClient('Three')];
    for (const client of clients) await workspace.save(client);
    const touched: string[] = [];
    const watched = open({ fs: recordingFs(touched) });
    await watched.open();
    touched.length = 0;
    await watched.save({ ...clients[1]!, notes: 'edited' });
    const others = [clients[0]!.id, clients[2]!.id];
    expect(touched.filter((path) => others.some((id) => path.includes(id)))).toEqual([]);
    expect(touched.some((path) => path.includes(clients[1]!.id))).toBe(true);
  });

  it('keeps summaries of saved clients in memory', async () => {
    const workspace = open();
    const client = makeClient('Gamma');
    await workspace.save(client);
    expect(workspace.summaries()).toEqual([expect.objectContaining({ id: client.id, name: 'Gamma', stakeholderCount: client.stakeholders.length })]);
  });

  it('snapshots the previous document at most every 15 minutes', async () => {
    const workspace = open();
    const client = makeClient('Delta');
    expect((await workspace.save(client)).snapshotTaken).toBe(true);
    advance(5);
    expect((await workspace.save({ ...client, notes: 'v2' })).snapshotTaken).toBe(false);
    advance(11);
    expect((await workspace.save({ ...client, notes: 'v3' })).snapshotTaken).toBe(true);
    const snapshots = await workspace.listSnapshots(client.id);
    expect(snapshots.map((s) => s.takenAt)).toEqual(['2026-04-01T10:16:00.000Z', '2026-04-01T10:00:00.000Z']);
    // The newer snapshot holds the document as it was before the v3 save.
    expect((await workspace.readSnapshot(client.id, snapshots[0]!.id)).notes).toBe('v2');
    expect(snapshots[0]).toEqual(expect.objectContaining({ clientId: client.id, clientName: 'Delta', stakeholderCount: client.stakeholders.length }));
  });

  it('applies the retention policy when it takes a snapshot', async () => {
    const workspace = open();
    const client = makeClient('Epsilon');
    for (let edit = 0; edit < 14; edit += 1) {
      await workspace.save({ ...client, notes: `edit ${edit}` });
      advance(20);
    }
    expect(await readdir(join(dataDir, 'snapshots', client.id))).toHaveLength(10);
  });

  it('moves a purged client and its snapshots to purged/ and forgets it', async () => {
    const workspace = open();
    const client = makeClient('Zeta');
    await workspace.save(client);
    expect(await workspace.purge(client.id)).toEqual({ purged: true });
    expect(await workspace.purge(client.id)).toEqual({ purged: false });
    expect((await readdir(join(dataDir, 'purged'))).sort()).toEqual([`20260401T100000000Z-${client.id}-snapshots`, `20260401T100000000Z-${client.id}.json`]);
    expect((await openAll()).clients).toEqual([]);
    expect(workspace.summaries()).toEqual([]);
  });

  it('sweeps purged clients after 30 days, not before', async () => {
    const workspace = open();
    const client = makeClient('Eta');
    await workspace.save(client);
    await workspace.purge(client.id);
    advance(29 * 24 * 60);
    await open().open();
    expect(await readdir(join(dataDir, 'purged'))).toHaveLength(2);
    advance(2 * 24 * 60);
    await open().open();
    expect(await readdir(join(dataDir, 'purged'))).toEqual([]);
  });

  it('sweeps orphaned temp files at open', async () => {
    const workspace = open();
    const client = makeClient('Theta');
    await workspace.save(client);
    const orphans = [join(dataDir, 'clients', `.${client.id}.json.0123456789ab.tmp`), join(dataDir, 'snapshots', client.id, '.x.json.0123456789ab.tmp')];
    for (const orphan of orphans) await writeFile(orphan, '{"half');
    expect((await openAll()).clients).toHaveLength(1);
    expect(await readdir(join(dataDir, 'clients'))).toEqual([`${client.id}.json`]);
    expect(await readdir(join(dataDir, 'snapshots', client.id))).toHaveLength(1);
  });

  it('quarantines an unreadable document, still opens the rest, and restores from a snapshot', async () => {
    const workspace = open();
    const good = makeClient('Good GmbH');
    const bad = makeClient('Bad Ltd');
    await workspace.save(good);
    await workspace.save(bad);
    await writeFile(clientFile(bad.id), '{"format": "cairn.client-document", "schemaVe');
    const opened = await openAll();
    expect(opened.clients).toEqual([good]);
    expect(opened.problems).toEqual([
      expect.objectContaining({ clientId: bad.id, clientName: 'Bad Ltd', reason: expect.stringMatching(/cut off/), latestSnapshot: expect.objectContaining({ clientName: 'Bad Ltd' }) }),
    ]);
    // The problem is remembered until it is resolved.
    const again = open();
    const [problem] = (await again.open()).problems;
    expect(problem?.id).toBe(opened.problems[0]!.id);
    expect(await again.restoreQuarantined(problem!.id, problem!.latestSnapshot!.id)).toEqual(bad);
    expect(await openAll()).toEqual({ summaries: expect.arrayContaining([summarizeClient(good), summarizeClient(bad)]), clients: expect.arrayContaining([good, bad]), problems: [] });
  });

  it('quarantines a document whose client id does not match its file name', async () => {
    const client = makeClient('Iota');
    await mkdir(join(dataDir, 'clients'), { recursive: true });
    await writeFile(clientFile('someone-else'), serializeClientDocument(client));
    const { clients, problems } = await openAll();
    expect(clients).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ clientId: 'someone-else', clientName: null, latestSnapshot: null, reason: expect.stringMatching(/holds client/) })]);
  });

  it('dismisses a problem and keeps the quarantined file', async () => {
    await mkdir(join(dataDir, 'clients'), { recursive: true });
    await writeFile(clientFile('broken'), '');
    const workspace = open();
    const [problem] = (await workspace.open()).problems;
    expect(await workspace.dismissProblem(problem!.id)).toEqual({ dismissed: true });
    expect(await workspace.dismissProblem(problem!.id)).toEqual({ dismissed: false });
    expect((await open().open()).problems).toEqual([]);
    expect(await readdir(join(dataDir, 'quarantine', '20260401T100000000Z--broken.resolved'))).toContain('broken.json');
  });

  it('rejects restoring a problem that no longer exists', async () => {
    await expect(open().restoreQuarantined('gone', 'x')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('backs up the original bytes before migrating an older document', async () => {
    const client = makeClient('Kappa');
    const old = serializeClientDocument(client).replace(`"schemaVersion": ${CLIENT_DOCUMENT_SCHEMA_VERSION}`, '"schemaVersion": 0');
    await mkdir(join(dataDir, 'clients'), { recursive: true });
    await writeFile(clientFile(client.id), old);
    const migrations: Migration[] = [{ from: 0, to: 1, migrate: (doc) => doc }, ...CLIENT_DOCUMENT_MIGRATIONS];
    expect((await openAll(open({ migrations }))).clients).toEqual([client]);
    await open({ migrations }).open();
    const backups = await readdir(join(dataDir, 'backups'));
    expect(backups).toEqual([`${client.id}.v0.20260401T100000000Z.json`]);
    expect(await readFile(join(dataDir, 'backups', backups[0]!), 'utf8')).toBe(old);
  });

  const faults: Array<{ name: string; fault: Fault; code: string }> = [
    { name: 'the disk is full', fault: { step: 'write', code: 'ENOSPC', pathIncludes: 'clients' }, code: 'disk-full' },
    { name: 'the folder is read-only', fault: { step: 'open', code: 'EROFS', pathIncludes: 'clients' }, code: 'read-only' },
    { name: 'the file is locked', fault: { step: 'rename', code: 'EBUSY', pathIncludes: 'clients' }, code: 'locked' },
    { name: 'fsync fails', fault: { step: 'sync', code: 'ENOSPC', pathIncludes: 'clients' }, code: 'disk-full' },
    { name: 'the snapshot cannot be written', fault: { step: 'write', code: 'ENOSPC', pathIncludes: 'snapshots' }, code: 'disk-full' },
  ];

  it.each(faults)('rejects a save when $name, keeps the previous document, and succeeds on retry', async ({ fault, code }) => {
    const active: Fault[] = [];
    const workspace = open({ fs: faultInjectingFs(nodeFsPort, () => active) });
    const client = makeClient('Lambda');
    await workspace.save(client);
    const before = await readFile(clientFile(client.id), 'utf8');
    advance(30);
    active.push(fault);
    const error = await workspace.save({ ...client, notes: 'edited' }).catch((e: unknown) => e);
    expect(describeFsError(error)?.code).toBe(code);
    expect(await readFile(clientFile(client.id), 'utf8')).toBe(before);
    expect((await readdir(join(dataDir, 'clients'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(workspace.summaries()[0]?.updatedAt).toBe(client.updatedAt);
    active.length = 0;
    await workspace.save({ ...client, notes: 'edited' });
    expect((await openAll()).clients[0]?.notes).toBe('edited');
  });

  it('runs concurrent saves of one client in order, so the last one wins', async () => {
    const workspace = open();
    const client = makeClient('Mu');
    await Promise.all(Array.from({ length: 20 }, (_, n) => workspace.save({ ...client, notes: `save ${n}` })));
    expect((await openAll()).clients[0]?.notes).toBe('save 19');
  });
});
