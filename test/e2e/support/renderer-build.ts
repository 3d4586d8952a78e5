import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What the renderer build reads: a change to any of these (by path, size or time) means a new build. */
const INPUTS = ['renderer', 'shared', 'vite.config.ts', 'package-lock.json', 'tsconfig.base.json'];
const STAMP = path.join('dist', 'renderer', '.cairn-build-inputs');

async function walk(file: string, out: string[]): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info) return;
  if (info.isDirectory()) {
    // Tests beside the code do not change the build.
    for (const name of (await readdir(file)).sort()) if (name !== 'node_modules' && !/\.test\.tsx?$/.test(name)) await walk(path.join(file, name), out);
  } else out.push(`${file}\t${info.size}\t${info.mtimeMs}`);
}

/** A fingerprint of the renderer's sources: every input file's path, size and modification time. */
export async function rendererInputsFingerprint(root: string): Promise<string> {
  const lines: string[] = [];
  for (const input of INPUTS) await walk(path.join(root, input), lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** True when dist/renderer was built by the e2e setup from the sources as they are now. */
export async function rendererBuildIsCurrent(root: string): Promise<boolean> {
  const stamp = await readFile(path.join(root, STAMP), 'utf8').catch(() => null);
  return stamp !== null && stamp.trim() === (await rendererInputsFingerprint(root));
}

export async function writeRendererBuildStamp(root: string): Promise<void> {
  await writeFile(path.join(root, STAMP), `${await rendererInputsFingerprint(root)}\n`);
}
