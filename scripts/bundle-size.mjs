#!/usr/bin/env node
// How much JavaScript the renderer loads before it can show anything: the module script
// index.html starts, every chunk it modulepreloads, and every chunk those import
// statically — each gzipped on its own, as it would travel. Lazy chunks (import()) do not
// count. Prints the figure beside the target and exits non-zero when over it.
//   node scripts/bundle-size.mjs [dist/renderer]   (after `npx vite build`)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The renderer's initial JS must stay at or under this, gzipped (KB of 1,000 bytes). */
export const INITIAL_JS_TARGET_KB = 250;

/** Same-folder-relative script and modulepreload URLs in index.html, in order. */
export function initialScripts(html) {
  const found = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isModuleScript = /^<script\b/i.test(tag) && /\btype\s*=\s*["']module["']/i.test(tag);
    const isPreload = /^<link\b/i.test(tag) && /\brel\s*=\s*["']modulepreload["']/i.test(tag);
    const url = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if ((isModuleScript || isPreload) && url && !found.includes(url)) found.push(url);
  }
  return found;
}

/** Chunks a built module imports statically (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` is lazy and left out. */
export function staticImports(code) {
  const specifiers = [];
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)(["'])(\.{1,2}\/[^"'\s]+?\.m?js)\1/g)) specifiers.push(match[2]);
  return specifiers;
}

/**
 * Every JS file the page loads at start (index.html's module script and modulepreloads,
 * followed through their static imports), with raw and gzipped sizes in bytes.
 */
export function measureInitialJs(rendererDir) {
  const indexFile = path.join(rendererDir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} does not exist; run "npx vite build" first.`);
  const files = new Map();
  const visit = (file) => {
    if (files.has(file)) return;
    if (!existsSync(file)) throw new Error(`index.html loads ${path.relative(rendererDir, file)}, which is not in ${rendererDir}.`);
    const code = readFileSync(file);
    files.set(file, { file: path.relative(rendererDir, file).split(path.sep).join('/'), bytes: code.length, gzipBytes: gzipSync(code).length });
    for (const specifier of staticImports(code.toString('utf8'))) visit(path.resolve(path.dirname(file), specifier));
  };
  for (const url of initialScripts(readFileSync(indexFile, 'utf8'))) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) throw new Error(`index.html loads ${url} from another origin; the renderer must load only its own files.`);
    visit(path.resolve(rendererDir, url.split(/[?#]/)[0]));
  }
  const list = [...files.values()];
  return { files: list, bytes: list.reduce((sum, item) => sum + item.bytes, 0), gzipBytes: list.reduce((sum, item) => sum + item.gzipBytes, 0) };
}

const kb = (bytes) => (bytes / 1000).toFixed(1);

/** The bench lines for a built renderer, and whether the target is met. */
export function bundleSizeReport(rendererDir, targetKb = INITIAL_JS_TARGET_KB) {
  const measured = measureInitialJs(rendererDir);
  const ok = measured.gzipBytes <= targetKb * 1000;
  const lines = [
    `renderer initial JS: ${kb(measured.gzipBytes)} KB gzip (${kb(measured.bytes)} KB raw, ${measured.files.length} file(s)) — baseline before lazy loading 298.0 KB gzip; target ≤ ${targetKb} KB gzip ${ok ? 'OK' : 'MISSED'}`,
    ...measured.files.map((item) => `  ${item.file}: ${kb(item.gzipBytes)} KB gzip`),
  ];
  return { ok, lines, gzipKb: measured.gzipBytes / 1000, rawKb: measured.bytes / 1000 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const report = bundleSizeReport(path.resolve(process.argv[2] ?? path.join(root, 'dist', 'renderer')));
    console.log(report.lines.join('\n'));
    process.exitCode = report.ok ? 0 : 1;
  } catch (error) {
    console.error(`bundle-size: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
