import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/domain/client';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import { serializeEngagementFile } from '../../../shared/file-format/engagement-file';
import { COMMUNITY_MATURITY_MODEL } from '../../../shared/frameworks/builtin';
import { duplicateFramework } from '../../../shared/frameworks/framework-edits';
import { ok } from '../../../shared/result';
import { deliverableFixture } from '../../../shared/deliverables/deliverable-fixture';
import { WORKBOOK_SHEETS } from '../../../shared/deliverables/deliverable-request';
import { buildWorkbookModel } from '../../../shared/deliverables/workbook/build-workbook';
import { renderWorkbook } from './deliverables/xlsx-writer';
import { createEngagementFiles, type WorkbookReader } from './engagement-files';
import { faultInjectingFs, type Fault } from './fault-injecting-fs';
import { createFrameworkLibrary } from './framework-library';
import { nodeFsPort } from './fs-port';
import { createWorkspace } from './workspace';

let dataDir: string;
let outDir: string;
const faults: Fault[] = [];
let n = 0;
const client = buildDemoClient({ newId: () => `s-${(n += 1)}`, now: new Date('2026-06-01T09:00:00.000Z') });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-ef-'));
  outDir = await mkdtemp(join(tmpdir(), 'cairn-ef-out-'));
  faults.length = 0;
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

async function setUp(readWorkbookEdits?: WorkbookReader) {
  const fs = faultInjectingFs(nodeFsPort, () => faults);
  const workspace = createWorkspace({ dataDir, fs });
  const frameworks = createFrameworkLibrary({ dataDir, fs, onSkipped: () => undefined });
  await workspace.save(client);
  await workspace.open();
  return { workspace, frameworks, files: createEngagementFiles({ dataDir, workspace, frameworks, fs, ...(readWorkbookEdits ? { readWorkbookEdits } : {}) }) };
}

const clientOnDisk = async (id: string) => (JSON.parse(await readFile(join(dataDir, 'clients', `${id}.json`), 'utf8')) as { client: Client }).client;

describe('engagement files service', () => {
  it('previews a workbook as a merge into the client it was exported from, and applies it', async () => {
    const edited = structuredClone(client);
    edited.initiatives[0]!.status = 'done';
    edited.initiatives[0]!.updatedAt = '2026-07-01T09:00:00.000Z';
    const bases: string[] = [];
    const { files } = await setUp(async (_path, base) => {
      bases.push(base.id);
      return ok(edited);
    });
    const workbook = join(outDir, 'Nordlicht.xlsx');
    await writeFile(workbook, 'PK\u0003\u0004');
    const preview = await files.previewImport(workbook, { hintClientId: client.id });
    expect(bases).toEqual([client.id]);
    expect(preview).toMatchObject({ source: 'xlsx', mode: { kind: 'merge', targetClientId: client.id } });
    expect(preview.items).toEqual([expect.objectContaining({ entity: 'initiatives', state: 'updated', id: client.initiatives[0]!.id })]);
    await files.applyImport(preview.previewId);
    expect((await clientOnDisk(client.id)).initiatives[0]!.status).toBe('done');
  });

  it('previews an unchanged exported workbook as zero changes, for every engagement filter, with the real clock and reader', async () => {
    const { files } = await setUp();
    // The client as the workspace holds it (saved and read back), exported today: TODAY() and the overdue column agree.
    const stored = await clientOnDisk(client.id);
    for (const engagementId of [null, ...stored.engagements.map((e) => e.id)]) {
      const input = deliverableFixture({ client: stored, engagementId, generatedAt: new Date().toISOString() });
      const workbook = join(outDir, `Nordlicht-${engagementId ?? 'all'}.xlsx`);
      await writeFile(workbook, await renderWorkbook(buildWorkbookModel(input, WORKBOOK_SHEETS)));
      const preview = await files.previewImport(workbook, { hintClientId: client.id });
      expect(preview.items, `engagement ${engagementId ?? 'all'}`).toEqual([]);
      for (const group of preview.groups) expect({ entity: group.entity, ...group.counts, unchanged: 0 }).toEqual({ entity: group.entity, created: 0, updated: 0, unchanged: 0, skipped: 0, conflict: 0 });
    }
  }, 60_000);

  it('refuses a file named .xlsx that is not a workbook with one clear sentence, changing nothing', async () => {
    const { files } = await setUp();
    const workbook = join(outDir, 'Nordlicht.xlsx');
    await writeFile(workbook, 'PK\u0003\u0004 not really a zip');
    const before = await readFile(join(dataDir, 'clients', `${client.id}.json`));
    await expect(files.previewImport(workbook)).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringMatching(/^[A-Z].+\.$/) });
    expect(await readFile(join(dataDir, 'clients', `${client.id}.json`))).toEqual(before);
  });

  it('changes nothing when the write fails halfway: the client stays, the frameworks it brought are taken back out', async () => {
    const { files, frameworks } = await setUp();
    const custom = { ...duplicateFramework(COMMUNITY_MATURITY_MODEL, { newId: 'nordlicht-cmm', name: 'Nordlicht CMM' }) };
    const theirs = { ...structuredClone(client), notes: 'Changed in the file', updatedAt: '2026-07-01T09:00:00.000Z', frameworks: [custom] };
    const file = join(outDir, 'n.cairn');
    await writeFile(file, serializeEngagementFile({ client: theirs, frameworks: [custom], appVersion: '0.1.0', exportedAt: '2026-07-01T10:00:00.000Z' }));
    const preview = await files.previewImport(file);
    expect(preview.frameworksToAdd).toEqual(['Nordlicht CMM 1.0.0']);
    const before = await readFile(join(dataDir, 'clients', `${client.id}.json`));

    faults.push({ step: 'write', code: 'ENOSPC', pathIncludes: `${client.id}.json` });
    await expect(files.applyImport(preview.previewId)).rejects.toThrow(/ENOSPC/);
    expect(await readFile(join(dataDir, 'clients', `${client.id}.json`))).toEqual(before);
    expect((await frameworks.list()).frameworks).toEqual([]);
    // The backup was taken before the write was attempted.
    expect((await readdir(join(dataDir, 'backups'))).some((name) => name.startsWith(`${client.id}.before-import.`))).toBe(true);
  });
});
