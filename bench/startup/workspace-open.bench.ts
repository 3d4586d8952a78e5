import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildLargeDemoClient } from '../../shared/demo/large-demo';
import { serializeClientDocument } from '../../shared/file-format/client-document-format';
import { createAppServices, type AppServices } from '../../electron/main/services/app-services';
import { createNodePreferencesStore } from '../../electron/main/services/node-preferences-store';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { percentile } from '../stats';
import { runWhenMain, type BenchResult } from '../standalone';

/** The list of 100 clients may take at most this many times the list of 1. */
export const LIST_TARGET_RATIO = 1.5;
/** Opening one client in a workspace of 100 takes the same time as in a workspace of 1, within this much noise. */
export const OPEN_ONE_TARGET_RATIO = 1.25;

const median = (values: number[]) => percentile(values, 50);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1_000).toFixed(1)} KB`;

/**
 * `count` copies of the large demo client (≈1.7 MB each) in a fresh data folder: the bytes
 * are written once, each copy with its own ids (every id of the demo starts with the
 * client's id, so renaming that prefix renames them all) and its own name.
 */
async function seed(dataDir: string, count: number): Promise<{ ids: string[]; bytes: number }> {
  const demo = buildLargeDemoClient();
  const text = serializeClientDocument(demo);
  const clients = join(dataDir, 'clients');
  await mkdir(clients, { recursive: true });
  const ids: string[] = [];
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const id = `w${String(index).padStart(3, '0')}-${demo.id}`;
    const copy = text.replaceAll(`"${demo.id}`, `"${id}`).replace(JSON.stringify(demo.name), JSON.stringify(`${demo.name} #${index + 1}`));
    await writeFile(join(clients, `${id}.json`), copy);
    ids.push(id);
    bytes += Buffer.byteLength(copy);
  }
  return { ids, bytes };
}

const platform = { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null };

async function timedCall(services: AppServices, name: string, payload: unknown): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const result = await dispatch(services.handlers, name, payload);
  // What crosses to the renderer: the payload serialised, as IPC does.
  const bytes = Buffer.byteLength(JSON.stringify(result));
  const elapsed = performance.now() - start;
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return { ms: elapsed, bytes };
}

/** The old way of opening: every document read and parsed. */
async function readAndParseAll(dataDir: string): Promise<number> {
  const clients = join(dataDir, 'clients');
  const start = performance.now();
  for (const name of await readdir(clients)) JSON.parse(await readFile(join(clients, name), 'utf8'));
  return performance.now() - start;
}

interface Folder {
  dataDir: string;
  ids: string[];
  bytes: number;
  services: AppServices;
}

/**
 * Opening a workspace of 1 and of 100 large-demo-sized clients through the `openWorkspace`
 * handler (with the summaries index warm), and opening one client (`readClient`), beside
 * the baseline of reading and parsing every document; plus the first open with no index.
 */
export async function runWorkspaceOpenBench(options: { runs?: number; baseDir?: string } = {}): Promise<BenchResult> {
  const runs = options.runs ?? Number(process.env['CAIRN_BENCH_OPEN_RUNS'] ?? 7);
  const scratch = await mkdtemp(join(options.baseDir ?? tmpdir(), 'cairn-open-bench-'));
  const folders: Folder[] = [];
  try {
    for (const count of [1, 100]) {
      const dataDir = join(scratch, `clients-${count}`);
      const { ids, bytes } = await seed(dataDir, count);
      const services = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform });
      folders.push({ dataDir, ids, bytes, services });
    }
    const [one, hundred] = folders as [Folder, Folder];

    // First open with no index: every document is read, validated and summarised once.
    const rebuild = await timedCall(hundred.services, 'openWorkspace', {});
    await timedCall(one.services, 'openWorkspace', {});
    await hundred.services.workspace.flushIndex();
    await one.services.workspace.flushIndex();

    const times = { list1: [] as number[], list100: [] as number[], open1: [] as number[], open100: [] as number[], base1: [] as number[], base100: [] as number[] };
    let payload1 = 0;
    let payload100 = 0;
    let documentBytes = 0;
    // Interleaved, so a busy machine weighs on every figure alike.
    for (let run = 0; run < runs; run += 1) {
      const list1 = await timedCall(one.services, 'openWorkspace', {});
      const list100 = await timedCall(hundred.services, 'openWorkspace', {});
      times.list1.push(list1.ms);
      times.list100.push(list100.ms);
      payload1 = list1.bytes;
      payload100 = list100.bytes;
      const open1 = await timedCall(one.services, 'readClient', { id: one.ids[0] });
      const open100 = await timedCall(hundred.services, 'readClient', { id: hundred.ids[run % hundred.ids.length] });
      times.open1.push(open1.ms);
      times.open100.push(open100.ms);
      documentBytes = open100.bytes;
      times.base1.push(await readAndParseAll(one.dataDir));
      times.base100.push(await readAndParseAll(hundred.dataDir));
    }

    const listRatio = median(times.list100) / median(times.list1);
    const openRatio = median(times.open100) / median(times.open1);
    const listOk = listRatio <= LIST_TARGET_RATIO;
    const openOk = openRatio <= OPEN_ONE_TARGET_RATIO;
    const lines = [
      `workspace open, client list (warm index), 100 clients (${mb(hundred.bytes)}): median ${ms(median(times.list100))}, ${kb(payload100)} to the renderer — 1 client: ${ms(median(times.list1))}, ${kb(payload1)}; ratio ${listRatio.toFixed(2)}× (target ≤ ${LIST_TARGET_RATIO}×) ${listOk ? 'OK' : 'MISSED'}; baseline read + JSON.parse of every document ${ms(median(times.base100))} (1 client: ${ms(median(times.base1))}); before: every document sent (${mb(hundred.bytes)})`,
      `workspace open, one client (readClient) in a workspace of 100: median ${ms(median(times.open100))} (${mb(documentBytes)} to the renderer) — in a workspace of 1: ${ms(median(times.open1))}; ratio ${openRatio.toFixed(2)}× (target equal within noise, ≤ ${OPEN_ONE_TARGET_RATIO}×) ${openOk ? 'OK' : 'MISSED'}`,
      `workspace open, first open with no summaries index (rebuilt from the 100 documents): ${ms(rebuild.ms)} (not a target; baseline read + JSON.parse ${ms(median(times.base100))})`,
    ];
    return { lines, ok: listOk && openOk };
  } finally {
    for (const folder of folders) await folder.services.close().catch(() => undefined);
    await rm(scratch, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, () => runWorkspaceOpenBench());
