import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Client } from '../../../../shared/domain/client';
import { applyWorkbookEdits, type WorkbookTables } from '../../../../shared/deliverables/workbook/apply-workbook-edits';
import type { Result } from '../../../../shared/result';
import { WORKBOOK_LIMITS, checkWorkbookZip } from './xlsx-zip-guard';
import { unpackedPath } from './unpacked-path';

/** The import worker's heap cap: a workbook within the zip limits parses in a fraction of it. */
export const IMPORT_WORKER_HEAP_MB = 384;
export const IMPORT_WORKER_TIMEOUT_MS = 60_000;

export interface WorkbookWorkerSpec {
  file: string;
  argv: string[];
}

/**
 * The parse worker: the bundled `xlsx-import-worker.cjs` (beside the packaged main, or in
 * dist/main when the CLI runs), or the TypeScript source through tsx when running from
 * source (tests, the bridge).
 */
export function defaultImportWorker(moduleUrl: string = import.meta.url): WorkbookWorkerSpec {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.cjs')) {
    const beside = unpackedPath(join(dirname(here), 'xlsx-import-worker.cjs'));
    return { file: existsSync(beside) ? beside : unpackedPath(join(dirname(here), '..', 'main', 'xlsx-import-worker.cjs')), argv: [] };
  }
  return { file: join(dirname(here), 'ts-worker-bootstrap.mjs'), argv: [join(dirname(here), 'xlsx-import-worker.ts')] };
}

const refuse = (message: string): Result<never> => ({ ok: false, error: { code: 'invalid-request', message } });

/** Parses guarded bytes in a worker thread with a capped heap and a time limit. */
export function parseInWorker(bytes: Uint8Array, spec: WorkbookWorkerSpec = defaultImportWorker(), heapMb = IMPORT_WORKER_HEAP_MB): Promise<Result<WorkbookTables>> {
  return new Promise((resolve) => {
    let settled = false;
    const thread = new Worker(spec.file, {
      argv: spec.argv,
      workerData: bytes,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    const done = (result: Result<WorkbookTables>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void thread.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => done(refuse(`Reading the workbook took longer than ${IMPORT_WORKER_TIMEOUT_MS / 1000} seconds; it was stopped.`)), IMPORT_WORKER_TIMEOUT_MS);
    thread.on('message', (message: { ok: true; tables: WorkbookTables } | { ok: false; message: string }) =>
      done(message.ok ? { ok: true, value: message.tables } : refuse(`The workbook cannot be read: ${message.message}`)),
    );
    thread.on('error', (error: Error & { code?: string }) =>
      done(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? refuse(`The workbook needs more memory to read than Cairn allows (${heapMb} MB).`)
          : refuse(`The workbook cannot be read: ${error.message}`),
      ),
    );
    thread.on('exit', (code) => done(refuse(`Reading the workbook stopped unexpectedly (exit code ${code}).`)));
  });
}

export interface ReadWorkbookOptions {
  now?: () => Date;
  newId?: () => string;
  worker?: WorkbookWorkerSpec;
}

/**
 * The base client with the edits of a Cairn workbook applied (initiatives, KPIs and
 * measurements, assessment values, actions; see docs/workbook-layout.md). The file is
 * untrusted: its size is checked before it is read, the zip guard checks it before any
 * parser sees it, and exceljs parses it in a worker with a memory cap. Every refusal is
 * one sentence; nothing is changed on disk here.
 */
export async function readWorkbookEdits(bytesOrPath: Uint8Array | string, base: Client, options: ReadWorkbookOptions = {}): Promise<Result<Client>> {
  let bytes: Buffer;
  if (typeof bytesOrPath === 'string') {
    try {
      const size = (await stat(bytesOrPath)).size;
      if (size > WORKBOOK_LIMITS.fileBytes) return refuse(`The workbook is ${Math.round(size / (1024 * 1024))} MB; Cairn imports workbooks of at most ${WORKBOOK_LIMITS.fileBytes / (1024 * 1024)} MB.`);
      bytes = await readFile(bytesOrPath);
    } catch (error) {
      return refuse(`The workbook cannot be opened: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message}.`);
    }
  } else {
    bytes = Buffer.from(bytesOrPath.buffer, bytesOrPath.byteOffset, bytesOrPath.byteLength);
  }
  const guarded = await checkWorkbookZip(bytes);
  if (!guarded.ok) return guarded;
  const parsed = await parseInWorker(new Uint8Array(bytes), options.worker);
  if (!parsed.ok) return parsed;
  return applyWorkbookEdits(base, parsed.value, { now: (options.now?.() ?? new Date()).toISOString(), newId: options.newId ?? randomUUID });
}
