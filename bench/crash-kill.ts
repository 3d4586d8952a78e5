import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleSaveLoopChild, runCrashKills } from '../test/support/crash-kill/run-crash-kills';
import { referenceFigure, targetFigure, type BenchFigure } from './figures';

export interface CrashKillBenchReport {
  passed: boolean;
  lines: string[];
  figures: BenchFigure[];
}

/** The crash test at benchmark scale (1,000 kills by default), with the integration test's child. */
export async function runCrashKillBench(options: { iterations?: number; baseDir?: string } = {}): Promise<CrashKillBenchReport> {
  const iterations = options.iterations ?? 1_000;
  const scratch = await mkdtemp(join(options.baseDir ?? tmpdir(), 'cairn-crash-bench-'));
  try {
    const childPath = await bundleSaveLoopChild(scratch);
    const started = Date.now();
    const report = await runCrashKills({ childPath, dataDir: join(scratch, 'data'), iterations });
    const seconds = (Date.now() - started) / 1000;
    const passed = report.failures.length === 0 && report.kills === iterations;
    return {
      passed,
      figures: [
        targetFigure('crash-kill: kills completed', report.kills, 'count', iterations, { comparison: '=' }),
        targetFigure('crash-kill: documents torn, quarantined or temp files left', report.failures.length, 'count', 0, { comparison: '=' }),
        referenceFigure('crash-kill: whole run', seconds * 1000, 'ms'),
      ],
      lines: [
        `crash-kill: ${report.kills} SIGKILLs of a saving child in ${seconds.toFixed(1)} s`,
        `  saves acknowledged          : ${report.savesAcknowledged}`,
        `  kills that left a temp file : ${report.killsMidWrite} (swept at open)`,
        `  kills where the in-flight save had landed: ${report.inFlightLanded}`,
        `  documents not equal to a completed or in-flight save, quarantined, or temp files left: ${report.failures.length}`,
        ...report.failures.map((failure) => `    ${failure}`),
        `  ${passed ? 'PASS' : 'FAIL'}`,
      ],
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
