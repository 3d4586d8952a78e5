import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '../../shared/domain/client';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { serializeClientDocument } from '../../shared/file-format/client-document-format';
import { createAppServices } from '../../electron/main/services/app-services';
import { createNodePreferencesStore } from '../../electron/main/services/node-preferences-store';
import { createCouch } from '../../electron/main/services/sync/couch';
import { startSyncServer } from '../../test/support/sync-server';
import { runWhenMain, type BenchResult } from '../standalone';

export const SYNC_CLIENTS = 100;
/** First sync of 100 demo-sized clients against the local server. */
export const FIRST_SYNC_TARGET_MS = 30_000;
/** An incremental sync after one edit. */
export const INCREMENTAL_TARGET_MS = 5_000;

const platform = { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null };

/**
 * `cairn sync` of 100 demo-sized clients (each its own database, as shared) against the
 * local in-memory server: the first sync, then an incremental sync after one edit; time and
 * requests of each, beside a plain copy of the same documents (one `_bulk_docs` of all raw
 * documents into one database; one PUT of the edited document).
 */
export async function runSyncBench(options: { clients?: number } = {}): Promise<BenchResult> {
  const count = options.clients ?? SYNC_CLIENTS;
  const server = await startSyncServer();
  const dataDir = await mkdtemp(join(tmpdir(), 'cairn-sync-bench-'));
  try {
    await server.admin('PUT', '/_config/admins/anna', 'anna-pw');
    const credentials = { serverUrl: server.url, username: 'anna', password: 'anna-pw' };
    const app = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform, startSync: false, syncCredentials: async () => credentials });
    await app.workspace.open();
    const clients: Client[] = [];
    for (let i = 0; i < count; i += 1) {
      const client = { ...buildDemoClient({ newId: randomUUID, now: new Date('2026-03-01T09:00:00Z') }), name: `Bench client ${i + 1}` };
      await app.workspace.save(client, { baseRevision: null });
      await app.sync.share(client.id);
      clients.push(client);
    }
    const bytes = clients.reduce((sum, client) => sum + serializeClientDocument(client).length, 0);

    let start = performance.now();
    const first = await app.sync.syncOnce();
    const firstMs = performance.now() - start;
    const pushed = first.clients.filter((entry) => entry.outcome.kind === 'synced' && entry.outcome.moved === 'created').length;

    const edited = clients[0]!;
    await app.workspace.save({ ...edited, notes: 'One edit', updatedAt: '2026-03-02T10:00:00.000Z' });
    start = performance.now();
    const incremental = await app.sync.syncOnce();
    const incrementalMs = performance.now() - start;
    const moved = incremental.clients.filter((entry) => entry.outcome.kind === 'synced' && entry.outcome.moved !== null).length;
    await app.close();

    // The plain copy: the same raw documents, no checks, no per-client databases.
    const plain = createCouch({ url: server.url, username: 'anna', password: 'anna-pw' });
    await plain.request({ method: 'put', db: 'plain-copy' });
    const docs = clients.map((client) => ({ _id: client.id, document: JSON.parse(serializeClientDocument(client)) as unknown }));
    const before = plain.requestCount();
    start = performance.now();
    const written = await plain.request<Array<{ id: string; rev: string }>>({ method: 'post', db: 'plain-copy', path: '_bulk_docs', body: { docs } });
    const plainMs = performance.now() - start;
    const plainRequests = plain.requestCount() - before;
    const one = written[0]!;
    start = performance.now();
    await plain.request({ method: 'put', db: 'plain-copy', doc: one.id, body: { ...docs[0], _rev: one.rev, notes: 'One edit' } });
    const plainOneMs = performance.now() - start;

    const ok = pushed === count && moved === 1 && firstMs <= FIRST_SYNC_TARGET_MS && incrementalMs <= INCREMENTAL_TARGET_MS;
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return {
      ok,
      lines: [
        `sync: first sync of ${count} demo clients (${mb} MB): ${Math.round(firstMs)} ms, ${first.requests} requests, ${pushed} pushed (target ≤ ${FIRST_SYNC_TARGET_MS} ms)`,
        `sync:   plain copy of the same documents (one _bulk_docs): ${Math.round(plainMs)} ms, ${plainRequests} request`,
        `sync: incremental sync after one edit: ${Math.round(incrementalMs)} ms, ${incremental.requests} requests, ${moved} client moved (target ≤ ${INCREMENTAL_TARGET_MS} ms)`,
        `sync:   plain copy of the one edited document (one PUT): ${Math.round(plainOneMs)} ms, 1 request`,
      ],
    };
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, () => runSyncBench());
