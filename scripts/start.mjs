#!/usr/bin/env node
// `npm start [-- --data-dir DIR]`: build, then run Cairn in Electron. On a consultant's
// machine the `electron` package downloads its runtime on first use; on machines that
// cannot reach Electron's download servers this stops with an explanation instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
    child.on('error', (error) => {
      console.error(`start: could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The Electron executable, fetched on first use by the electron package; null if it cannot be. */
function electronBinary() {
  try {
    // The electron package's main module is the executable's path (downloading it if missing).
    return require('electron');
  } catch (error) {
    console.error(
      [
        '',
        'start: the Electron runtime is not installed and could not be downloaded.',
        `  ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        '  Cairn was built into dist/, but Electron fetches its runtime from the internet on first',
        '  start (github.com/electron/electron releases, or $ELECTRON_MIRROR). Connect to the internet',
        '  and run `npm start` again. Build machines without that access are expected to end here;',
        '  use `npm run preview` to click through the app in a browser instead.',
      ].join('\n'),
    );
    return null;
  }
}

const buildStatus = await run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
if (buildStatus !== 0) process.exit(buildStatus);

const electron = electronBinary();
if (electron === null) process.exit(1);

// ELECTRON_RUN_AS_NODE would turn Electron into plain Node and never open a window.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const status = await run(electron, ['.', ...process.argv.slice(2)], { env });
process.exit(status);
