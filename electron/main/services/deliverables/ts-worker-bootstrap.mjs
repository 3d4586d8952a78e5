// Runs a TypeScript worker entry from source (tests, the test bridge): tsx's loader is
// registered inside the worker thread, since `--import` is not honoured for workers.
// The packaged app runs the bundled export-worker.cjs instead and never loads this file.
import { argv } from 'node:process';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
await import(pathToFileURL(argv[argv.length - 1]).href);
