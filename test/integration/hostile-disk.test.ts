import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/domain/client';
import { buildLargeDemoClient } from '../../shared/demo/large-demo';
import { parseClientDocument } from '../../shared/file-format/client-document-format';
import { readEngagementFile, serializeEngagementFile } from '../../shared/file-format/engagement-file';
import { createAppServices, type AppServices } from '../../electron/main/services/app-services';
import { LOCK_NAME } from '../../electron/main/services/data-folder-lock';
import { createNodePreferencesStore } from '../../electron/main/services/node-preferences-store';
import { createWorkspace } from '../../electron/main/services/workspace';
import { bundleCli, folderTree, runAndKill, strayTempFiles } from '../support/data-folder/kill-during';
import { runCairn } from '../support/data-folder/run-cairn';
import { testScale } from '../support/test-scale';

const IMPORT_KILLS = testScale('CAIRN_IMPORT_KILLS', 6, 48);
const EXPORT_KILLS = testScale('CAIRN_EXPORT_KILLS', 5, 40);

const isRoot = process.getuid?.() === 0;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}
const platform = { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null };
let root: string;
let dataDir: string;
let mounted: string | null = null;
let client: Client;

const appOn = (dir: string): Promise<AppServices> => createAppServices({ dataDir: dir, preferencesStore: createNodePreferencesStore(dir), platform });
const documentOf = async (dir: string, id: string): Promise<Client> => {
  const parsed = parseClientDocument(await readFile(join(dir, 'clients', `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`the document no longer parses: ${parsed.reason}`);
  return parsed.document.client;
};

/** A small tmpfs as the data folder: a real full disk, or a real read-only one once remounted. */
async function mountTmpfs(sizeKb: number): Promise<string> {
  const dir = join(root, 'tmpfs');
  await mkdir(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  mounted = dir;
  return dir;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cairn-hostile-'));
  dataDir = join(root, 'data');
  client = buildLargeDemoClient();
});
afterEach(async () => {
  if (mounted) execFileSync('umount', ['-l', mounted]);
  mounted = null;
  await rm(root, { recursive: true, force: true });
});

describe.skipIf(!isRoot)('a full disk (tmpfs; needs root to mount)', () => {
  it('refuses the save, keeps the previous document whole, leaves no temp file, and still reports a quarantined client after a restart', async () => {
    const disk = await mountTmpfs(4_096);
    const app = await appOn(disk);
    await app.workspace.open();
    await app.workspace.save(client);
    await writeFile(join(disk, 'clients', 'victim.json'), 'not a document');
    // Fill what is left.
    await writeFile(join(disk, 'filler'), Buffer.alloc(64 * 1024 * 1024)).catch(() => undefined);

    const edited = { ...client, notes: 'x'.repeat(90_000), updatedAt: new Date().toISOString() };
    await expect(app.workspace.save(edited)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await documentOf(disk, client.id)).toEqual(client);
    expect(await strayTempFiles(disk)).toEqual([]);
    await app.close();

    // A restart on the full disk: the damaged document goes to quarantine even though its reason cannot be written...
    const restarted = await appOn(disk);
    const first = await restarted.workspace.open();
    expect(first.summaries.map((c) => c.id)).toEqual([client.id]);
    expect(first.problems).toEqual([expect.objectContaining({ clientId: 'victim' })]);
    await restarted.close();
    // ...and the next start still names it.
    const again = await appOn(disk);
    expect((await again.workspace.open()).problems).toEqual([expect.objectContaining({ clientId: 'victim', reason: expect.stringMatching(/reason could not be recorded/) })]);
    await again.close();
    expect(await strayTempFiles(disk)).toEqual([]);
  });
});

describe.skipIf(!isRoot)('a read-only data folder (tmpfs remounted read-only; needs root)', () => {
  it('opens every client read-only, the older-version one migrated in memory only, and changes nothing', async () => {
    const disk = await mountTmpfs(8_192);
    const seed = createWorkspace({ dataDir: disk });
    await seed.save(client);
    await mkdir(join(disk, 'clients'), { recursive: true });
    await cp(join(import.meta.dirname, '..', 'fixtures', 'client-documents', 'schema-v1.json'), join(disk, 'clients', 'fixture-001.json'));
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    const before = await folderTree(disk);

    const app = await appOn(disk);
    expect(app.readOnly).toBe(true);
    const opened = await app.handlers.openWorkspace({});
    expect(opened.readOnly).toBe(true);
    expect(opened.summaries.map((c) => c.id).sort()).toEqual([client.id, 'fixture-001'].sort());
    expect(opened.problems).toEqual([]);
    await expect(app.workspace.save(client)).rejects.toMatchObject({ code: 'read-only' });
    await app.close();

    const listed = await runCairn(['list', '--data-dir', disk]);
    expect(listed.code).toBe(0);
    const imported = await runCairn(['import', join(root, 'nothing.cairn'), '--data-dir', disk]);
    expect(imported).toMatchObject({ code: 1, stderr: expect.stringMatching(/is read-only, so nothing was changed\.\n$/) });
    expect(await folderTree(disk)).toEqual(before);
  }, 60_000);
});

describe('killed mid-operation', () => {
  let cli: string;
  beforeAll(async () => {
    cli = await bundleCli(process.cwd(), 'kill-during');
  });
  afterAll(async () => {
    await rm(cli, { force: true });
  });

  it('a `cairn import --merge` killed at any moment leaves the document before or after the import, and no stray file once reopened', async () => {
    await createWorkspace({ dataDir }).save(client);
    const incoming = { ...client, notes: 'Merged from the workshop laptop', updatedAt: new Date(Date.parse(client.updatedAt) + 60_000).toISOString() };
    const file = join(root, 'incoming.cairn');
    await writeFile(file, serializeEngagementFile({ client: incoming, frameworks: [], appVersion: '0.1.0', exportedAt: incoming.updatedAt }));
    const outcomes = new Set<string>();
    const args = ['import', file, '--merge', '--data-dir', dataDir];
    // Kills spread over the run's own duration on this machine, from start-up to the end.
    const full = await timed(() => runAndKill(cli, args, 60_000));
    await createWorkspace({ dataDir }).save(client);
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    // Kill times spread over 55–115 % of a full run however many rounds run.
    for (let round = 0; round < IMPORT_KILLS; round += 1) {
      const run = await runAndKill(cli, args, full * (0.55 + (0.6 * round) / IMPORT_KILLS));
      const notes = (await documentOf(dataDir, client.id)).notes;
      const startedWriting = (await readdir(join(dataDir, 'backups')).catch(() => [])).length > 0;
      expect([client.notes, incoming.notes]).toContain(notes);
      outcomes.add(run.killed ? `killed ${startedWriting ? 'after the backup' : 'before writing'}, ${notes === incoming.notes ? 'imported' : 'unchanged'}` : `finished:${run.code}`);
      // The next writer takes over the dead process's lock and sweeps what it left.
      const next = await appOn(dataDir);
      await next.workspace.open();
      await next.close();
      expect(await strayTempFiles(dataDir)).toEqual([]);
      expect(await readdir(dataDir)).not.toContain(LOCK_NAME);
      if (notes === incoming.notes) await createWorkspace({ dataDir }).save(client);
      await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    }
    console.info(`import kills: ${[...outcomes].join(', ')}`);
    // Some kills must land while the import runs, or this proves nothing.
    expect([...outcomes].some((outcome) => outcome.startsWith('killed'))).toBe(true);
  }, 120_000);

  it('a `cairn export --format cairn` killed at any moment leaves the target absent or whole, and the data folder untouched', async () => {
    await createWorkspace({ dataDir }).save(client);
    const before = await folderTree(dataDir);
    let killed = 0;
    const args = (target: string) => ['export', client.id, '--format', 'cairn', '--out', target, '--data-dir', dataDir];
    const full = await timed(() => runAndKill(cli, args(join(root, 'export-full.cairn')), 60_000));
    for (let round = 0; round < EXPORT_KILLS; round += 1) {
      const target = join(root, `export-${round}.cairn`);
      const run = await runAndKill(cli, args(target), full * (0.4 + (0.7 * round) / EXPORT_KILLS));
      if (run.killed) killed += 1;
      const written = await readFile(target, 'utf8').catch(() => null);
      if (written !== null) expect(readEngagementFile(written).ok).toBe(true);
      expect(await folderTree(dataDir)).toEqual(before);
    }
    expect(killed).toBeGreaterThan(0);
  }, 120_000);
});
