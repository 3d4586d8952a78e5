import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, truncate, unlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/domain/client';
import { buildDemoClient } from '../../shared/demo/demo-client';
import type { WorkspaceState } from '../../shared/ipc/contract';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createAppServices, type AppServices } from '../../electron/main/services/app-services';
import { faultInjectingFs, type Fault } from '../../electron/main/services/fault-injecting-fs';
import { nodeFsPort, type FsPort } from '../../electron/main/services/fs-port';
import { createNodePreferencesStore } from '../../electron/main/services/node-preferences-store';

let dataDir: string;
let running: AppServices | null = null;
let server: Server | null = null;
let counter = 0;
const now = new Date('2026-07-07T14:00:00.000Z');
const makeClient = (name: string): Client => ({ ...buildDemoClient({ newId: () => `d-${(counter += 1)}`, now }), name });
const platform = { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null };

async function start(fs: FsPort = nodeFsPort): Promise<AppServices> {
  await running?.close();
  running = await createAppServices({ dataDir, fs, preferencesStore: createNodePreferencesStore(dataDir), clock: () => now, platform });
  return running;
}

/** A file that vanishes after the folder was listed, as when a sync tool deletes it mid-scan. */
function vanishingAfterListing(path: string): FsPort {
  return {
    ...nodeFsPort,
    lstat: async (entry) => {
      if (entry === path) await unlink(path).catch(() => undefined);
      return nodeFsPort.lstat(entry);
    },
  };
}

interface Case {
  name: string;
  /** The entry reported, relative to the data folder. */
  entry: string;
  /** Damage the folder; may return the fs the app should run on. */
  damage: (dir: string, victim: Client) => Promise<FsPort | void>;
  reason: RegExp;
  /** The victim's own document is fine (the damage is elsewhere), so it opens too. */
  victimOpens?: boolean;
}

const doc = (dir: string, id: string) => join(dir, 'clients', `${id}.json`);
const faults = (list: Fault[]) => faultInjectingFs(nodeFsPort, () => list);

const CASES: Case[] = [
  { name: 'a folder in place of a client document', entry: 'clients/victim.json', damage: async (dir) => mkdir(doc(dir, 'victim')).then(() => undefined), reason: /it is a folder, not a file/ },
  { name: 'a dangling symlink', entry: 'clients/victim.json', damage: async (dir) => symlink(join(dir, 'nowhere.json'), doc(dir, 'victim')), reason: /symbolic link/ },
  { name: 'a FIFO (which would block a read forever)', entry: 'clients/victim.json', damage: async (dir) => void execFileSync('mkfifo', [doc(dir, 'victim')]), reason: /named pipe/ },
  {
    name: 'a socket',
    entry: 'clients/victim.json',
    damage: async (dir) => {
      server = createServer();
      await new Promise<void>((resolve) => server!.listen(doc(dir, 'victim'), resolve));
    },
    reason: /socket/,
  },
  {
    name: 'a file removed during the scan',
    entry: 'clients/victim.json',
    damage: async (dir, victim) => {
      await writeFile(doc(dir, 'victim'), JSON.stringify({ format: 'cairn.client-document', client: { ...victim, id: 'victim' } }));
      return vanishingAfterListing(doc(dir, 'victim'));
    },
    reason: /disappeared while it was being read/,
  },
  {
    name: 'an unreadable file (EACCES)',
    entry: 'clients/victim.json',
    damage: async (dir) => {
      await writeFile(doc(dir, 'victim'), '{}');
      return faults([{ step: 'read', code: 'EACCES', pathIncludes: 'victim.json' }]);
    },
    reason: /no permission to read it \(EACCES\)/,
  },
  {
    name: 'a 600 MB file (refused by lstat before reading)',
    entry: 'clients/victim.json',
    damage: async (dir) => {
      await writeFile(doc(dir, 'victim'), '');
      await truncate(doc(dir, 'victim'), 600_000_000);
      // Were it read, this would fail the test: the size must be checked first.
      return faults([{ step: 'read', code: 'EFBIG', pathIncludes: 'victim.json' }]);
    },
    reason: /it is 600 MB, larger than the 52 MB Cairn reads/,
  },
  { name: 'a snapshot folder that is a file', entry: 'snapshots/victim', victimOpens: true, damage: async (dir) => {
      await rm(join(dir, 'snapshots', 'victim'), { recursive: true });
      await writeFile(join(dir, 'snapshots', 'victim'), 'not a folder');
    }, reason: /Could not read snapshots\/victim: it is a file, not a folder/ },
  {
    name: 'quarantine/problems.json that is a folder',
    entry: 'quarantine/problems.json',
    victimOpens: true,
    damage: async (dir) => mkdir(join(dir, 'quarantine', 'problems.json'), { recursive: true }).then(() => undefined),
    reason: /Could not read quarantine\/problems\.json: it is a folder, not a file/,
  },
  {
    name: 'branding/logo.png that is a folder',
    entry: 'branding/logo.png',
    victimOpens: true,
    damage: async (dir) => mkdir(join(dir, 'branding', 'logo.png'), { recursive: true }).then(() => undefined),
    reason: /Could not read branding\/logo\.png: it is a folder, not a file/,
  },
];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-damaged-'));
});
afterEach(async () => {
  await running?.close();
  running = null;
  server?.close();
  server = null;
  await rm(dataDir, { recursive: true, force: true });
});

describe('a data folder with one damaged entry', () => {
  it.each(CASES)('opens every healthy client and reports $name by name, as a read', async ({ entry, damage, reason, victimOpens }) => {
    const healthy = [makeClient('Nordlicht Outdoor GmbH'), makeClient('Café Olé S.L.')];
    const victim = { ...makeClient('Złota Rybka Sp. z o.o.'), id: 'victim' };
    const first = await start();
    for (const client of victimOpens ? [...healthy, victim] : healthy) await first.workspace.save(client);
    await first.close();
    running = null;

    const fs = await damage(dataDir, victim);
    const app = await start(fs ?? nodeFsPort);
    const opened = await dispatch(app.handlers, 'openWorkspace', {});
    expect(opened).toMatchObject({ ok: true });
    const state = (opened as { ok: true; value: WorkspaceState }).value;
    const expected = (victimOpens ? [...healthy, victim] : healthy).map((c) => c.name).sort();
    expect(state.summaries.map((c) => c.name).sort()).toEqual(expected);

    const reported = state.problems.filter((problem) => problem.quarantinedAs === entry);
    expect(reported).toHaveLength(1);
    expect(reported[0]!.reason).toMatch(reason);
    expect(reported[0]!.reason).toMatch(/read/i);
    expect(reported[0]!.reason).not.toMatch(/writ/i);
    // The damaged entry is left where it was: Cairn only read.
    expect(state.problems).toHaveLength(1);
  });

  it('reports a device in place of a client document (root only: mknod)', async (context) => {
    const healthy = makeClient('Nordlicht Outdoor GmbH');
    await (await start()).workspace.save(healthy);
    try {
      execFileSync('mknod', [doc(dataDir, 'victim'), 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      context.skip('mknod needs root; this run is not root');
    }
    const state = (await (await start()).workspace.open());
    expect(state.summaries.map((c) => c.name)).toEqual(['Nordlicht Outdoor GmbH']);
    expect(state.problems).toEqual([expect.objectContaining({ quarantinedAs: 'clients/victim.json', reason: 'Could not read clients/victim.json: it is a device, not a file.' })]);
  });
});
