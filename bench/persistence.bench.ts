import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Client } from '../shared/domain/client';
import { serializeClientDocument } from '../shared/file-format/client-document-format';
import { createWorkspace, type Workspace } from '../electron/main/services/workspace';
import { createAppServices } from '../electron/main/services/app-services';
import { createNodePreferencesStore } from '../electron/main/services/node-preferences-store';
import { buildLargeClient, documentBytes } from './large-client';
import { formatMs, percentile } from './stats';
import { runWhenMain } from './standalone';

export const TARGET_RATIO = 1.5;
export const TARGET_P95_MS = 10;
/** The writer lock and the revision check may cost at most this much over a plain atomic save. */
export const TARGET_GUARD_RATIO = 1.2;

export interface PersistenceReport {
  documentKb: number;
  samples: number;
  oneClient: { p50: number; p95: number };
  hundredClients: { p50: number; p95: number };
  plainWriteFile: { p50: number; p95: number };
  /** The same save without the writer lock and the revision check. */
  unguardedSave: { p50: number; p95: number };
  /** The app's save now: lock held, revision read and compared, then the atomic write. */
  guardedSave: { p50: number; p95: number };
  guardRatioP50: number;
  ratioP50: number;
  ratioP95: number;
  passed: boolean;
  lines: string[];
}

/** A workspace folder holding `count` large clients, opened (so its index is loaded). */
async function seededWorkspace(root: string, count: number, now: Date): Promise<{ workspace: Workspace; target: Client }> {
  await mkdir(join(root, 'clients'), { recursive: true });
  const clients = Array.from({ length: count }, (_, index) => buildLargeClient(index, now));
  // Seed with plain writes: only the edits below are being measured.
  await Promise.all(clients.map((client) => writeFile(join(root, 'clients', `${client.id}.json`), serializeClientDocument(client))));
  const workspace = createWorkspace({ dataDir: root, clock: () => now });
  await workspace.open();
  return { workspace, target: clients[Math.floor(count / 2)]! };
}

/** One small edit: a stakeholder's title and the updated timestamp. */
const edit = (client: Client, n: number): Client => ({
  ...client,
  updatedAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
  stakeholders: client.stakeholders.map((s, i) => (i === 3 ? { ...s, title: `Edit ${n}` } : s)),
});

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/**
 * Time saving one small edit of one ~300 KB client in a workspace of 1 and of 100 such
 * clients, interleaved so drift in the disk affects both alike, beside a plain
 * fs.writeFile of the same bytes as a baseline for this machine.
 */
export async function runPersistenceBench(options: { samples?: number; baseDir?: string } = {}): Promise<PersistenceReport> {
  const samples = options.samples ?? 200;
  const scratch = await mkdtemp(join(options.baseDir ?? tmpdir(), 'cairn-bench-'));
  const now = new Date('2026-03-01T12:00:00.000Z');
  try {
    const one = await seededWorkspace(join(scratch, 'one'), 1, now);
    const hundred = await seededWorkspace(join(scratch, 'hundred'), 100, now);
    const plainFile = join(scratch, 'plain.json');
    // The app's composition: it holds the data folder's writer lock while saving.
    const guardedDir = join(scratch, 'guarded');
    const guarded = await seededWorkspace(guardedDir, 1, now);
    const app = await createAppServices({ dataDir: guardedDir, preferencesStore: createNodePreferencesStore(guardedDir), clock: () => now, platform: { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null } });
    await app.workspace.open();
    // The same save without the lock and without the revision check (a workspace never
    // opened has no base revision to compare with): the cost those two add is the difference.
    const unguardedDir = join(scratch, 'unguarded');
    await mkdir(join(unguardedDir, 'clients'), { recursive: true });
    const unguarded = createWorkspace({ dataDir: unguardedDir, clock: () => now });
    // Warm up: the first save of each takes the snapshot; measure steady editing.
    for (let n = 0; n < 5; n += 1) {
      await one.workspace.save(edit(one.target, n));
      await hundred.workspace.save(edit(hundred.target, n));
      await app.workspace.save(edit(guarded.target, n));
      await unguarded.save(edit(guarded.target, n));
    }
    const times = { one: [] as number[], hundred: [] as number[], plain: [] as number[], unguarded: [] as number[], guarded: [] as number[] };
    for (let n = 0; n < samples; n += 1) {
      // The edit itself is the renderer's work; only persisting it is timed.
      const [oneEdit, hundredEdit] = [edit(one.target, 100 + n), edit(hundred.target, 100 + n)];
      times.one.push(await timed(() => one.workspace.save(oneEdit)));
      times.hundred.push(await timed(() => hundred.workspace.save(hundredEdit)));
      const bytes = serializeClientDocument(hundredEdit);
      times.plain.push(await timed(() => writeFile(plainFile, bytes)));
      const guardedEdit = edit(guarded.target, 100 + n);
      times.unguarded.push(await timed(() => unguarded.save(guardedEdit)));
      times.guarded.push(await timed(() => app.workspace.save(guardedEdit)));
    }
    await app.close();
    const stats = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
    const oneClient = stats(times.one);
    const hundredClients = stats(times.hundred);
    const plainWriteFile = stats(times.plain);
    const unguardedSave = stats(times.unguarded);
    const guardedSave = stats(times.guarded);
    const guardRatioP50 = guardedSave.p50 / unguardedSave.p50;
    const ratioP50 = hundredClients.p50 / oneClient.p50;
    const ratioP95 = hundredClients.p95 / oneClient.p95;
    const passed = ratioP50 <= TARGET_RATIO && hundredClients.p95 < TARGET_P95_MS && oneClient.p95 < TARGET_P95_MS && guardRatioP50 <= TARGET_GUARD_RATIO;
    const documentKb = documentBytes(hundred.target) / 1024;
    const lines = [
      `persistence: one small edit of a ${documentKb.toFixed(0)} KB client, ${samples} samples each (atomic: temp file, fsync, rename, folder fsync)`,
      `  workspace of   1 client : p50 ${formatMs(oneClient.p50)}  p95 ${formatMs(oneClient.p95)}`,
      `  workspace of 100 clients: p50 ${formatMs(hundredClients.p50)}  p95 ${formatMs(hundredClients.p95)}`,
      `  ratio 100 / 1           : p50 ${ratioP50.toFixed(2)}  p95 ${ratioP95.toFixed(2)}   (target p50 ratio ≤ ${TARGET_RATIO}, p95 < ${TARGET_P95_MS} ms)`,
      `  baseline fs.writeFile   : p50 ${formatMs(plainWriteFile.p50)}  p95 ${formatMs(plainWriteFile.p95)}   (same bytes, no fsync)`,
      `  save without lock or revision check: p50 ${formatMs(unguardedSave.p50)}  p95 ${formatMs(unguardedSave.p95)}`,
      `  save with lock + revision check    : p50 ${formatMs(guardedSave.p50)}  p95 ${formatMs(guardedSave.p95)}   ratio p50 ${guardRatioP50.toFixed(2)} (target ≤ ${TARGET_GUARD_RATIO})`,
      `  ${passed ? 'PASS' : 'FAIL'}`,
    ];
    return { documentKb, samples, oneClient, hundredClients, plainWriteFile, unguardedSave, guardedSave, guardRatioP50, ratioP50, ratioP95, passed, lines };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, async () => {
  const report = await runPersistenceBench();
  return { lines: report.lines, ok: report.passed };
});
