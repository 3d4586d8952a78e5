import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/domain/client';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { serializeClientDocument } from '../../shared/file-format/client-document-format';
import type { ImportPreview } from '../../shared/ipc/contract-engagement-files';
import type { WorkspaceState } from '../../shared/ipc/contract';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createAppServices } from '../../electron/main/services/app-services';
import { fsError } from '../../electron/main/services/fault-injecting-fs';
import { nodeFsPort, type FsPort } from '../../electron/main/services/fs-port';
import { createNodePreferencesStore } from '../../electron/main/services/node-preferences-store';
import { createWorkspace } from '../../electron/main/services/workspace';

let dataDir: string;
let n = 0;
const now = new Date('2026-07-07T14:00:00.000Z');
const makeClient = (name: string): Client => ({ ...buildDemoClient({ newId: () => `0f8fad5b-d9cb-469f-a165-${String((n += 1)).padStart(12, '0')}`, now }), name });
const platform = { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null };

/** A disk where some files are cloud placeholders: reading them fails the way OneDrive and Dropbox fail. */
const cloudFs = (offline: Map<string, string>): FsPort => ({
  ...nodeFsPort,
  readFile: async (path: string) => {
    const code = [...offline].find(([name]) => path.endsWith(name))?.[1];
    if (code) throw fsError(code, path);
    return nodeFsPort.readFile(path);
  },
});

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-synced-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('a data folder in Dropbox, OneDrive, Nextcloud or Syncthing', () => {
  it('reports each tool’s conflict copy as one of its client, loads none as a client, quarantines none', async () => {
    const nordlicht = makeClient('Nordlicht Outdoor GmbH');
    await createWorkspace({ dataDir }).save(nordlicht);
    const copies = [
      `${nordlicht.id} (conflicted copy 2026-01-02).json`,
      `${nordlicht.id} (Mac's conflicted copy 2026-01-02).json`,
      `${nordlicht.id} (conflicted copy 2026-01-02 101010).json`,
      `${nordlicht.id}.sync-conflict-20260102-101010-ABCDEFG.json`,
      `${nordlicht.id}-DESKTOP-4F2K9QX.json`,
    ];
    for (const name of copies) await writeFile(join(dataDir, 'clients', name), serializeClientDocument({ ...nordlicht, notes: `edited elsewhere: ${name}` }));

    const opened = await createWorkspace({ dataDir }).open();
    expect(opened.summaries.map((client) => client.name)).toEqual(['Nordlicht Outdoor GmbH']);
    expect(opened.problems).toEqual([]);
    expect(opened.syncIssues?.map((issue) => [issue.kind, issue.fileName, issue.clientId, issue.clientName, issue.tool]).sort((a, b) => a[1]!.localeCompare(b[1]!))).toEqual(
      [
        ['conflict-copy', copies[0], nordlicht.id, nordlicht.name, 'Dropbox'],
        ['conflict-copy', copies[1], nordlicht.id, nordlicht.name, 'Dropbox'],
        ['conflict-copy', copies[2], nordlicht.id, nordlicht.name, 'Nextcloud'],
        ['conflict-copy', copies[4], nordlicht.id, nordlicht.name, 'OneDrive'],
        ['conflict-copy', copies[3], nordlicht.id, nordlicht.name, 'Syncthing'],
      ].sort((a, b) => a[1]!.localeCompare(b[1]!)),
    );
    expect((await readdir(join(dataDir, 'clients'))).sort()).toEqual([`${nordlicht.id}.json`, ...copies].sort());
  });

  it('previews a conflict copy as a merge into its client, applies it, and sets the copy aside in sync-conflicts/', async () => {
    const nordlicht = makeClient('Nordlicht Outdoor GmbH');
    await createWorkspace({ dataDir }).save(nordlicht);
    const theirs = structuredClone(nordlicht);
    theirs.stakeholders[0]!.title = 'Chief Executive';
    theirs.stakeholders[0]!.updatedAt = '2026-07-07T15:00:00.000Z';
    const copy = `${nordlicht.id} (conflicted copy 2026-07-07).json`;
    await writeFile(join(dataDir, 'clients', copy), serializeClientDocument(theirs));

    const app = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform, clock: () => now });
    const state = (await dispatch(app.handlers, 'openWorkspace', {})) as { ok: true; value: WorkspaceState };
    const [issue] = state.value.syncIssues!;
    expect(issue).toMatchObject({ kind: 'conflict-copy', clientName: 'Nordlicht Outdoor GmbH', message: expect.stringMatching(/^Dropbox kept this copy/) });
    const preview = (await dispatch(app.handlers, 'previewConflictCopy', { issueId: issue!.id })) as { ok: true; value: ImportPreview };
    expect(preview.value).toMatchObject({ source: 'conflict-copy', mode: { kind: 'merge', targetClientId: nordlicht.id }, targetClientName: 'Nordlicht Outdoor GmbH' });
    expect(preview.value.items.map((item) => [item.entity, item.state])).toEqual([['stakeholders', 'updated']]);
    expect(await dispatch(app.handlers, 'applyImport', { previewId: preview.value.previewId })).toMatchObject({ ok: true, value: { client: { id: nordlicht.id } } });
    const moved = (await dispatch(app.handlers, 'setConflictCopyAside', { issueId: issue!.id })) as { ok: true; value: { movedTo: string } };
    expect(moved.value.movedTo).toBe(`sync-conflicts/20260707T140000000Z-${copy}`);
    expect(await readFile(join(dataDir, moved.value.movedTo), 'utf8')).toBe(serializeClientDocument(theirs));
    expect(await readdir(join(dataDir, 'clients'))).toEqual([`${nordlicht.id}.json`]);
    expect(await dispatch(app.handlers, 'setConflictCopyAside', { issueId: issue!.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const reopened = (await dispatch(app.handlers, 'openWorkspace', {})) as { ok: true; value: WorkspaceState };
    expect(reopened.value.syncIssues).toBeUndefined();
    const merged = (await dispatch(app.handlers, 'readClient', { id: reopened.value.summaries[0]!.id })) as { ok: true; value: Client };
    expect(merged.value.stakeholders[0]!.title).toBe('Chief Executive');
  });

  it('refuses a damaged conflict copy with the reason, reading it with the client document parser', async () => {
    const nordlicht = makeClient('Nordlicht Outdoor GmbH');
    await createWorkspace({ dataDir }).save(nordlicht);
    await writeFile(join(dataDir, 'clients', `${nordlicht.id} (conflicted copy).json`), serializeClientDocument(nordlicht).slice(0, 300));
    const app = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform });
    const state = (await dispatch(app.handlers, 'openWorkspace', {})) as { ok: true; value: WorkspaceState };
    expect(await dispatch(app.handlers, 'previewConflictCopy', { issueId: state.value.syncIssues![0]!.id })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: `The conflict copy ${nordlicht.id} (conflicted copy).json cannot be read: The file ends in the middle of the document (it was cut off).` },
    });
  });

  it.each(['EIO', 'ETIMEDOUT', 'ENOTSUP', 'UNKNOWN'])('reports a cloud placeholder that fails to read (%s), opens the other clients and leaves the file alone', async (code) => {
    const online = makeClient('Nordlicht Outdoor GmbH');
    const offline = makeClient('Café Olé S.L.');
    for (const client of [online, offline]) await createWorkspace({ dataDir }).save(client);
    const opened = await createWorkspace({ dataDir, fs: cloudFs(new Map([[`${offline.id}.json`, code]])) }).open();
    expect(opened.summaries.map((client) => client.name)).toEqual(['Nordlicht Outdoor GmbH']);
    expect(opened.problems).toEqual([]);
    expect(opened.syncIssues).toEqual([
      expect.objectContaining({ kind: 'placeholder', fileName: `${offline.id}.json`, clientId: offline.id, message: expect.stringContaining(`could not be read (${code}): it is probably still in the cloud`) }),
    ]);
    expect(await readdir(join(dataDir, 'clients'))).toContain(`${offline.id}.json`);
    expect(await readdir(join(dataDir, 'quarantine'))).toEqual([]);
  });
});

describe('cairn list in a synced folder', () => {
  it('names a conflict copy on stderr and lists the client once', async () => {
    const { runCliForTest } = await import('../../electron/cli/cli-test-harness');
    const nordlicht = makeClient('Nordlicht Outdoor GmbH');
    await createWorkspace({ dataDir }).save(nordlicht);
    await writeFile(join(dataDir, 'clients', `${nordlicht.id}.sync-conflict-20260102-101010-ABCDEFG.json`), serializeClientDocument(nordlicht));
    const listed = await runCliForTest(['list'], { dataDir, cwd: dataDir, now });
    expect(listed.code).toBe(0);
    expect(listed.stdout.match(/Nordlicht Outdoor GmbH/g)).toHaveLength(1);
    expect(listed.stderr).toBe(`cairn: warning: clients/${nordlicht.id}.sync-conflict-20260102-101010-ABCDEFG.json is a conflict copy of “Nordlicht Outdoor GmbH”; review it in Cairn (it is not read as a client)\n`);
  });
});

describe('an empty client document', () => {
  it('in a synced folder is reported as not downloaded and left alone; elsewhere it is quarantined as empty', async () => {
    const syncedDir = join(dataDir, 'Dropbox', 'Cairn');
    const plainDir = join(dataDir, 'plain', 'Cairn');
    for (const dir of [syncedDir, plainDir]) {
      const client = makeClient('Nordlicht Outdoor GmbH');
      await createWorkspace({ dataDir: dir }).save(client);
      await writeFile(join(dir, 'clients', 'c0ffee00-0000-4000-8000-000000000000.json'), '');
    }
    const inSync = await createWorkspace({ dataDir: syncedDir }).open();
    expect(inSync.problems).toEqual([]);
    expect(inSync.syncIssues).toEqual([expect.objectContaining({ kind: 'placeholder', message: expect.stringMatching(/^The file is empty on this computer \(0 bytes\): it is probably still in the cloud/) })]);
    expect(await readdir(join(syncedDir, 'clients'))).toContain('c0ffee00-0000-4000-8000-000000000000.json');
    const plain = await createWorkspace({ dataDir: plainDir }).open();
    expect(plain.syncIssues).toBeUndefined();
    expect(plain.problems).toEqual([expect.objectContaining({ reason: 'The file is empty.' })]);
  });
});
