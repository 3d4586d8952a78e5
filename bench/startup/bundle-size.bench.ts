import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer } from '../../scripts/build.mjs';
import { INITIAL_JS_TARGET_KB, bundleSizeReport } from '../../scripts/bundle-size.mjs';
import { runWhenMain, type BenchResult } from '../standalone';
import { targetFigure } from '../figures';

/** The renderer's initial JS, gzipped, before lazy loading: the figure this bench is compared with. */
const INITIAL_JS_BEFORE_LAZY_KB = 298.0;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The renderer's initial JS (index.html's module script, its modulepreloads and their
 * static imports), gzipped, beside the figure before lazy loading and the 250 KB target.
 * Builds the renderer first unless CAIRN_BENCH_NO_BUILD=1 (then it reads dist/renderer).
 */
export async function runBundleSizeBench(): Promise<BenchResult> {
  if (process.env['CAIRN_BENCH_NO_BUILD'] !== '1') await buildRenderer();
  const report = bundleSizeReport(path.join(root, 'dist', 'renderer'));
  return { lines: report.lines, ok: report.ok, figures: [targetFigure('renderer initial JS, gzip', report.gzipKb, 'KB', INITIAL_JS_TARGET_KB, { baseline: INITIAL_JS_BEFORE_LAZY_KB })] };
}

runWhenMain(import.meta.url, runBundleSizeBench);
