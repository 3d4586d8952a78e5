// Is the built `cairn` command (dist/cli) older than the code it was built from?
// The decision is a pure function of modification times, so it can be tested; the
// rest only collects those times from disk.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The files under dist/ the CLI runs from; a missing one means a build is due. */
export const CLI_OUTPUTS = ['cli/cairn.cjs', 'cli/deliverable-builders.cjs', 'main/xlsx-import-worker.cjs', 'fonts/Inter_400Regular.ttf'];

/** Where the CLI's code comes from: its TypeScript (tests excluded), package.json (version, dependencies) and the build script. */
export const CLI_SOURCE_DIRS = ['electron', 'shared'];
export const CLI_SOURCE_FILES = ['package.json', 'scripts/build.mjs', 'resources/fonts'];

const isSource = (name) => /\.(ts|tsx|mts|cts|js|mjs|cjs|json)$/.test(name) && !/\.test\.tsx?$/.test(name);

/**
 * Decide from modification times (ms since the epoch). `outputs` holds null for a missing
 * file. Stale when an output is missing, or when any source is newer than the oldest output.
 */
export function decideCliFreshness({ sources, outputs }) {
  const missing = outputs.filter((output) => output.mtimeMs === null);
  if (missing.length > 0) return { stale: true, reason: `${missing.map((output) => output.path).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing` };
  if (outputs.length === 0) return { stale: true, reason: 'no outputs to compare' };
  const oldest = outputs.reduce((a, b) => (b.mtimeMs < a.mtimeMs ? b : a));
  const newer = sources.filter((source) => source.mtimeMs > oldest.mtimeMs);
  if (newer.length === 0) return { stale: false, reason: 'the built CLI is newer than every source file' };
  const newest = newer.reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  return { stale: true, reason: `${newer.length} source file(s) changed since the last build (newest: ${newest.path})` };
}

function listSources(root, relative, into) {
  const full = path.join(root, relative);
  if (!existsSync(full)) return into;
  const stat = statSync(full);
  if (stat.isFile()) {
    into.push({ path: relative, mtimeMs: stat.mtimeMs });
    return into;
  }
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) listSources(root, child, into);
    else if (entry.isFile() && (relative.startsWith('resources') || isSource(entry.name))) into.push({ path: child, mtimeMs: statSync(path.join(root, child)).mtimeMs });
  }
  return into;
}

/** Read the modification times under `root` (the repository) and `distDir` (its dist/). */
export function cliFreshness(root, distDir = path.join(root, 'dist')) {
  const sources = [];
  for (const dir of CLI_SOURCE_DIRS) listSources(root, dir, sources);
  for (const file of CLI_SOURCE_FILES) listSources(root, file, sources);
  const outputs = CLI_OUTPUTS.map((output) => {
    const file = path.join(distDir, output);
    return { path: `dist/${output}`, mtimeMs: existsSync(file) ? statSync(file).mtimeMs : null };
  });
  return decideCliFreshness({ sources, outputs });
}
