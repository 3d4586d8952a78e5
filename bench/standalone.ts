import { pathToFileURL } from 'node:url';
import type { BenchFigure } from './figures';

export interface BenchResult {
  lines: string[];
  ok: boolean;
  /** The figures behind the lines, for bench-results/*.json; optional so a bench may print only. */
  figures?: BenchFigure[];
}

/**
 * Lets one bench file also run on its own (`npx tsx bench/x/y.bench.ts`): when the file is
 * the entry point, run it, print its figures and exit non-zero if a target was missed.
 */
export function runWhenMain(moduleUrl: string, run: () => Promise<BenchResult>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  run().then(
    (result) => {
      console.log(result.lines.join('\n'));
      process.exitCode = result.ok ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
