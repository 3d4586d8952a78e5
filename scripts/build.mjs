#!/usr/bin/env node
// Build everything Cairn runs from dist/: the renderer (Vite), the Electron main process
// and the sandboxed preload (esbuild, CommonJS), and the `cairn` CLI.
//   node scripts/build.mjs                 everything
//   node scripts/build.mjs --renderer-only the renderer only (test bridge, preview)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromRoot = (...parts) => path.join(root, ...parts);

/** Packages that must never reach the renderer: they are heavy and belong in main. */
export const FORBIDDEN_IN_RENDERER = ['exceljs', 'pdfmake', '@resvg/resvg-js'];

// Some dependencies (electron-store, conf) are ESM-only and read import.meta.url; in a
// CommonJS bundle that is undefined, so give them the bundle's own file URL instead.
const importMetaUrlShim = {
  banner: { js: 'const __cairnImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__cairnImportMetaUrl' },
};

const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // Only Electron itself is provided at run time; everything else is bundled so the
  // packaged app needs no node_modules (and ESM-only packages work from CommonJS).
  external: ['electron'],
  sourcemap: 'linked',
  // Native addons (resvg, which rasterizes the workbook's charts) are copied beside the
  // bundle that requires them; electron-builder.yml unpacks them from the asar.
  loader: { '.node': 'copy' },
  logLevel: 'warning',
  legalComments: 'none',
};

export async function buildRenderer() {
  const output = await viteBuild({ configFile: fromRoot('vite.config.ts'), logLevel: 'warn' });
  assertNoForbiddenModules(output);
}

/** Fail the build if the renderer bundle pulled in a main-only package. */
function assertNoForbiddenModules(output) {
  const outputs = Array.isArray(output) ? output : [output];
  const moduleIds = outputs
    .flatMap((result) => result.output ?? [])
    .filter((item) => item.type === 'chunk')
    .flatMap((chunk) => chunk.moduleIds ?? Object.keys(chunk.modules ?? {}));
  // Source maps list every bundled file too; they catch what the module list might miss.
  const rendererDir = fromRoot('dist', 'renderer');
  const mapSources = listFiles(rendererDir)
    .filter((file) => file.endsWith('.map'))
    .flatMap((file) => JSON.parse(readFileSync(file, 'utf8')).sources ?? []);
  const offending = [...moduleIds, ...mapSources].filter((id) =>
    FORBIDDEN_IN_RENDERER.some((name) => new RegExp(`node_modules[\\\\/]${name}([\\\\/]|$)`).test(id)),
  );
  if (offending.length > 0) {
    throw new Error(
      `The renderer bundle contains ${FORBIDDEN_IN_RENDERER.join('/')} (they belong in the main process):\n  ${[...new Set(offending)].slice(0, 10).join('\n  ')}`,
    );
  }
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The main process and its worker threads; `outDir` is dist/ unless a test builds elsewhere. */
export async function buildMain({ outDir = fromRoot('dist') } = {}) {
  await esbuild({
    ...nodeBundle,
    ...importMetaUrlShim,
    entryPoints: [fromRoot('electron', 'main', 'entry.ts')],
    outfile: path.join(outDir, 'main', 'index.cjs'),
  });
  // Deliverables (exceljs, pdfmake) are built in a worker thread; main starts it from this file beside it.
  await esbuild({
    ...nodeBundle,
    ...importMetaUrlShim,
    external: [],
    entryPoints: [fromRoot('electron', 'main', 'services', 'deliverables', 'export-worker.ts')],
    outfile: path.join(outDir, 'main', 'export-worker.cjs'),
  });
  await buildCliRuntimeFiles({ outDir });
}

/**
 * What both main and the CLI read at run time: the memory-capped worker that parses edited
 * workbooks (dist/main; the CLI bundle finds it there too) and the report fonts, read by
 * the PDF writer from dist/fonts (unpacked from the asar, see electron-builder.yml).
 */
export async function buildCliRuntimeFiles({ outDir = fromRoot('dist') } = {}) {
  await esbuild({
    ...nodeBundle,
    ...importMetaUrlShim,
    external: [],
    entryPoints: [fromRoot('electron', 'main', 'services', 'deliverables', 'xlsx-import-worker.ts')],
    outfile: path.join(outDir, 'main', 'xlsx-import-worker.cjs'),
  });
  await cp(fromRoot('resources', 'fonts'), path.join(outDir, 'fonts'), { recursive: true });
}

export async function buildPreload() {
  // A sandboxed preload may only require('electron') (and a few Node polyfills), so
  // the bundle must be self-contained CommonJS.
  await esbuild({
    ...nodeBundle,
    platform: 'browser',
    target: 'chrome130',
    entryPoints: [fromRoot('electron', 'preload', 'index.ts')],
    outfile: fromRoot('dist', 'preload', 'index.cjs'),
  });
  assertPreloadRequiresOnlyElectron(fromRoot('dist', 'preload', 'index.cjs'));
}

/** A sandboxed preload that requires anything but electron fails at run time; fail here instead. */
function assertPreloadRequiresOnlyElectron(file) {
  const required = [...readFileSync(file, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
  const unexpected = required.filter((name) => name !== 'electron');
  if (unexpected.length > 0) throw new Error(`The preload requires ${unexpected.join(', ')}; a sandboxed preload may only require electron.`);
}

/**
 * The CLI's deliverable builders (exceljs, pdfmake, fonts: most of its weight) live in a
 * file of their own beside the CLI bundle, required only when `cairn export` runs, so
 * every other command starts without reading or compiling them.
 */
export const CLI_BUILDERS_FILE = 'deliverable-builders.cjs';
const splitCliBuilders = {
  name: 'cairn-split-cli-builders',
  setup(build) {
    build.onResolve({ filter: /[\\/]deliverables[\\/]real-builders$/ }, () => ({ path: `./${CLI_BUILDERS_FILE}`, external: true }));
  },
};

/**
 * The `cairn` CLI: dist/cli/cairn.cjs and the builders it loads for exports. `outDir` is
 * dist/cli unless a test builds elsewhere. At run time it also reads what
 * buildCliRuntimeFiles writes (scripts/ensure-cli-built.mjs builds both, not the whole app).
 */
export async function buildCli({ outDir = fromRoot('dist', 'cli') } = {}) {
  const entry = fromRoot('electron', 'cli', 'cairn.ts');
  if (!existsSync(entry)) {
    console.warn('build: electron/cli/cairn.ts does not exist yet; skipping the CLI bundle.');
    return;
  }
  const cliBundle = {
    ...nodeBundle,
    ...importMetaUrlShim,
    // The CLI runs in plain Node: it must not need electron at all.
    external: [],
  };
  await Promise.all([
    esbuild({
      ...cliBundle,
      // Node runs this file directly (`cairn list`), so it starts with a shebang.
      banner: { js: `#!/usr/bin/env node\n${importMetaUrlShim.banner.js}` },
      plugins: [splitCliBuilders],
      entryPoints: [entry],
      outfile: path.join(outDir, 'cairn.cjs'),
    }),
    esbuild({
      ...cliBundle,
      entryPoints: [fromRoot('electron', 'main', 'services', 'deliverables', 'real-builders.ts')],
      outfile: path.join(outDir, CLI_BUILDERS_FILE),
    }),
  ]);
}

async function main() {
  const rendererOnly = process.argv.includes('--renderer-only');
  const started = Date.now();
  await buildRenderer();
  if (!rendererOnly) await Promise.all([buildMain(), buildPreload(), buildCli()]);
  const what = rendererOnly ? 'renderer' : 'renderer, main, preload and CLI';
  console.log(`build: ${what} built into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Run when invoked as a script; importing it (scripts/start.mjs) only loads the steps.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
