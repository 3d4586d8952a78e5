import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleSizeReport, initialScripts, measureInitialJs, staticImports } from './bundle-size.mjs';

const ENTRY = 'import{a as b}from"./shared-1.js";import"./side-2.js";const lazy=()=>import("./lazy-3.js");console.log(b,lazy,"entry code that is long enough to compress: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");';
const FILES: Record<string, string> = {
  'index.html':
    '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src \'self\'">' +
    '<script type="module" crossorigin src="./assets/entry-0.js"></script>' +
    '<link rel="modulepreload" crossorigin href="./assets/shared-1.js">' +
    '<link rel="stylesheet" href="./assets/index.css"></head><body></body></html>',
  'assets/entry-0.js': ENTRY,
  'assets/shared-1.js': 'export const a = 1;'.repeat(20),
  'assets/side-2.js': 'globalThis.side = "side effect";',
  'assets/lazy-3.js': 'export default "only when asked for";'.repeat(50),
  'assets/index.css': 'body{margin:0}',
};

describe('bundle-size', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const fixture = () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cairn-bundle-size-'));
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  };

  it('finds the module script and the modulepreloads, not the stylesheet', () => {
    expect(initialScripts(FILES['index.html']!)).toEqual(['./assets/entry-0.js', './assets/shared-1.js']);
  });

  it('follows static imports but not import()', () => {
    expect(staticImports(ENTRY)).toEqual(['./shared-1.js', './side-2.js']);
  });

  it('sums each initial file gzipped on its own, leaving lazy chunks out', () => {
    const measured = measureInitialJs(fixture());
    const initial = ['assets/entry-0.js', 'assets/shared-1.js', 'assets/side-2.js'];
    expect(measured.files.map((file) => file.file).sort()).toEqual(initial);
    expect(measured.gzipBytes).toBe(initial.reduce((sum, file) => sum + gzipSync(FILES[file]!).length, 0));
    expect(measured.bytes).toBe(initial.reduce((sum, file) => sum + Buffer.byteLength(FILES[file]!), 0));
  });

  it('passes under the target and fails over it', () => {
    const root = fixture();
    const gzipKb = measureInitialJs(root).gzipBytes / 1000;
    expect(bundleSizeReport(root, gzipKb + 0.01).ok).toBe(true);
    const over = bundleSizeReport(root, gzipKb - 0.01);
    expect(over.ok).toBe(false);
    expect(over.lines[0]).toMatch(/MISSED/);
  });

  it('says what to do when the renderer is not built', () => {
    expect(() => measureInitialJs(path.join(tmpdir(), 'cairn-no-such-build'))).toThrow(/npx vite build/);
  });
});
