import { runCrashKillBench } from './crash-kill';
import { runPersistenceBench } from './persistence.bench';
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

/**
 * `npm run bench`: prints labelled figures and exits non-zero if a target is missed.
 * CAIRN_BENCH_DIR puts the scratch folders on another disk; CAIRN_BENCH_KILLS and
 * CAIRN_BENCH_SAMPLES shorten a run.
 */
async function main(): Promise<number> {
  const baseDir = process.env['CAIRN_BENCH_DIR'];
  const samples = Number(process.env['CAIRN_BENCH_SAMPLES'] ?? 200);
  const iterations = Number(process.env['CAIRN_BENCH_KILLS'] ?? 1_000);
  const results = [];

  const persistence = await runPersistenceBench({ samples, ...(baseDir ? { baseDir } : {}) });
  console.log(persistence.lines.join('\n'));
  results.push(persistence.passed);

  const scoring = await runScoringBench();
  console.log(scoring.lines.join('\n'));
  results.push(scoring.ok);

  for (const run of [runRoadmapBench, runRoadmapUiBench, runWorkshopBench, runFacilitatorUiBench, runXlsxBench, runPdfBench, () => runExportUiStallBench(), () => runImportBench(), runBundleSizeBench, () => runCliStartBench(), () => runWorkspaceOpenBench(baseDir ? { baseDir } : {}), () => runSyncBench()]) {
    const result = await run();
    console.log(result.lines.join('\n'));
    results.push(result.ok);
  }

  const crash = await runCrashKillBench({ iterations, ...(baseDir ? { baseDir } : {}) });
  console.log(crash.lines.join('\n'));
  results.push(crash.passed);

  const failed = results.filter((passed) => !passed).length;
  console.log(failed === 0 ? 'bench: all targets met' : `bench: ${failed} target(s) missed`);
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
