import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DeliverableInput } from '../../../../shared/deliverables/deliverable-input';
import type { DeliverableRequest } from '../../../../shared/deliverables/deliverable-request';
import type { ExportJobState, ExportJobStatus, ExportPreview, WorkbookSheetPreview } from '../../../../shared/ipc/contract-exports';
import { OperationError } from '../../ipc/operation-error';
import { sweepTempFiles, writeFileAtomic } from '../atomic-write';
import { nodeFsPort, type FsPort } from '../fs-port';
import type { ExportWorkerData, ExportWorkerMessage } from './export-worker-runtime';
import { unpackedPath } from './unpacked-path';

/** The file a worker runs and the arguments it is given. */
export interface ExportWorkerSpec {
  file: string;
  argv: string[];
}

/** A TypeScript worker entry, run from source through tsx. */
export const sourceWorker = (entry: string): ExportWorkerSpec => ({ file: join(dirname(fileURLToPath(import.meta.url)), 'ts-worker-bootstrap.mjs'), argv: [entry] });

/**
 * The real worker: the bundled `export-worker.cjs` beside the packaged main (unpacked from
 * the asar, see electron-builder.yml), or the
 * TypeScript source under tsx when main itself runs from source (tests, the bridge).
 */
export function defaultExportWorker(moduleUrl: string = import.meta.url): ExportWorkerSpec {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.cjs')) return { file: unpackedPath(join(dirname(here), 'export-worker.cjs')), argv: [] };
  return sourceWorker(join(dirname(here), 'export-worker.ts'));
}

export interface ExportJobsOptions {
  worker?: ExportWorkerSpec;
  fs?: FsPort;
  newId?: () => string;
  /** Finished previews kept in memory; older ones are dropped. */
  maxPreviews?: number;
  /** Builds running at once; more are refused with a message. */
  maxRunning?: number;
}

export interface ExportJobs {
  /** Start building; `target` null keeps the result as a preview. Returns the job id. */
  start(request: DeliverableRequest, input: DeliverableInput, target: string | null): string;
  status(jobId: string): ExportJobStatus;
  /** Stop a build; true if it was stopped. A job already writing its file is not stopped. */
  cancel(jobId: string): boolean;
  preview(jobId: string): ExportPreview;
  /** Resolves with the job's final status. */
  settled(jobId: string): Promise<ExportJobStatus>;
  /** Stop every running build. */
  dispose(): Promise<void>;
}

interface Job {
  id: string;
  request: DeliverableRequest;
  state: ExportJobState;
  writing: boolean;
  progress: number;
  message: string;
  bytes: number | null;
  worker: Worker | null;
  preview: { pdf: Uint8Array } | { sheets: WorkbookSheetPreview[] } | null;
  finishedAt: number;
  settled: Promise<ExportJobStatus>;
  settle: (status: ExportJobStatus) => void;
}

/** Finished jobs remembered for status calls; the oldest are forgotten beyond this. */
const MAX_FINISHED_JOBS = 50;

/**
 * Deliverables built in worker threads, so the main process (and the window it serves)
 * never waits on exceljs or pdfmake. A saved file is written atomically only once the
 * whole build succeeded: a cancelled or failed job leaves nothing behind.
 */
export function createExportJobs(options: ExportJobsOptions = {}): ExportJobs {
  const worker = options.worker ?? defaultExportWorker();
  const fs = options.fs ?? nodeFsPort;
  const newId = options.newId ?? randomUUID;
  const maxPreviews = options.maxPreviews ?? 3;
  const maxRunning = options.maxRunning ?? 3;
  const jobs = new Map<string, Job>();

  const statusOf = (job: Job): ExportJobStatus => ({ jobId: job.id, state: job.state, progress: job.progress, message: job.message, bytes: job.bytes });

  const find = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new OperationError('not-found', 'That export is no longer known; start it again.');
    return job;
  };

  function finish(job: Job, state: Exclude<ExportJobState, 'running'>, message: string): void {
    if (job.state !== 'running') return;
    job.state = state;
    job.message = message;
    if (state === 'done') job.progress = 1;
    job.finishedAt = Date.now();
    const running = job.worker;
    job.worker = null;
    if (running) void running.terminate();
    job.settle(statusOf(job));
    forgetOld();
  }

  /** Bounded memory: keep a few previews and a few dozen finished statuses. */
  function forgetOld(): void {
    const finished = [...jobs.values()].filter((job) => job.state !== 'running').sort((a, b) => b.finishedAt - a.finishedAt);
    finished.filter((job) => job.preview !== null && 'pdf' in job.preview).slice(maxPreviews).forEach((job) => (job.preview = null));
    finished.filter((job) => job.preview !== null).slice(maxPreviews * 2).forEach((job) => (job.preview = null));
    finished.slice(MAX_FINISHED_JOBS).forEach((job) => jobs.delete(job.id));
  }

  async function completed(job: Job, bytes: Uint8Array, sheets: WorkbookSheetPreview[] | null, target: string | null): Promise<void> {
    job.worker = null;
    if (target === null) {
      job.bytes = bytes.byteLength;
      job.preview = sheets ? { sheets } : { pdf: bytes };
      finish(job, 'done', 'Preview ready');
      return;
    }
    job.writing = true;
    job.progress = Math.max(job.progress, 0.97);
    job.message = 'Saving the file…';
    try {
      // A killed export left its temp file here; this export to the same folder clears it.
      await sweepTempFiles(fs, dirname(target)).catch(() => []);
      await writeFileAtomic(fs, target, bytes);
      job.bytes = bytes.byteLength;
      finish(job, 'done', 'Saved');
    } catch (error) {
      finish(job, 'failed', describeWriteError(error));
    }
  }

  return {
    start(request, input, target) {
      const running = [...jobs.values()].filter((job) => job.state === 'running').length;
      if (running >= maxRunning) throw new OperationError('locked', `${running} exports are already running; wait for one to finish.`);
      let settle: (status: ExportJobStatus) => void = () => undefined;
      const settled = new Promise<ExportJobStatus>((resolve) => (settle = resolve));
      const job: Job = {
        id: newId(),
        request,
        state: 'running',
        writing: false,
        progress: 0,
        message: 'Starting…',
        bytes: null,
        worker: null,
        preview: null,
        finishedAt: 0,
        settled,
        settle,
      };
      jobs.set(job.id, job);
      const data: ExportWorkerData = { request, input, preview: target === null };
      const thread = new Worker(worker.file, { workerData: data, argv: worker.argv });
      thread.unref();
      job.worker = thread;
      thread.on('message', (message: ExportWorkerMessage) => {
        if (job.state !== 'running' || job.writing) return;
        if (message.type === 'progress') {
          job.progress = Math.max(job.progress, Math.min(0.96, message.progress));
          job.message = message.message;
        } else if (message.type === 'done') {
          void thread.terminate();
          void completed(job, message.bytes, message.sheets, target);
        } else {
          finish(job, 'failed', `The ${KIND_NAME[request.kind]} could not be built: ${message.message}`);
        }
      });
      thread.on('error', (error) => finish(job, 'failed', `The ${KIND_NAME[request.kind]} could not be built: ${error.message}`));
      thread.on('exit', (code) => {
        if (job.worker === thread) finish(job, 'failed', `The export stopped unexpectedly (exit code ${code}).`);
      });
      return job.id;
    },

    status: (jobId) => statusOf(find(jobId)),

    cancel(jobId) {
      const job = find(jobId);
      if (job.state !== 'running' || job.writing) return false;
      finish(job, 'cancelled', 'Cancelled; nothing was saved.');
      return true;
    },

    preview(jobId) {
      const job = find(jobId);
      if (job.state !== 'done') throw new OperationError('invalid-request', 'The preview is not ready yet.');
      if (!job.preview) throw new OperationError('not-found', 'That preview was discarded to save memory; make it again.');
      if ('sheets' in job.preview) return { kind: 'workbook', sheets: job.preview.sheets };
      return { kind: 'pdf', base64: Buffer.from(job.preview.pdf.buffer, job.preview.pdf.byteOffset, job.preview.pdf.byteLength).toString('base64') };
    },

    settled: (jobId) => find(jobId).settled,

    async dispose() {
      for (const job of jobs.values()) if (job.state === 'running' && !job.writing) finish(job, 'cancelled', 'Cancelled; nothing was saved.');
      await Promise.all([...jobs.values()].filter((job) => job.state === 'running').map((job) => job.settled));
    },
  };
}

const KIND_NAME: Record<DeliverableRequest['kind'], string> = { workbook: 'workbook', report: 'report', agenda: 'agenda' };

/** Why a finished file could not be written, in words that say what to do. */
export function describeWriteError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full; the file was not saved. Free some space and save again.';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'Cairn may not write to that folder; the file was not saved. Choose another folder.';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'The file is open in another program; close it there and save again.';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'That folder no longer exists; the file was not saved.';
    default:
      return `The file could not be saved${code ? ` (${code})` : ''}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
