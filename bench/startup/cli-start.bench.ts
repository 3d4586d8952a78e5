import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuilt } from '../../scripts/ensure-cli-built.mjs';
import { percentile } from '../stats';
import { runWhenMain, type BenchResult } from '../standalone';
import { targetFigure } from '../figures';

/** `cairn --help` and `cairn list` on an empty folder must be done within this (median, whole process). */
export const CLI_START_TARGET_MS = 300;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Wall time of one whole process, start to exit, in ms; throws when it fails. */
function timeProcess(args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${String(result.status)}: ${result.stderr}`);
  return ms;
}

const median = (values: number[]) => percentile(values, 50);

/**
 * Start time of the built command (bin/cairn.cjs → dist/cli/cairn.cjs, what `npm run cairn`
 * and an `npm link`ed `cairn` run) beside a bare `node -e 0`, median of N runs each,
 * interleaved so that a busy machine weighs on all of them alike.
 */
export async function runCliStartBench(options: { runs?: number } = {}): Promise<BenchResult> {
  const runs = options.runs ?? Number(process.env['CAIRN_BENCH_CLI_RUNS'] ?? 15);
  if (!(await ensureCliBuilt())) return { lines: ['cli start: the CLI bundle could not be built'], ok: false };
  const empty = mkdtempSync(path.join(tmpdir(), 'cairn-cli-bench-'));
  try {
    const baseline: number[] = [];
    const help: number[] = [];
    const list: number[] = [];
    timeProcess(['bin/cairn.cjs', '--help']); // warm the file cache
    for (let run = 0; run < runs; run += 1) {
      baseline.push(timeProcess(['-e', '0']));
      help.push(timeProcess(['bin/cairn.cjs', '--help']));
      list.push(timeProcess(['bin/cairn.cjs', 'list', '--data-dir', empty]));
    }
    const helpOk = median(help) < CLI_START_TARGET_MS;
    const listOk = median(list) < CLI_START_TARGET_MS;
    const line = (what: string, values: number[], ok: boolean) =>
      `cli start, ${what}: median ${median(values).toFixed(0)} ms (p95 ${percentile(values, 95).toFixed(0)} ms, ${runs} runs) — baseline node -e 0 ${median(baseline).toFixed(0)} ms; before (tsx on the sources) about 1,700 ms; target < ${CLI_START_TARGET_MS} ms ${ok ? 'OK' : 'MISSED'}`;
    const figures = [
      targetFigure('cli start: cairn --help, median', median(help), 'ms', CLI_START_TARGET_MS, { comparison: '<', baseline: median(baseline) }),
      targetFigure('cli start: cairn list (empty folder), median', median(list), 'ms', CLI_START_TARGET_MS, { comparison: '<', baseline: median(baseline) }),
    ];
    return { lines: [line('cairn --help', help, helpOk), line('cairn list (empty folder)', list, listOk)], ok: helpOk && listOk, figures };
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, () => runCliStartBench());
