import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/domain/client';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import type { SyncStatus } from '../../../shared/ipc/contract-sharing';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { createAppServices, type AppServices } from '../../../electron/main/services/app-services';
import { createNodePreferencesStore } from '../../../electron/main/services/node-preferences-store';
import { createTestVault } from '../../../electron/main/services/sync/credential-vault';
import { startRelay, startSyncServer, type SyncServer } from '../../support/sync-server';

const platform = { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null };
let server: SyncServer;
const folders: string[] = [];
const apps: AppServices[] = [];

beforeAll(async () => {
  server = await startSyncServer();
  await server.admin('PUT', '/_config/admins/anna', 'anna-pw');
  await server.addUser('ben', 'ben-pw');
}, 30_000);
afterAll(async () => {
  for (const app of apps) await app.close().catch(() => undefined);
  await server?.stop();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function desktop(): Promise<AppServices> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cairn-continuous-'));
  folders.push(dataDir);
  const app = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform, credentialVault: createTestVault(), syncIntervalMs: 150 });
  apps.push(app);
  return app;
}

/** What the renderer does: one operation through the same dispatch as IPC. */
async function call<T>(app: AppServices, name: string, payload: unknown = {}): Promise<T> {
  const result = (await dispatch(app.handlers, name, payload)) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value;
}

async function until(app: AppServices, check: (status: SyncStatus) => boolean, what: string): Promise<SyncStatus> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const status = await call<SyncStatus>(app, 'getSyncStatus');
    if (check(status)) return status;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('continuous sync in the app', () => {
  it('syncs while online, goes offline without a prompt, catches up on return, and hands colleagues’ changes to the window', async () => {
    const relay = await startRelay(server.port);
    const a = await desktop();
    const b = await desktop();
    const opened = await call<{ summaries: unknown[] }>(a, 'openWorkspace');
    expect(opened.summaries).toEqual([]);
    const client = { ...buildDemoClient({ newId: randomUUID, now: new Date('2026-03-01T09:00:00Z') }), name: 'Continuous GmbH' };
    await call(a, 'saveClient', { client });
    expect(await call(a, 'getSyncStatus')).toMatchObject({ overall: 'off', clients: [] });

    await call(a, 'setSyncSettings', { serverUrl: relay.url, username: 'anna', password: 'anna-pw', enabled: true });
    await call(a, 'shareClient', { clientId: client.id });
    await until(a, (s) => s.clients.some((c) => c.clientId === client.id && c.state === 'synced' && c.lastSyncedAt !== null), 'A synced');

    await call(b, 'openWorkspace');
    await call(b, 'setSyncSettings', { serverUrl: server.url, username: 'ben', password: 'ben-pw', enabled: true });
    const pulled = await until(b, (s) => s.clients.some((c) => c.clientId === client.id && c.state === 'synced' && c.sharedBy === 'anna'), 'B pulled');
    const pulledRevision = pulled.clients.find((c) => c.clientId === client.id)?.localRevision;
    expect(pulledRevision).not.toBeNull();

    // The network goes: A keeps working and says offline.
    await relay.cut();
    await until(a, (s) => s.overall === 'offline', 'A offline');
    const edited = { ...client, notes: 'Written on site with no network', updatedAt: '2026-03-02T10:00:00.000Z' };
    await call(a, 'saveClient', { client: edited });
    // It comes back: A pushes without being asked, B receives it and tells the window to re-read.
    await relay.restore();
    await until(a, (s) => s.overall === 'synced', 'A back online');
    const status = await until(b, (s) => s.clients.some((c) => c.clientId === client.id && c.localRevision !== pulledRevision), 'B received');
    expect(status.clients[0]?.state).toBe('synced');
    expect((await call<Client>(b, 'readClient', { id: client.id })).notes).toBe('Written on site with no network');
    await relay.close();
  }, 40_000);

  it('refuses a window’s stale save over a client that sync just updated, instead of overwriting it', async () => {
    const a = await desktop();
    const b = await desktop();
    await call(a, 'openWorkspace');
    await call(b, 'openWorkspace');
    const client = { ...buildDemoClient({ newId: randomUUID, now: new Date('2026-03-01T09:00:00Z') }), name: 'Stale Window AG' };
    await call(a, 'saveClient', { client });
    await call(a, 'setSyncSettings', { serverUrl: server.url, username: 'anna', password: 'anna-pw', enabled: true });
    await call(a, 'shareClient', { clientId: client.id });
    await call(b, 'setSyncSettings', { serverUrl: server.url, username: 'ben', password: 'ben-pw', enabled: true });
    const first = await until(b, (s) => s.clients.some((c) => c.clientId === client.id && c.state === 'synced'), 'B pulled');
    const firstRevision = first.clients.find((c) => c.clientId === client.id)?.localRevision;
    const inWindow = await call<Client>(b, 'readClient', { id: client.id });

    await call(a, 'saveClient', { client: { ...client, notes: 'From Anna', updatedAt: '2026-03-02T10:00:00.000Z' } });
    await until(b, (s) => s.clients.some((c) => c.clientId === client.id && c.localRevision !== firstRevision && c.state === 'synced'), 'B received');
    await expect(call(b, 'saveClient', { client: { ...inWindow, industry: 'Retail', updatedAt: '2026-03-02T11:00:00.000Z' } })).rejects.toMatchObject({ code: 'conflict' });
    expect((await call<Client>(b, 'readClient', { id: client.id })).notes).toBe('From Anna');
  }, 40_000);
});
