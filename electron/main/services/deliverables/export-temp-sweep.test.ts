import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../../../shared/demo/demo-client';
import { runCliForTest } from '../../../cli/cli-test-harness';
import { dispatch } from '../../ipc/dispatch';
import { createAppServices } from '../app-services';
import { createNodePreferencesStore } from '../node-preferences-store';
import { createWorkspace } from '../workspace';

const now = new Date('2026-09-14T07:45:00.000Z');
let dataDir: string;
let outDir: string;
let n = 0;
const client = buildDemoClient({ newId: () => `sweep-${(n += 1)}`, now });
// What a kill between writing the temp file and renaming it leaves beside the target.
const LEFTOVER = '.Nordlicht.pdf.0123456789ab.tmp';

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-sweep-'));
  outDir = await mkdtemp(join(tmpdir(), 'cairn-sweep-out-'));
  await createWorkspace({ dataDir }).save(client);
  await writeFile(join(outDir, LEFTOVER), '%PDF-1.7 half a report');
  await writeFile(join(outDir, '.not-ours'), 'the consultant’s own hidden file');
});
afterEach(async () => {
  for (const folder of [dataDir, outDir]) await rm(folder, { recursive: true, force: true });
});

describe('a killed export’s hidden temp file', () => {
  it('is swept by the next export to that folder (CLI), leaving other files alone', async () => {
    const result = await runCliForTest(['export', client.id, '--format', 'cairn', '--out', join(outDir, 'nordlicht.cairn')], { dataDir, cwd: outDir, now });
    expect(result.code).toBe(0);
    expect((await readdir(outDir)).sort()).toEqual(['.not-ours', 'nordlicht.cairn']);
  });

  it('is swept when Cairn starts, in the folder the last export went to', async () => {
    const platform = {
      openExternal: async () => undefined,
      onFlushed: () => undefined,
      chooseSaveFile: async () => join(outDir, 'Nordlicht.pdf'),
      chooseOpenFile: async () => null,
    };
    const first = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform });
    await dispatch(first.handlers, 'chooseSaveFile', { kind: 'pdf', defaultName: 'Nordlicht.pdf' });
    await first.close();
    expect(await readdir(outDir)).toContain(LEFTOVER);

    const restarted = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform });
    expect(await dispatch(restarted.handlers, 'openWorkspace', {})).toMatchObject({ ok: true });
    expect((await readdir(outDir)).sort()).toEqual(['.not-ours']);
    await restarted.close();
  });
});
