// An export worker over the fake builders, for tests of the job machinery and the handlers.
import { runExportWorker } from './export-worker-runtime';
import { fakeBuilders } from './fake-builders';

runExportWorker(fakeBuilders);
