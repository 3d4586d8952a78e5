import { summarizeClient } from '../../../shared/domain/client';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import { COMMUNITY_MATURITY_MODEL } from '../../../shared/frameworks/builtin';
import { duplicateFramework } from '../../../shared/frameworks/framework-edits';
import { SNAPSHOT_POLICY } from '../../../shared/workspace/snapshot-retention';
import { createAppServices, type AppServices } from '../services/app-services';
import { createNodePreferencesStore } from '../services/node-preferences-store';
import { faultInjectingFs, type Fault } from '../services/fault-injecting-fs';
import { nodeFsPort } from '../services/fs-port';
import { dispatch } from './dispatch';

let dataDir: string;
let services: AppServices;
const opened: string[] = [];
let flushes = 0;
const faults: Fault[] = [];
/** Paths the fake system dialog answers with, in order; null is Cancel. */
const chosen: (string | null)[] = [];
const dialogs: unknown[] = [];
let n = 0;
const client = buildDemoClient({ newId: () => `h-${(n += 1)}`, now: new Date('2026-06-01T09:00:00.000Z') });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-handlers-'));
  opened.length = 0;
  faults.length = 0;
  flushes = 0;
  chosen.length = 0;
  dialogs.length = 0;
  services = await createAppServices({
    dataDir,
    preferencesStore: createNodePreferencesStore(dataDir),
    fs: faultInjectingFs(nodeFsPort, () => faults),
    platform: {
      openExternal: async (url) => {
        opened.push(url);
      },
      onFlushed: () => {
        flushes += 1;
      },
      chooseSaveFile: async (options) => {
        dialogs.push(options);
        return chosen.shift() ?? null;
      },
      chooseOpenFile: async (options) => {
        dialogs.push(options);
        return chosen.shift() ?? null;
      },
    },
  });
});
afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

const call = (name: string, payload: unknown = {}) => dispatch(services.handlers, name, payload);

describe('handlers', () => {
  it('opens the workspace with the client list (summaries), problems, preferences, folder and policy', async () => {
    expect(await call('saveClient', { client })).toEqual({ ok: true, value: { savedAt: expect.any(String), snapshotTaken: true } });
    const result = await call('openWorkspace');
    expect(result).toEqual({
      ok: true,
      value: { summaries: [summarizeClient(client)], problems: [], preferences: expect.objectContaining({ firstRunDone: false }), dataDir, snapshotPolicy: SNAPSHOT_POLICY, readOnly: false },
    });
    expect(await call('readClient', { id: client.id })).toEqual({ ok: true, value: client });
  });

  it('names library files that cannot be read among the problems, and still opens the rest', async () => {
    await call('saveClient', { client });
    await call('saveFramework', { framework: duplicateFramework(COMMUNITY_MATURITY_MODEL, { newId: 'ours', name: 'Our model' }) });
    await writeFile(join(dataDir, 'frameworks', 'broken.json'), '{ "id": "broken", ');
    await mkdir(join(dataDir, 'workshop-templates'), { recursive: true });
    await writeFile(join(dataDir, 'workshop-templates', 'retro.json'), JSON.stringify({ id: 'retro', name: 'Retro' }));
    const result = await call('openWorkspace');
    const problems = result.ok ? (result.value as { problems: { quarantinedAs: string; reason: string; clientId: string }[] }).problems : [];
    expect(problems).toEqual([
      expect.objectContaining({ quarantinedAs: 'frameworks/broken.json', clientId: '', reason: expect.stringMatching(/^It is not valid JSON\. The framework library leaves it out/) }),
      expect.objectContaining({ quarantinedAs: 'workshop-templates/retro.json', reason: expect.stringMatching(/^It is not a valid workshop template \(/) }),
    ]);
    expect(result).toMatchObject({ ok: true, value: { summaries: [summarizeClient(client)] } });
    expect(await call('listFrameworks')).toMatchObject({ ok: true, value: [{ id: 'ours' }] });
  });

  it('lists and reads snapshots, then purges the client', async () => {
    await call('saveClient', { client });
    const list = await call('listSnapshots', { clientId: client.id });
    const [snapshot] = list.ok ? (list.value as Array<{ id: string }>) : [];
    expect(await call('readSnapshot', { clientId: client.id, snapshotId: snapshot!.id })).toEqual({ ok: true, value: client });
    expect(await call('purgeClient', { id: client.id })).toEqual({ ok: true, value: { purged: true } });
    expect(await call('readSnapshot', { clientId: client.id, snapshotId: snapshot!.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('reports a full disk as data the renderer can show, and saves on retry', async () => {
    faults.push({ step: 'write', code: 'ENOSPC' });
    expect(await call('saveClient', { client })).toMatchObject({ ok: false, error: { code: 'disk-full', message: expect.stringMatching(/disk is full/) } });
    faults.length = 0;
    expect(await call('saveClient', { client })).toMatchObject({ ok: true });
  });

  it('restores a quarantined client and dismisses problems', async () => {
    await call('saveClient', { client });
    await writeFile(join(dataDir, 'clients', `${client.id}.json`), '\u0000\u0000\u0000');
    const state = await call('openWorkspace');
    const problem = state.ok ? (state.value as { problems: Array<{ id: string; latestSnapshot: { id: string } }> }).problems[0] : undefined;
    expect(await call('restoreQuarantined', { problemId: problem!.id, snapshotId: problem!.latestSnapshot.id })).toEqual({ ok: true, value: client });
    expect(await call('dismissProblem', { problemId: problem!.id })).toEqual({ ok: true, value: { dismissed: false } });
  });

  it('manages the profile, logo, first run and recent clients', async () => {
    const profile = { name: 'Zoë', firm: 'Façade & Co', email: 'z@example.com', brandColour: '#123456' };
    expect(await call('setProfile', profile)).toMatchObject({ ok: true, value: { profile } });
    expect(await call('setLogo', { dataUrl: 'data:image/png;base64,AAAA' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('clearLogo')).toMatchObject({ ok: true, value: { logoDataUrl: null } });
    expect(await call('completeFirstRun')).toMatchObject({ ok: true, value: { firstRunDone: true } });
    expect(await call('noteClientOpened', { id: client.id })).toMatchObject({ ok: true, value: { recentClientIds: [client.id] } });
    expect(await call('getPreferences')).toMatchObject({ ok: true, value: { profile, firstRunDone: true } });
  });

  it.each(['https://example.com/help', 'mailto:ana@example.com'])('opens the allowed link %s', async (url) => {
    expect(await call('openExternal', { url })).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual([url]);
  });

  it.each(['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.com'])('refuses to open %s', async (url) => {
    expect(await call('openExternal', { url })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(opened).toEqual([]);
  });

  it('tells the platform once the renderer has flushed', async () => {
    expect(await call('confirmFlushed')).toEqual({ ok: true, value: { acknowledged: true } });
    expect(flushes).toBe(1);
  });

  it('rejects a client that fails the shared schema before any handler runs', async () => {
    expect(await call('saveClient', { client: { ...client, name: '' } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('saves, lists and deletes custom frameworks', async () => {
    const framework = duplicateFramework(COMMUNITY_MATURITY_MODEL, { newId: 'our-cmm', name: 'Our CMM' });
    expect(await call('listFrameworks')).toEqual({ ok: true, value: [] });
    expect(await call('saveFramework', { framework })).toEqual({ ok: true, value: framework });
    expect(await call('listFrameworks')).toEqual({ ok: true, value: [framework] });
    expect(await call('deleteFramework', { id: 'our-cmm' })).toEqual({ ok: true, value: { deleted: true } });
    expect(await call('listFrameworks')).toEqual({ ok: true, value: [] });
  });

  it('refuses built-in frameworks and invalid ones with a readable message', async () => {
    expect(await call('saveFramework', { framework: COMMUNITY_MATURITY_MODEL })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/built in/) } });
    const invalid = { ...duplicateFramework(COMMUNITY_MATURITY_MODEL, { newId: 'x', name: 'X' }), stages: [] };
    expect(await call('saveFramework', { framework: invalid })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('deleteFramework', { id: '../clients' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('file dialogs', () => {
  const exportsDir = join(tmpdir(), 'cairn-handlers-exports');

  it('refuses a save location inside the data folder', async () => {
    chosen.push(join(dataDir, 'clients', 'x.json'));
    expect(await dispatch(services.handlers, 'chooseSaveFile', { kind: 'cairn', defaultName: 'x.cairn' })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/inside its own data folder/) } });
  });

  it('turns the chosen path into a grant naming only the file, and starts the next dialog in the same folder', async () => {
    chosen.push(join(exportsDir, 'Nordlicht.xlsx'));
    const first = await dispatch(services.handlers, 'chooseSaveFile', { kind: 'xlsx', defaultName: 'Nordlicht: Kickoff / 2026.xlsx' });
    expect(first).toEqual({ ok: true, value: { token: expect.any(String), name: 'Nordlicht.xlsx' } });
    expect(dialogs[0]).toMatchObject({ defaultPath: 'Nordlicht- Kickoff - 2026.xlsx', filters: [{ extensions: ['xlsx'] }] });
    await dispatch(services.handlers, 'chooseSaveFile', { kind: 'pdf', defaultName: 'Report.pdf' });
    expect(dialogs[1]).toMatchObject({ defaultPath: join(exportsDir, 'Report.pdf') });
    const { token } = (first as { value: { token: string } }).value;
    expect(services.fileGrants.resolve(token, 'write', 'xlsx')).toBe(join(exportsDir, 'Nordlicht.xlsx'));
  });

  it('answers null when the consultant cancels', async () => {
    expect(await dispatch(services.handlers, 'chooseOpenFile', { kinds: ['cairn', 'xlsx'] })).toEqual({ ok: true, value: null });
  });
});
