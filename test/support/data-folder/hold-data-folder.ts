/**
 * The app, as another process sees it: the real services holding a data folder's writer
 * lock with its clients loaded. Driven over stdin by the two-process tests:
 *
 *   node --import tsx test/support/data-folder/hold-data-folder.ts DATA_DIR
 *   → prints "ready"; then "rename <clientId> <name>" → "saved" (or "error <code>"); "quit" exits.
 */
import { createInterface } from 'node:readline';
import type { Client } from '../../../shared/domain/client';
import { createAppServices } from '../../../electron/main/services/app-services';
import { createNodePreferencesStore } from '../../../electron/main/services/node-preferences-store';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: hold-data-folder.ts DATA_DIR');
  const services = await createAppServices({
    dataDir,
    command: 'the Cairn app',
    preferencesStore: createNodePreferencesStore(dataDir),
    platform: { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null },
  });
  await services.workspace.open();
  const docs = new Map<string, Client>((await services.workspace.readAll()).map((client) => [client.id, client]));
  process.stdout.write('ready\n');
  for await (const line of createInterface({ input: process.stdin })) {
    const [command, clientId, ...rest] = line.split(' ');
    if (command === 'quit') break;
    if (command !== 'rename' || !clientId) continue;
    const client = docs.get(clientId);
    if (!client) {
      process.stdout.write('error not-found\n');
      continue;
    }
    const edited = { ...client, name: rest.join(' '), updatedAt: new Date().toISOString() };
    try {
      await services.workspace.save(edited);
      docs.set(clientId, edited);
      process.stdout.write('saved\n');
    } catch (error) {
      process.stdout.write(`error ${(error as { code?: string }).code ?? 'unknown'}\n`);
    }
  }
  await services.close();
}

main().then(
  // stdin stays open (the test keeps its end), so leave explicitly once the lock is released.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
