import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { parseClientDocument } from '../../shared/file-format/client-document-format';
import { createWorkspace } from '../main/services/workspace';
import { runCliForTest } from './cli-test-harness';

let dataDir: string;
let outDir: string;
const now = new Date('2026-09-14T07:45:00.000Z');
let n = 0;
const client = buildDemoClient({ newId: () => `tr-${(n += 1)}`, now: new Date('2026-09-01T07:45:00.000Z') });
const cli = (...argv: string[]) => runCliForTest(argv, { dataDir, cwd: outDir, now });
const onDisk = async (id: string) => {
  const parsed = parseClientDocument(await readFile(join(dataDir, 'clients', `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.document.client;
};

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-trash-'));
  outDir = await mkdtemp(join(tmpdir(), 'cairn-trash-out-'));
  await createWorkspace({ dataDir }).save(client);
  expect(await cli('export', client.id, '--format', 'cairn', '--out', 'nordlicht.cairn')).toMatchObject({ code: 0 });
  // The file gains a newer stakeholder title; meanwhile the client goes to the trash here.
  const file = JSON.parse(await readFile(join(outDir, 'nordlicht.cairn'), 'utf8'));
  file.client.stakeholders[0].title = 'Chief Executive';
  file.client.stakeholders[0].updatedAt = '2026-09-10T09:00:00.000Z';
  await writeFile(join(outDir, 'nordlicht.cairn'), JSON.stringify(file));
  await createWorkspace({ dataDir }).save({ ...client, deletedAt: '2026-09-05T09:00:00.000Z', updatedAt: '2026-09-05T09:00:00.000Z' });
});
afterEach(async () => {
  for (const folder of [dataDir, outDir]) await rm(folder, { recursive: true, force: true });
});

describe('importing the file of a client in the trash', () => {
  it('with --merge restores the client from the trash, merges, and says so', async () => {
    const dry = await cli('import', 'nordlicht.cairn', '--merge', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('“Nordlicht Outdoor GmbH” is in the trash: the import restores it from the trash, then merges the file into it');
    expect((await onDisk(client.id)).deletedAt).not.toBeNull();

    const merged = await cli('import', 'nordlicht.cairn', '--merge');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('Restored Nordlicht Outdoor GmbH from the trash. Merged 1 new or newer item from nordlicht.cairn into Nordlicht Outdoor GmbH.');
    const after = await onDisk(client.id);
    expect(after.deletedAt).toBeNull();
    expect(after.stakeholders[0]!.title).toBe('Chief Executive');
    expect((await cli('list')).stdout).toContain('Nordlicht Outdoor GmbH');
  });

  it('with --as-new makes a visible copy and leaves the trashed client where it is', async () => {
    const copy = await cli('import', 'nordlicht.cairn', '--as-new');
    expect(copy.code).toBe(0);
    expect(copy.stdout).toContain('Imported Nordlicht Outdoor GmbH (copy) as a new client.');
    expect((await onDisk(client.id)).deletedAt).not.toBeNull();
    expect((await cli('list')).stdout).toMatch(/^Nordlicht Outdoor GmbH \(copy\) /m);
  });

  it('says where a client lands when the file itself is of an archived client', async () => {
    const file = JSON.parse(await readFile(join(outDir, 'nordlicht.cairn'), 'utf8'));
    file.client.archivedAt = '2026-09-02T09:00:00.000Z';
    await writeFile(join(outDir, 'archived.cairn'), JSON.stringify(file));
    const other = await mkdtemp(join(tmpdir(), 'cairn-trash-empty-'));
    try {
      const imported = await runCliForTest(['import', 'archived.cairn', '--data-dir', other], { dataDir: other, cwd: outDir, now });
      expect(imported.stdout).toContain('Afterwards: Nordlicht Outdoor GmbH is archived: find it under Archived in the client list.');
      expect(imported.stdout).toContain('Imported Nordlicht Outdoor GmbH as a new client. Nordlicht Outdoor GmbH is archived');
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});
