// The worker thread that builds deliverables, so exceljs and pdfmake never block main.
// Bundled as its own file (scripts/build.mjs); run from source under tsx in tests and the bridge.
import { runExportWorker } from './export-worker-runtime';
import { realBuilders } from './real-builders';

runExportWorker(realBuilders);
