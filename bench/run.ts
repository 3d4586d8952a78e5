import { runCrashKillBench } from './crash-kill';
import { TARGET_GUARD_RATIO, TARGET_P95_MS, TARGET_RATIO, runPersistenceBench } from './persistence.bench';
import { runScoringBench } from './scoring/scoring.bench';
import { runRoadmapBench } from './roadmap/roadmap.bench';
import { runRoadmapUiBench } from './roadmap-ui/roadmap-ui.bench';
import { runWorkshopBench } from './workshop/workshop.bench';
import { runFacilitatorUiBench } from './facilitator-ui/facilitator-ui.bench';
import { runXlsxBench } from './deliverables/xlsx.bench';
import { runPdfBench } from './deliverables/pdf.bench';
import { runExportUiStallBench } from './deliverables/export-ui-stall.bench';
import { runImportBench } from './engagement-files/import.bench';
import { runBundleSizeBench } from './startup/bundle-size.bench';
import { runCliStartBench } from './startup/cli-start.bench';
import { runSyncBench } from './sync/sync.bench';
import { runWorkspaceOpenBench } from './startup/workspace-open.bench';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { targetFigure, writeBenchResults, type BenchRunRecord } from './figures';
import type { BenchResult } from './standalone';

/** Where each run's figures are written, beside the printed lines: bench-results/latest.json and a timestamped copy. */
const RESULTS_DIR = process.env['CAIRN_BENCH_RESULTS_DIR'] ?? fileURLToPath(new URL('../bench-results', import.meta.url));

/**
 * `npm run bench`: prints labelled figures and exits non-zero if a target is missed.
 * CAIRN_BENCH_DIR puts the scratch folders on another disk; CAIRN_BENCH_KILLS and
 * CAIRN_BENCH_SAMPLES shorten a run. Every figure is also written to bench-results/latest.json
 * (and a timestamped copy; CAIRN_BENCH_RESULTS_DIR puts them elsewhere) so runs can be compared.
 */
async function main(): Promise<number> {
  const baseDir = process.env['CAIRN_BENCH_DIR'];
  const samples = Number(process.env['CAIRN_BENCH_SAMPLES'] ?? 200);
  const iterations = Number(process.env['CAIRN_BENCH_KILLS'] ?? 1_000);
  const results = [];
  const benches: BenchRunRecord['benches'] = [];
  const record = (name: string, result: BenchResult) => benches.push({ name, ok: result.ok, figures: result.figures ?? [], lines: result.lines });

  const persistence = await runPersistenceBench({ samples, ...(baseDir ? { baseDir } : {}) });
  console.log(persistence.lines.join('\n'));
  results.push(persistence.passed);
  record('persistence', {
    lines: persistence.lines,
    ok: persistence.passed,
    figures: [
      targetFigure('persistence: save p50 ratio, 100 clients / 1', persistence.ratioP50, 'ratio', TARGET_RATIO),
      targetFigure('persistence: save p95, workspace of 1 client', persistence.oneClient.p95, 'ms', TARGET_P95_MS, { comparison: '<', baseline: persistence.plainWriteFile.p95 }),
      targetFigure('persistence: save p95, workspace of 100 clients', persistence.hundredClients.p95, 'ms', TARGET_P95_MS, { comparison: '<', baseline: persistence.plainWriteFile.p95 }),
      targetFigure('persistence: lock + revision check, p50 ratio to the plain save', persistence.guardRatioP50, 'ratio', TARGET_GUARD_RATIO, { baseline: persistence.unguardedSave.p50 }),
    ],
  });

  const scoring = await runScoringBench();
  console.log(scoring.lines.join('\n'));
  results.push(scoring.ok);
  record('scoring', scoring);

  const named: [string, () => Promise<BenchResult>][] = [
    ['roadmap', runRoadmapBench],
    ['roadmap-ui', runRoadmapUiBench],
    ['workshop', runWorkshopBench],
    ['facilitator-ui', runFacilitatorUiBench],
    ['xlsx', runXlsxBench],
    ['pdf', runPdfBench],
    ['export-ui-stall', () => runExportUiStallBench()],
    ['import', () => runImportBench()],
    ['bundle-size', runBundleSizeBench],
    ['cli-start', () => runCliStartBench()],
    ['workspace-open', () => runWorkspaceOpenBench(baseDir ? { baseDir } : {})],
    ['sync', () => runSyncBench()],
  ];
  for (const [name, run] of named) {
    const result = await run();
    console.log(result.lines.join('\n'));
    results.push(result.ok);
    record(name, result);
  }

  const crash = await runCrashKillBench({ iterations, ...(baseDir ? { baseDir } : {}) });
  console.log(crash.lines.join('\n'));
  results.push(crash.passed);
  record('crash-kill', { lines: crash.lines, ok: crash.passed, figures: crash.figures });

  const failed = results.filter((passed) => !passed).length;
  console.log(failed === 0 ? 'bench: all targets met' : `bench: ${failed} target(s) missed`);
  const written = await writeBenchResults(RESULTS_DIR, {
    finishedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
    cpus: os.cpus().length,
    ok: failed === 0,
    benches,
  });
  console.log(`bench: figures written to ${path.relative(process.cwd(), written.latest) || written.latest} (and ${path.basename(written.stamped)})`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
