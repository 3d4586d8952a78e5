import { parentPort, workerData } from 'node:worker_threads';
import type { DeliverableInput } from '../../../../shared/deliverables/deliverable-input';
import type { DeliverableRequest } from '../../../../shared/deliverables/deliverable-request';
import type { WorkbookSheetPreview } from '../../../../shared/ipc/contract-exports';
import { buildDeliverable, type DeliverableBuilders } from './build-deliverable';

/** What the job manager hands a worker. */
export interface ExportWorkerData {
  request: DeliverableRequest;
  input: DeliverableInput;
  /** A preview of a workbook needs its sheets, not its bytes. */
  preview: boolean;
}

/** What a worker tells the job manager. */
export type ExportWorkerMessage =
  | { type: 'progress'; progress: number; message: string }
  | { type: 'done'; bytes: Uint8Array; sheets: WorkbookSheetPreview[] | null }
  | { type: 'failed'; message: string };

/** Progress messages are sent at most this often, so a chatty writer does not flood main. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * The body of an export worker: build the requested file with the given builders and post
 * progress, then the bytes (transferred, not copied) or a readable failure.
 */
export function runExportWorker(builders: DeliverableBuilders): void {
  const port = parentPort;
  if (!port) throw new Error('The export worker must run in a worker thread.');
  const data = workerData as ExportWorkerData;
  let lastSent = 0;
  const post = (message: ExportWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  void (async () => {
    try {
      if (data.preview && data.request.kind === 'workbook') {
        post({ type: 'done', bytes: new Uint8Array(0), sheets: builders.workbookSheets(data.input, data.request.sections) });
        return;
      }
      const built = await buildDeliverable(data.request, data.input, builders, (progress, message) => {
        const now = Date.now();
        if (now - lastSent < PROGRESS_INTERVAL_MS && progress < 1) return;
        lastSent = now;
        post({ type: 'progress', progress, message });
      });
      const bytes = ownedCopy(built);
      post({ type: 'done', bytes, sheets: null }, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
}

/** Node's small Buffers share a pooled ArrayBuffer that cannot be transferred; give the bytes their own. */
function ownedCopy(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes;
  return new Uint8Array(bytes);
}
