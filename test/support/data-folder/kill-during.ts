import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { isTempFileName } from '../../../electron/main/services/atomic-write';

/**
 * Bundle the `cairn` command once (packages left external, resolved from the repository),
 * so each of many runs starts plain `node` in milliseconds and a kill lands inside the
 * operation rather than in tsx's start-up. Written under dist/ (ignored by git).
 */
export async function bundleCli(repoRoot: string, name: string): Promise<string> {
  const outDir = join(repoRoot, 'dist', 'test-cli');
  await mkdir(outDir, { recursive: true });
  const outfile = join(outDir, `${name}-${process.pid}.mjs`);
  await build({ entryPoints: [join(repoRoot, 'electron', 'cli', 'cairn.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile, logLevel: 'silent' });
  return outfile;
}

/** Run the bundled CLI and SIGKILL it after `delayMs` (if still running); resolves with how it ended. */
export function runAndKill(cliPath: string, args: readonly string[], delayMs: number): Promise<{ killed: boolean; code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, stderr });
    });
  });
}

/** Every Cairn temp file (`.<name>.<hex>.tmp`) under a folder, relative to it. */
export async function strayTempFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && isTempFileName(entry.name)).map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/** Every file under a folder with its bytes (base64), to prove a reader changed nothing. */
export async function folderTree(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) result[relative(folder, join(entry.parentPath, entry.name))] = (await readFile(join(entry.parentPath, entry.name))).toString('base64');
  }
  return result;
}
