import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/domain/client';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { parseClientDocument } from '../../shared/file-format/client-document-format';
import { serializeEngagementFile } from '../../shared/file-format/engagement-file';
import { createWorkspace } from '../../electron/main/services/workspace';
import { holdDataFolder, runCairn, type CliRun, type HeldFolder } from '../support/data-folder/run-cairn';

let root: string;
let dataDir: string;
let base: Client;
const held: HeldFolder[] = [];
const BUSY = /^Cairn is open on this data folder \(.+\) \(process \d+, (the Cairn app|cairn import)\)\. Close the other Cairn window or process, then try again\.\n$/;

const onDisk = async (): Promise<Client> => {
  const parsed = parseClientDocument(await readFile(join(dataDir, 'clients', `${base.id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.document.client;
};

/** A `.cairn` file of the client with one more stakeholder, as a colleague would send back. */
async function fileAddingStakeholder(name: string, index: number): Promise<string> {
  const template = base.stakeholders[0]!;
  const stamp = new Date(Date.UTC(2026, 5, 1, 12, index)).toISOString();
  const client = { ...base, stakeholders: [...base.stakeholders, { ...template, id: `added-${index}`, name, createdAt: stamp, updatedAt: stamp }], updatedAt: stamp };
  const path = join(root, `${index}.cairn`);
  await writeFile(path, serializeEngagementFile({ client, frameworks: [], appVersion: '0.1.0', exportedAt: stamp }));
  return path;
}

const importMerge = (file: string): Promise<CliRun> => runCairn(['import', file, '--merge', '--data-dir', dataDir]);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cairn-two-writers-'));
  dataDir = join(root, 'data');
  base = buildDemoClient({ newId: (() => { let n = 0; return () => `demo-${(n += 1)}`; })(), now: new Date('2026-05-01T09:00:00.000Z') });
  await createWorkspace({ dataDir }).save(base);
});
afterEach(async () => {
  for (const holder of held.splice(0)) holder.child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

describe('two processes writing one data folder', () => {
  it('two `cairn import --merge` into one client at once: each either lands or is told, and nothing is lost', async () => {
    const names = ['Aino Virtanen', 'Bruno Keller', 'Chiara Ricci', 'Dmitri Volkov'];
    const files = await Promise.all(names.map((name, index) => fileAddingStakeholder(name, index)));
    const losers: string[] = [];
    for (const pair of [[0, 1], [2, 3]] as const) {
      const results = await Promise.all(pair.map((index) => importMerge(files[index]!)));
      results.forEach((result, position) => {
        const index = pair[position]!;
        if (result.code === 0) return;
        // The loser is told, in one line, and exits 1.
        expect(result).toMatchObject({ code: 1, stderr: expect.stringMatching(BUSY) });
        losers.push(files[index]!);
      });
      const present = (await onDisk()).stakeholders.map((s) => s.name);
      results.forEach((result, position) => {
        if (result.code === 0) expect(present).toContain(names[pair[position]!]);
      });
    }
    // Told it lost, the consultant runs it again: every change is there, none overwritten.
    for (const file of losers) expect((await importMerge(file)).code).toBe(0);
    expect((await onDisk()).stakeholders.map((s) => s.name)).toEqual(expect.arrayContaining(names));
  }, 120_000);

  it('`cairn import` while the app holds the client is refused; the app keeps saving; after it closes the import lands on top', async () => {
    const file = await fileAddingStakeholder('Aino Virtanen', 0);
    const app = await holdDataFolder(dataDir);
    held.push(app);
    const before = await readFile(join(dataDir, 'clients', `${base.id}.json`));

    const refused = await importMerge(file);
    expect(refused).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(BUSY) });
    expect(refused.stderr).toContain('the Cairn app');
    expect(await readFile(join(dataDir, 'clients', `${base.id}.json`))).toEqual(before);

    // The app's next autosave is not silently undone by anything: it saves as usual.
    expect(await app.send(`rename ${base.id} Nordlicht Outdoor AG`)).toBe('saved');
    await app.quit();

    expect((await importMerge(file)).code).toBe(0);
    const final = await onDisk();
    expect(final.name).toBe('Nordlicht Outdoor AG');
    expect(final.stakeholders.map((s) => s.name)).toContain('Aino Virtanen');
  }, 120_000);

  it('`cairn restore` and `cairn demo` while the app holds the folder are refused in one line and change nothing', async () => {
    const backup = join(root, 'workspace.cairn-backup');
    expect((await runCairn(['backup', '--out', backup, '--data-dir', dataDir])).code).toBe(0);
    const app = await holdDataFolder(dataDir);
    held.push(app);
    const before = await readFile(join(dataDir, 'clients', `${base.id}.json`));
    for (const args of [['restore', backup, '--as-new'], ['demo']]) {
      const refused = await runCairn([...args, '--data-dir', dataDir]);
      expect(refused, args[0]).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(BUSY) });
    }
    expect(await readFile(join(dataDir, 'clients', `${base.id}.json`))).toEqual(before);
    // A dry run only reads, so it still answers while the app is open.
    expect((await runCairn(['restore', backup, '--dry-run', '--data-dir', dataDir])).code).toBe(0);
    await app.quit();
  }, 120_000);

  it('takes over the lock of an app that was killed, and read-only commands work while the app is open', async () => {
    const app = await holdDataFolder(dataDir);
    held.push(app);
    const listed = await runCairn(['list', '--json', '--data-dir', dataDir]);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { name: string }[]).map((s) => s.name)).toEqual([base.name]);

    app.child.kill('SIGKILL');
    await new Promise((resolve) => app.child.once('exit', resolve));
    const file = await fileAddingStakeholder('Bruno Keller', 1);
    const after = await importMerge(file);
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
    expect((await onDisk()).stakeholders.map((s) => s.name)).toContain('Bruno Keller');
  }, 120_000);
});
