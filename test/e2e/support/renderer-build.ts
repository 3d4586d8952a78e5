import { createHash } from 'node:crypto';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What the renderer build reads: a change to any of these (by path, size or time) means a new build. */
const INPUTS = ['renderer', 'shared', 'vite.config.ts', 'package-lock.json', 'tsconfig.base.json'];
const STAMP = path.join('dist', 'renderer', '.cairn-build-inputs');
const FAILED = path.join('dist', '.cairn-build-failed');

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

/** The fingerprint dist/renderer was last built from by the e2e setup, or null. */
async function builtFingerprint(root: string): Promise<string | null> {
  return (await readFile(path.join(root, STAMP), 'utf8').catch(() => null))?.trim() ?? null;
}

/** True when dist/renderer was built by the e2e setup from the sources as they are now. */
export async function rendererBuildIsCurrent(root: string, fingerprint: string): Promise<boolean> {
  return (await builtFingerprint(root)) === fingerprint;
}

/** Before a build: no stamp and no failure left from an earlier run, so waiters wait for this one. */
export async function clearRendererBuildStamp(root: string): Promise<void> {
  await rm(path.join(root, STAMP), { force: true });
  await rm(path.join(root, FAILED), { force: true });
}

export async function writeRendererBuildStamp(root: string, fingerprint: string): Promise<void> {
  await writeFile(path.join(root, STAMP), `${fingerprint}\n`);
}

export async function writeRendererBuildFailure(root: string, message: string): Promise<void> {
  await writeFile(path.join(root, FAILED), message);
}

/**
 * Waits until the renderer built from `fingerprint` is in dist/renderer (the e2e setup builds
 * it while the unit and component files already run); throws with the build's error if it failed.
 */
export async function waitForRendererBuild(root: string, fingerprint: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await builtFingerprint(root)) === fingerprint) return;
    const failed = await readFile(path.join(root, FAILED), 'utf8').catch(() => null);
    if (failed !== null) throw new Error(`The renderer build for the e2e tests failed: ${failed}`);
    if (Date.now() > deadline) throw new Error(`The renderer build for the e2e tests did not finish within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
