#!/usr/bin/env node
// The built `cairn` command (dist/cli) is what `npm run cairn` runs, not the TypeScript:
// this step rebuilds only the CLI, the workbook-import worker and the fonts (esbuild, a second or two) when a source file is newer
// than the bundle, and otherwise costs a directory walk of a few milliseconds. Messages
// go to stderr so that `npm run -s cairn -- list --json` stays clean JSON.
//   node scripts/ensure-cli-built.mjs          rebuild dist/cli if it is stale
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliFreshness } from './cli-freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Rebuild dist/cli when it is missing or older than its sources; false when the build failed. */
export async function ensureCliBuilt({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const decision = cliFreshness(root);
  if (!decision.stale) return true;
  const started = Date.now();
  log(`cairn: building the command line (${decision.reason})…`);
  try {
    const { buildCli, buildCliRuntimeFiles } = await import('./build.mjs');
    await Promise.all([buildCli(), buildCliRuntimeFiles()]);
    log(`cairn: built dist/cli in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return true;
  } catch (error) {
    log(`cairn: the command line could not be built: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!(await ensureCliBuilt())) process.exitCode = 1;
}
