import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/domain/client';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import { clientDatabaseName } from '../../../shared/sync/database-names';
import { createAppServices, type AppServices } from '../../../electron/main/services/app-services';
import { createNodePreferencesStore } from '../../../electron/main/services/node-preferences-store';
import { runCliForTest } from '../../../electron/cli/cli-test-harness';
import { startRelay, startSyncServer, type SyncServer } from '../../support/sync-server';

const platform = { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null };
let server: SyncServer;
const folders: string[] = [];
const open: AppServices[] = [];

beforeAll(async () => {
  server = await startSyncServer();
  // Anna leads engagements (she may create databases); Ben is a consultant of the firm.
  await server.admin('PUT', '/_config/admins/anna', 'anna-pw');
  await server.addUser('ben', 'ben-pw');
}, 30_000);

afterAll(async () => {
  for (const app of open) await app.close().catch(() => undefined);
  await server?.stop();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function laptop(user: string, password: string, url = server.url): Promise<{ app: AppServices; dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), `cairn-sync-${user}-`));
  folders.push(dataDir);
  const app = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform, startSync: false, syncCredentials: async () => ({ serverUrl: url, username: user, password }) });
  open.push(app);
  await app.workspace.open();
  return { app, dataDir };
}

async function demoIn(app: AppServices, name: string): Promise<Client> {
  const client = { ...buildDemoClient({ newId: randomUUID, now: new Date('2026-03-01T09:00:00Z') }), name };
  await app.workspace.save(client, { baseRevision: null });
  return client;
}

const at = (minute: number) => `2026-03-02T10:${String(minute).padStart(2, '0')}:00.000Z`;

async function rename(app: AppServices, clientId: string, index: number, name: string, minute: number): Promise<void> {
  const client = await app.workspace.read(clientId);
  const stakeholders = client.stakeholders.map((person, i) => (i === index ? { ...person, name, updatedAt: at(minute) } : person));
  await app.workspace.save({ ...client, stakeholders, updatedAt: at(minute) });
}

const exportCairn = async (dataDir: string, clientId: string) => {
  const out = join(dataDir, `${clientId}.cairn`);
  const result = await runCliForTest(['export', clientId, '--format', 'cairn', '--out', out], { dataDir, cwd: dataDir, now: new Date('2026-03-03T12:00:00Z') });
  expect(result.code, result.stderr).toBe(0);
  return readFile(out);
};

describe('sync between two laptops through one server', () => {
  it('a client shared from A appears in B identical, with who shared it', async () => {
    const a = await laptop('anna', 'anna-pw');
    const b = await laptop('ben', 'ben-pw');
    const client = await demoIn(a.app, 'Shared Outdoor AG');
    await a.app.sync.share(client.id);
    const pushed = await a.app.sync.syncOnce();
    expect(pushed.clients.find((entry) => entry.clientId === client.id)?.outcome).toEqual({ kind: 'synced', moved: 'created' });

    const pulled = await b.app.sync.syncOnce();
    expect(pulled.clients.find((entry) => entry.clientId === client.id)?.outcome).toEqual({ kind: 'synced', moved: 'pulled' });
    expect((await exportCairn(b.dataDir, client.id)).equals(await exportCairn(a.dataDir, client.id))).toBe(true);
    const status = (await b.app.sync.status()).clients.find((entry) => entry.clientId === client.id);
    expect(status).toMatchObject({ shared: true, sharedBy: 'anna', state: 'synced' });
    expect(status?.lastSyncedAt).not.toBeNull();
  }, 30_000);

  it('edits of different items made offline on both sides end up in both', async () => {
    const a = await laptop('anna', 'anna-pw');
    const b = await laptop('ben', 'ben-pw');
    const client = await demoIn(a.app, 'Different Items GmbH');
    await a.app.sync.share(client.id);
    await a.app.sync.syncOnce();
    await b.app.sync.syncOnce();

    await rename(a.app, client.id, 0, 'Edited on A', 1);
    await rename(b.app, client.id, 1, 'Edited on B', 2);
    await a.app.sync.syncOnce();
    const merged = await b.app.sync.syncOnce();
    expect(merged.clients.find((entry) => entry.clientId === client.id)?.outcome).toEqual({ kind: 'synced', moved: 'merged' });
    await a.app.sync.syncOnce();

    for (const app of [a.app, b.app]) {
      const names = (await app.workspace.read(client.id)).stakeholders.map((person) => person.name);
      expect(names[0]).toBe('Edited on A');
      expect(names[1]).toBe('Edited on B');
    }
    expect((await exportCairn(b.dataDir, client.id)).equals(await exportCairn(a.dataDir, client.id))).toBe(true);
  }, 30_000);

  it('the same item changed on both sides is a conflict, decided by the consultant, that converges with nothing lost', async () => {
    const a = await laptop('anna', 'anna-pw');
    const b = await laptop('ben', 'ben-pw');
    const client = await demoIn(a.app, 'Same Item KG');
    await a.app.sync.share(client.id);
    await a.app.sync.syncOnce();
    await b.app.sync.syncOnce();

    await rename(a.app, client.id, 0, 'Anna’s spelling', 3);
    await rename(b.app, client.id, 0, 'Ben’s spelling', 4);
    await a.app.sync.syncOnce();
    const report = await b.app.sync.syncOnce();
    expect(report.clients.find((entry) => entry.clientId === client.id)?.outcome.kind).toBe('conflict');
    expect((await b.app.sync.status()).clients.find((entry) => entry.clientId === client.id)?.state).toBe('conflict');
    // Nothing was overwritten: B still has its own, and A's version is kept in a snapshot.
    expect((await b.app.workspace.read(client.id)).stakeholders[0]?.name).toBe('Ben’s spelling');
    const snapshotNames = await Promise.all((await b.app.workspace.listSnapshots(client.id)).map(async (snapshot) => (await b.app.workspace.readSnapshot(client.id, snapshot.id)).stakeholders[0]?.name));
    expect(snapshotNames).toContain('Anna’s spelling');

    const preview = await b.app.sync.previewConflict(client.id);
    const conflict = preview.items.find((item) => item.state === 'conflict');
    expect(conflict?.key).toBe(`stakeholders:${client.stakeholders[0]!.id}`);
    await b.app.sync.resolveConflict(preview.previewId, { [conflict!.key]: 'theirs' });
    await b.app.sync.syncOnce();
    await a.app.sync.syncOnce();

    for (const app of [a.app, b.app]) expect((await app.workspace.read(client.id)).stakeholders[0]?.name).toBe('Anna’s spelling');
    expect((await b.app.sync.status()).clients.find((entry) => entry.clientId === client.id)?.state).toBe('synced');
    expect((await exportCairn(b.dataDir, client.id)).equals(await exportCairn(a.dataDir, client.id))).toBe(true);
    const kept = await Promise.all((await b.app.workspace.listSnapshots(client.id)).map(async (snapshot) => (await b.app.workspace.readSnapshot(client.id, snapshot.id)).stakeholders[0]?.name));
    expect(kept).toContain('Ben’s spelling');
  }, 30_000);

  it('a wrong password is a clear status and nothing is lost', async () => {
    const a = await laptop('anna', 'not-her-password');
    const client = await demoIn(a.app, 'Wrong Password SE');
    await a.app.sync.share(client.id);
    const report = await a.app.sync.syncOnce();
    expect(report.stopped?.message).toMatch(/refused your user name or password/);
    const status = await a.app.sync.status();
    expect(status.overall).toBe('error');
    expect(status.clients[0]?.message).toMatch(/password/);
    expect((await a.app.workspace.read(client.id)).name).toBe('Wrong Password SE');
  }, 30_000);

  it('no permission on one client’s database: that client says no access, the others sync', async () => {
    const a = await laptop('anna', 'anna-pw');
    const closed = await demoIn(a.app, 'Closed Client Ltd');
    const open = await demoIn(a.app, 'Open Client Ltd');
    await a.app.sync.share(closed.id);
    await a.app.sync.share(open.id);
    await a.app.sync.syncOnce();
    await server.admin('PUT', `/${clientDatabaseName(closed.id)}/_security`, { admins: { names: ['anna'], roles: [] }, members: { names: ['anna'], roles: [] } });

    const b = await laptop('ben', 'ben-pw');
    const report = await b.app.sync.syncOnce();
    expect(report.clients.find((entry) => entry.clientId === closed.id)?.outcome).toMatchObject({ kind: 'failed', state: 'no-access' });
    expect(report.clients.find((entry) => entry.clientId === open.id)?.outcome).toEqual({ kind: 'synced', moved: 'pulled' });
    const status = await b.app.sync.status();
    expect(status.clients.find((entry) => entry.clientId === closed.id)).toMatchObject({ state: 'no-access', message: expect.stringMatching(/no access/) });
  }, 30_000);

  it('the server going away mid-sync means offline, and the next sync catches up without losing anything', async () => {
    const relay = await startRelay(server.port);
    const a = await laptop('anna', 'anna-pw', relay.url);
    const client = await demoIn(a.app, 'Offline Workshop GmbH');
    await a.app.sync.share(client.id);
    await a.app.sync.syncOnce();
    await rename(a.app, client.id, 2, 'Edited on site', 5);
    await relay.cut();
    const offline = await a.app.sync.syncOnce();
    expect(offline.stopped?.state).toBe('offline');
    expect((await a.app.sync.status()).clients.find((entry) => entry.clientId === client.id)?.state).toBe('offline');
    expect((await a.app.workspace.read(client.id)).stakeholders[2]?.name).toBe('Edited on site');

    await relay.restore();
    const back = await a.app.sync.syncOnce();
    expect(back.clients.find((entry) => entry.clientId === client.id)?.outcome).toEqual({ kind: 'synced', moved: 'pushed' });
    const remote = await server.admin<{ document: { client: Client } }>('GET', `/${clientDatabaseName(client.id)}/client`);
    expect(remote.document.client.stakeholders[2]?.name).toBe('Edited on site');
    await relay.close();
  }, 30_000);

  it('folds a conflicting revision CouchDB kept into the winner, keeping the loser in a snapshot', async () => {
    const a = await laptop('anna', 'anna-pw');
    const client = await demoIn(a.app, 'Two Branches Oy');
    await a.app.sync.share(client.id);
    await a.app.sync.syncOnce();
    await rename(a.app, client.id, 3, 'Changed by Anna', 6);
    await a.app.sync.syncOnce();
    // Another replica wrote a sibling revision (as replication between two servers does).
    const db = clientDatabaseName(client.id);
    const current = await server.admin<Record<string, unknown> & { document: { client: Client } }>('GET', `/${db}/client`);
    const sibling = { ...current.document.client, stakeholders: current.document.client.stakeholders.map((p, i) => (i === 4 ? { ...p, name: 'Changed on the other replica', updatedAt: at(7) } : i === 3 ? client.stakeholders[3]! : p)) };
    await server.admin('POST', `/${db}/_bulk_docs`, { new_edits: false, docs: [{ ...current, _rev: '2-0000aaaa', document: { ...current.document, client: sibling } }] });
    expect((await server.admin<{ _conflicts?: string[] }>('GET', `/${db}/client?conflicts=true`))._conflicts).toHaveLength(1);

    const b = await laptop('ben', 'ben-pw');
    await b.app.sync.syncOnce();
    const names = (await b.app.workspace.read(client.id)).stakeholders.map((p) => p.name);
    expect(names[3]).toBe('Changed by Anna');
    expect(names[4]).toBe('Changed on the other replica');
    expect((await server.admin<{ _conflicts?: string[] }>('GET', `/${db}/client?conflicts=true`))._conflicts ?? []).toEqual([]);
    await a.app.sync.syncOnce();
    expect((await a.app.workspace.read(client.id)).stakeholders[4]?.name).toBe('Changed on the other replica');
  }, 30_000);

  it('shares a client again when its database disappeared from the server', async () => {
    const a = await laptop('anna', 'anna-pw');
    const client = await demoIn(a.app, 'Restored Server BV');
    await a.app.sync.share(client.id);
    await a.app.sync.syncOnce();
    await server.admin('DELETE', `/${clientDatabaseName(client.id)}`);
    const report = await a.app.sync.syncOnce();
    expect(report.clients.find((entry) => entry.clientId === client.id)?.outcome).toMatchObject({ kind: 'synced' });
    const remote = await server.admin<{ document: { client: Client } }>('GET', `/${clientDatabaseName(client.id)}/client`);
    expect(remote.document.client.name).toBe('Restored Server BV');
  }, 30_000);

  it('writes nothing about sync and makes no request while sync is off', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cairn-sync-off-'));
    folders.push(dataDir);
    const app = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform });
    open.push(app);
    expect((await app.sync.status()).overall).toBe('off');
    await expect(app.sync.syncNow()).rejects.toThrow(/turned off/);
    expect(await readdir(dataDir)).not.toContain('sync');
  });
});
