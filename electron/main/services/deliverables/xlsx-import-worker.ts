import { parentPort, workerData } from 'node:worker_threads';
import { parseWorkbookTables } from './xlsx-import-parse';

/** The workbook-import worker: parses the guarded bytes it is given and posts the tables back. */
const port = parentPort;
if (port) {
  parseWorkbookTables(workerData as Uint8Array).then(
    (tables) => port.postMessage({ ok: true, tables }),
    (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
}
