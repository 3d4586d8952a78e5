import type { Client } from '../../shared/domain/client';
import { buildLargeDemoClient } from '../../shared/demo/large-demo';
import { readEngagementFile, serializeEngagementFile } from '../../shared/file-format/engagement-file';
import { percentile } from '../stats';
import { runWhenMain, type BenchResult } from '../standalone';
import { referenceFigure, targetFigure } from '../figures';

/**
 * Reading a 10 MB file (safe parse, migration check, validation, integrity, unknown fields)
 * should cost at most this many times `JSON.parse` of the same text, measured in the same run.
 */
export const IMPORT_READ_TARGET_RATIO = 3;
const TARGET_BYTES = 10 * 1024 * 1024;

/**
 * The large demo client, grown with copies of its workshops and initiatives (fresh top-level
 * ids, so the file stays valid) until its `.cairn` text reaches about 10 MB.
 */
export function tenMegabyteEngagementFile(): { text: string; client: Client } {
  const base = buildLargeDemoClient();
  const client: Client = { ...base, workshops: [...base.workshops], initiatives: [...base.initiatives] };
  const serialize = () => serializeEngagementFile({ client, frameworks: [], appVersion: '0.1.0', exportedAt: '2026-03-02T09:30:00.000Z' });
  let text = serialize();
  for (let copy = 1; text.length < TARGET_BYTES && copy < 40; copy += 1) {
    client.workshops.push(...base.workshops.map((workshop) => ({ ...workshop, id: `${workshop.id}-c${copy}` })));
    if (client.initiatives.length + base.initiatives.length <= 5_000) {
      client.initiatives.push(...base.initiatives.map((initiative) => ({ ...initiative, id: `${initiative.id}-c${copy}`, dependsOn: [] })));
    }
    text = serialize();
  }
  return { text, client };
}

/**
 * Import read of a ~10 MB engagement file (what `previewImport` does before planning) beside
 * `JSON.parse` of the same text, alternating in one run (the order swapped each sample);
 * medians of each, and their ratio against the target.
 */
export async function runImportBench(options: { samples?: number } = {}): Promise<BenchResult> {
  const samples = options.samples ?? 9;
  const { text, client } = tenMegabyteEngagementFile();
  // Warm-up: JIT, zod's first compilation of the schemas and the fast path's.
  for (let round = 0; round < 2; round += 1) {
    const warm = readEngagementFile(text);
    if (!warm.ok) throw new Error(`the bench file does not read: ${warm.error.message}`);
    JSON.parse(text);
  }
  const ours: number[] = [];
  const plain: number[] = [];
  const timeRead = () => {
    const start = performance.now();
    const read = readEngagementFile(text);
    ours.push(performance.now() - start);
    if (!read.ok) throw new Error(read.error.message);
  };
  const timeParse = () => {
    const start = performance.now();
    JSON.parse(text);
    plain.push(performance.now() - start);
  };
  for (let sample = 0; sample < samples; sample += 1) {
    if (sample % 2 === 0) {
      timeRead();
      timeParse();
    } else {
      timeParse();
      timeRead();
    }
  }
  const [mine, base] = [percentile(ours, 50), percentile(plain, 50)];
  const ratio = mine / base;
  const ok = ratio <= IMPORT_READ_TARGET_RATIO;
  return {
    ok,
    figures: [referenceFigure('import: 10 MB file read + validate, median', mine, 'ms', base), targetFigure('import: ratio to JSON.parse', ratio, 'ratio', IMPORT_READ_TARGET_RATIO)],
    lines: [
      `import: ${(text.length / (1024 * 1024)).toFixed(1)} MB engagement file (${client.workshops.length} workshops, ${client.initiatives.length} initiatives, ${client.kpis.length} KPIs), median of ${samples}`,
      `  import read + validate (safety walk, migration check, schema, integrity)  ${mine.toFixed(0)} ms`,
      `  JSON.parse of the same text (baseline, same run)                         ${base.toFixed(0)} ms`,
      `  ratio ${ratio.toFixed(1)}× (target ≤ ${IMPORT_READ_TARGET_RATIO}×): ${ok ? 'OK' : 'OVER'}`,
    ],
  };
}

runWhenMain(import.meta.url, () => runImportBench());
