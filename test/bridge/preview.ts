/**
 * `npm run preview`: serve Cairn in a browser with the real backend, for a person to click
 * through (or for a test to drive). Loopback only; never part of the packaged app.
 *
 *   npm run preview -- [--data-dir DIR] [--port N] [--json]
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startAppBridge } from './app-bridge';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const dataDir = path.resolve(
    values['data-dir'] ?? process.env.CAIRN_DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), 'cairn-preview-'))),
  );
  const port = values.port ? Number(values.port) : undefined;
  const bridge = await startAppBridge({ dataDir, port });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ url: bridge.url, dataDir })}\n`);
  } else {
    process.stdout.write(`Cairn is running at ${bridge.url}\nData folder: ${dataDir}\nPress Ctrl+C to stop.\n`);
  }
  const stop = () => {
    void bridge.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // "Cairn is open on this data folder…" is shown as is: one line, like the CLI's.
  const busy = error instanceof Error && error.name === 'DataFolderBusyError';
  process.stderr.write(`${busy ? '' : 'cairn preview: '}${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
