import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/domain/client';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import { clientDatabaseName } from '../../../shared/sync/database-names';
import { runCli } from '../../../electron/cli/run-cli';
import { createAppServices } from '../../../electron/main/services/app-services';
import { createNodePreferencesStore } from '../../../electron/main/services/node-preferences-store';
import { freePort, startSyncServer, type SyncServer } from '../../support/sync-server';

const platform = { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null };
let server: SyncServer;
let scratch: string;
let cairnBundle: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'cairn-cli-sync-'));
  cairnBundle = join(scratch, 'cairn.cjs');
  const [started] = await Promise.all([
    startSyncServer(),
    build({
      entryPoints: [join(import.meta.dirname, '..', '..', '..', 'electron', 'cli', 'cairn.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: cairnBundle,
      logLevel: 'silent',
      banner: { js: 'const __cairnImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
      define: { 'import.meta.url': '__cairnImportMetaUrl' },
      plugins: [{ name: 'no-export-builders', setup: (b) => void b.onResolve({ filter: /[\\/]deliverables[\\/]real-builders$/ }, () => ({ path: './builders.cjs', external: true })) }],
    }),
  ]);
  server = started;
  await server.admin('PUT', '/_config/admins/anna', 'anna-pw');
  await server.addUser('ben', 'ben-pw');
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await rm(scratch, { recursive: true, force: true });
});

const annaEnv = (dataDir: string) => ({ CAIRN_DATA_DIR: dataDir, CAIRN_SYNC_USER: 'anna', CAIRN_SYNC_PASSWORD: 'anna-pw' });

async function cairn(argv: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env, cwd: scratch });
  return { code, stdout, stderr };
}

async function folderWith(count: number, prefix: string): Promise<{ dataDir: string; clients: Client[] }> {
  const dataDir = await mkdtemp(join(scratch, `${prefix}-`));
  const app = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform, startSync: false });
  const clients: Client[] = [];
  for (let i = 0; i < count; i += 1) {
    const client = { ...buildDemoClient({ newId: randomUUID, now: new Date('2026-03-01T09:00:00Z') }), name: `${prefix} client ${i + 1}` };
    await app.workspace.save(client, { baseRevision: null });
    clients.push(client);
  }
  await app.close();
  return { dataDir, clients };
}

describe('cairn share / unshare / sync', () => {
  it('shares a client, pushes and pulls with --once, and prints what moved', async () => {
    const { dataDir, clients } = await folderWith(1, 'cli');
    const shared = await cairn(['share', clients[0]!.name, '--server', server.url], annaEnv(dataDir));
    expect(shared.code, shared.stderr).toBe(0);
    expect(shared.stdout).toMatch(/is shared with the firm/);
    expect(shared.stdout).toMatch(/pushed \(first time\)/);

    const other = await mkdtemp(join(scratch, 'ben-'));
    const pulled = await cairn(['sync', '--once', '--server', server.url], { CAIRN_DATA_DIR: other, CAIRN_SYNC_USER: 'ben', CAIRN_SYNC_PASSWORD: 'ben-pw' });
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(pulled.stdout).toContain(`“${clients[0]!.name}”: pulled`);
    expect(JSON.parse(await readFile(join(other, 'clients', `${clients[0]!.id}.json`), 'utf8')).client).toEqual(clients[0]);

    const again = await cairn(['sync', '--once', '--server', server.url], annaEnv(dataDir));
    expect(again.stdout).toContain('up to date');
    const unshared = await cairn(['unshare', clients[0]!.id], annaEnv(dataDir));
    expect(unshared.code).toBe(0);
    expect(unshared.stdout).toMatch(/no longer synced from this computer/);
  }, 30_000);

  it('exits 1 with a clear line for a wrong password, a plain-http server and missing credentials', async () => {
    const { dataDir } = await folderWith(0, 'bad');
    const wrong = await cairn(['sync', '--once', '--server', server.url], { ...annaEnv(dataDir), CAIRN_SYNC_PASSWORD: 'nope' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/refused your user name or password/);
    const insecure = await cairn(['sync', '--once', '--server', 'http://couch.example.com'], annaEnv(dataDir));
    expect(insecure.code).toBe(1);
    expect(insecure.stderr).toMatch(/HTTPS/);
    const missing = await cairn(['sync', '--once', '--server', server.url], { CAIRN_DATA_DIR: dataDir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/CAIRN_SYNC_USER and CAIRN_SYNC_PASSWORD/);
    const unreachable = await cairn(['sync', '--once', '--server', `http://127.0.0.1:${await freePort()}`], annaEnv(dataDir));
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/cannot be reached/);
  }, 30_000);

  it('a `cairn sync` killed mid-replication resumes and converges with nothing lost', async () => {
    const { dataDir, clients } = await folderWith(16, 'kill');
    const app = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform, startSync: false });
    for (const client of clients) await app.sync.share(client.id);
    await app.close();

    const child = spawn(process.execPath, [cairnBundle, 'sync', '--once', '--server', server.url], { env: { ...process.env, ...annaEnv(dataDir) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const names = new Set(clients.map((client) => clientDatabaseName(client.id)));
    // Kill it once a few clients reached the server, while the others are still to come.
    for (;;) {
      const dbs = await server.admin<string[]>('GET', '/_all_dbs');
      if (dbs.filter((db) => names.has(db)).length >= 3) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const resumed = await cairn(['sync', '--once', '--server', server.url], annaEnv(dataDir));
    expect(resumed.code, resumed.stderr).toBe(0);
    for (const client of clients) {
      expect(JSON.parse(await readFile(join(dataDir, 'clients', `${client.id}.json`), 'utf8')).client).toEqual(client);
      const remote = await server.admin<{ document: { client: Client } }>('GET', `/${clientDatabaseName(client.id)}/client`);
      expect(remote.document.client).toEqual(client);
    }
  }, 60_000);
});
