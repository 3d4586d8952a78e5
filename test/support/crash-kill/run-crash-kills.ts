import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import { isTempFileName } from '../../../electron/main/services/atomic-write';
import { createWorkspace } from '../../../electron/main/services/workspace';
import { CRASH_CLIENT_ID, crashClient } from './crash-client';

/** Bundle the child once, so each of hundreds of runs starts plain `node` (not tsx). */
export async function bundleSaveLoopChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'save-loop-child.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'save-loop-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

export interface CrashKillOptions {
  childPath: string;
  dataDir: string;
  iterations: number;
  /** Upper bound of the random wait between the child being ready and SIGKILL. */
  maxDelayMs?: number;
  onIteration?: (done: number) => void;
}

export interface CrashKillReport {
  kills: number;
  savesAcknowledged: number;
  /** Kills after which a temp file was found (the kill landed mid-write) and swept. */
  killsMidWrite: number;
  /** Kills that left the document at the save that was in flight (not yet acknowledged). */
  inFlightLanded: number;
  failures: string[];
}

/**
 * SIGKILL a child that saves one client in a loop, at random moments, `iterations` times.
 * After each kill, open the workspace like the app does (sweeping temp files) and check
 * that the document parses, equals the last acknowledged save or the one in flight, no
 * document was quarantined, and no temp file is left anywhere.
 */
export async function runCrashKills(options: CrashKillOptions): Promise<CrashKillReport> {
  const report: CrashKillReport = { kills: 0, savesAcknowledged: 0, killsMidWrite: 0, inFlightLanded: 0, failures: [] };
  /** Sequence number the document held after the previous kill (null: no document yet). */
  let previous: number | null = null;
  for (let run = 0; run < options.iterations && report.failures.length < 5; run += 1) {
    const firstSeq = (run + 1) * 1_000_000;
    const acked = await killOnce(options, firstSeq);
    report.kills += 1;
    report.savesAcknowledged += acked.length;
    const lastAck = acked.at(-1);
    const allowed: Array<number | null> = lastAck === undefined ? [previous, firstSeq] : [lastAck, lastAck + 1];
    const tempsBefore = await tempFilesUnder(options.dataDir);
    if (tempsBefore.length > 0) report.killsMidWrite += 1;
    const workspace = createWorkspace({ dataDir: options.dataDir });
    const { problems } = await workspace.open();
    const clients = await workspace.readAll();
    // The open rewrites the summaries index shortly after; done now, so no write of this
    // checker is still pending (and leaving a temp file) when the next child is killed.
    await workspace.flushIndex();
    const tempsAfter = await tempFilesUnder(options.dataDir);
    const where = `kill ${run + 1} (acknowledged ${lastAck ?? 'none'})`;
    if (problems.length > 0) report.failures.push(`${where}: document quarantined: ${problems[0]?.reason}`);
    if (tempsAfter.length > 0) report.failures.push(`${where}: temp files left after open: ${tempsAfter.join(', ')}`);
    const document = clients.find((client) => client.id === CRASH_CLIENT_ID);
    const held: number | null | undefined = document ? allowed.find((seq) => seq !== null && isDeepStrictEqual(document, crashClient(seq))) : null;
    if (document ? held === undefined : allowed[0] !== null) {
      report.failures.push(`${where}: document is "${document?.name ?? 'missing'}", expected save ${allowed.filter((s) => s !== null).join(' or ')}`);
      continue;
    }
    if (held !== null && held !== undefined && held !== (lastAck ?? previous)) report.inFlightLanded += 1;
    previous = held ?? null;
    options.onIteration?.(run + 1);
  }
  return report;
}

/** Start the child, wait for it to be ready, sleep a random moment, SIGKILL; return acknowledged seqs. */
function killOnce(options: CrashKillOptions, firstSeq: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.childPath, options.dataDir, String(firstSeq)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready' && !timer) timer = setTimeout(() => child.kill('SIGKILL'), Math.random() * (options.maxDelayMs ?? 25));
        const match = /^saved (\d+)$/.exec(line);
        if (match) acked.push(Number(match[1]));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`save loop exited by itself (code ${code}): ${stderr.trim()}`));
    });
  });
}

async function tempFilesUnder(root: string): Promise<string[]> {
  // A kill before the child created its data folder leaves nothing to inspect.
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((entry) => entry.isFile() && isTempFileName(entry.name)).map((entry) => relative(root, join(entry.parentPath, entry.name)));
}
