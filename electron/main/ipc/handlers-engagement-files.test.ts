import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarizeClient, type Client, type ClientSummary } from '../../../shared/domain/client';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import { SAFE_JSON_LIMITS } from '../../../shared/file-format/safe-json';
import type { ImportPreview, ImportReceipt } from '../../../shared/ipc/contract-engagement-files';
import { createAppServices, type AppServices } from '../services/app-services';
import { createNodePreferencesStore } from '../services/node-preferences-store';
import { dispatch } from './dispatch';

let dataDir: string;
let outDir: string;
let services: AppServices;
const chosen: (string | null)[] = [];
let n = 0;
const client = buildDemoClient({ newId: () => `f-${(n += 1)}`, now: new Date('2026-06-01T09:00:00.000Z') });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-files-'));
  outDir = await mkdtemp(join(tmpdir(), 'cairn-files-out-'));
  chosen.length = 0;
  services = await createAppServices({
    dataDir,
    preferencesStore: createNodePreferencesStore(dataDir),
    clock: () => new Date('2026-07-01T10:00:00.000Z'),
    platform: {
      openExternal: async () => undefined,
      onFlushed: () => undefined,
      chooseSaveFile: async () => chosen.shift() ?? null,
      chooseOpenFile: async () => chosen.shift() ?? null,
    },
  });
  await call('saveClient', { client });
  await call('openWorkspace');
});
afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

async function call<T = unknown>(name: string, payload: unknown = {}): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }> {
  return (await dispatch(services.handlers, name, payload)) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
}
async function value<T>(name: string, payload: unknown = {}): Promise<T> {
  const result = await call<T>(name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}
async function grant(kind: 'save' | 'open', path: string): Promise<string> {
  chosen.push(path);
  const chosenGrant = kind === 'save' ? await value<{ token: string }>('chooseSaveFile', { kind: 'cairn', defaultName: 'x.cairn' }) : await value<{ token: string }>('chooseOpenFile', { kinds: ['cairn'] });
  return chosenGrant.token;
}
async function exportDemo(): Promise<string> {
  const path = join(outDir, 'demo.cairn');
  await value('exportClientFile', { clientId: client.id, fileToken: await grant('save', path) });
  return path;
}
/** Every file of the data folder with its bytes, to prove a refused import changed nothing. */
async function folderBytes(folder: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      entries[path] = (await readFile(path)).toString('base64');
    }
  }
  return entries;
}
const countsOf = (preview: ImportPreview, entity: string) => preview.groups.find((group) => group.entity === entity)?.counts;

describe('engagement file handlers', () => {
  it('exports a client and imports it back as a copy with fresh ids, then undoes that', async () => {
    const path = await exportDemo();
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'cairn.engagement-file', appVersion: expect.any(String), exportedAt: expect.stringMatching(/^\d{4}-/), client });

    const preview = await value<ImportPreview>('previewImport', { fileToken: await grant('open', path), mode: { kind: 'new' } });
    expect(preview).toMatchObject({ freshIds: true, newClientName: `${client.name} (copy)` });
    expect(countsOf(preview, 'stakeholders')?.created).toBe(client.stakeholders.length);

    const receipt = await value<ImportReceipt>('applyImport', { previewId: preview.previewId });
    expect(receipt).toMatchObject({ createdClient: true, backupFile: null });
    expect(receipt.client.id).not.toBe(client.id);
    const workspace = await value<{ summaries: ClientSummary[] }>('openWorkspace');
    expect(workspace.summaries.map((c) => c.name).sort()).toEqual([client.name, `${client.name} (copy)`].sort());

    expect(await value('undoImport', { importId: receipt.importId })).toEqual({ client: null, removedClientId: receipt.client.id });
    expect((await value<{ summaries: ClientSummary[] }>('openWorkspace')).summaries).toEqual([summarizeClient(client)]);
    expect(await value('readClient', { id: client.id })).toEqual(client);
  });

  it('merges a file of the same client, backing the client up first, and undo restores it', async () => {
    const path = await exportDemo();
    const file = JSON.parse(await readFile(path, 'utf8')) as { client: Client };
    file.client.stakeholders[0]!.title = 'Chief Executive';
    file.client.stakeholders[0]!.updatedAt = '2026-06-20T09:00:00.000Z';
    file.client.kpis[0]!.name = 'Older name';
    file.client.kpis[0]!.updatedAt = '2026-01-01T09:00:00.000Z';
    await writeFile(path, JSON.stringify(file));

    const preview = await value<ImportPreview>('previewImport', { fileToken: await grant('open', path) });
    expect(preview.mode).toEqual({ kind: 'merge', targetClientId: client.id });
    expect(countsOf(preview, 'stakeholders')).toMatchObject({ updated: 1, unchanged: client.stakeholders.length - 1 });
    expect(preview.items.find((item) => item.entity === 'kpis')).toMatchObject({ state: 'skipped', reason: expect.stringMatching(/yours is kept/) });

    const kpiKey = `kpis:${client.kpis[0]!.id}`;
    const receipt = await value<ImportReceipt>('applyImport', { previewId: preview.previewId, decisions: { [kpiKey]: 'theirs' } });
    expect(receipt.client.stakeholders[0]!.title).toBe('Chief Executive');
    expect(receipt.client.kpis[0]!.name).toBe('Older name');
    const backup = JSON.parse(await readFile(join(dataDir, receipt.backupFile!), 'utf8')) as { client: Client };
    expect(backup.client).toEqual(client);

    expect(await value('undoImport', { importId: receipt.importId })).toEqual({ client, removedClientId: null });
    expect((await value<{ summaries: ClientSummary[] }>('openWorkspace')).summaries).toEqual([summarizeClient(client)]);
    expect(await value('readClient', { id: client.id })).toEqual(client);
  });

  it('refuses to undo an import once the client was edited after it, keeping the backup', async () => {
    const path = await exportDemo();
    const file = JSON.parse(await readFile(path, 'utf8')) as { client: Client };
    file.client.notes = 'From the file';
    file.client.updatedAt = '2026-06-20T09:00:00.000Z';
    await writeFile(path, JSON.stringify(file));
    const preview = await value<ImportPreview>('previewImport', { fileToken: await grant('open', path) });
    const receipt = await value<ImportReceipt>('applyImport', { previewId: preview.previewId });
    await value('saveClient', { client: { ...receipt.client, notes: 'Typed after the import' } });
    expect(await call('undoImport', { importId: receipt.importId })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/was changed after the import.*kept in backups[/\\]/) },
    });
  });

  it('refuses to apply a preview once the client has changed since', async () => {
    const path = await exportDemo();
    const preview = await value<ImportPreview>('previewImport', { fileToken: await grant('open', path) });
    await value('saveClient', { client: { ...client, notes: 'Edited after the preview' } });
    expect(await call('applyImport', { previewId: preview.previewId })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/changed since the preview/) } });
  });

  it('never reads a path the consultant did not choose', async () => {
    expect(await call('previewImport', { fileToken: 'not-a-granted-token' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  const good = () => readFile(join(outDir, 'demo.cairn'), 'utf8');
  const badFiles: { name: string; bytes: () => Promise<string | Buffer>; message: RegExp }[] = [
    { name: 'empty', bytes: async () => '', message: /empty/ },
    { name: 'truncated', bytes: async () => (await good()).slice(0, 5_000), message: /cut off/ },
    { name: 'not JSON', bytes: async () => 'name,industry\nNordlicht,Energy', message: /not valid JSON/ },
    { name: 'binary', bytes: async () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x81]), message: /binary/ },
    { name: 'wrong format id', bytes: async () => (await good()).replace('cairn.engagement-file', 'cairn.client-document'), message: /not a Cairn engagement file/ },
    { name: 'newer version', bytes: async () => (await good()).replace(/"schemaVersion": \d+/, '"schemaVersion": 99'), message: /schema version 99.*Update Cairn/ },
    { name: 'wrong type', bytes: async () => (await good()).replace(/"influence": \d/, '"influence": "high"'), message: /^client\.stakeholders\[0\]\.influence: expected a number$/ },
    { name: 'missing field', bytes: async () => (await good()).replace(/"region": "[^"]*",/, ''), message: /^client\.region: is missing$/ },
    { name: '__proto__ key', bytes: async () => (await good()).replace('"industry"', '"__proto__": {"isAdmin": true}, "industry"'), message: /^client\.__proto__: .*reserved key/ },
    { name: 'absurd nesting', bytes: async () => `{"a":${'['.repeat(5_000)}${']'.repeat(5_000)}}`, message: /levels deep/ },
    { name: 'over the size limit', bytes: async () => Buffer.alloc(SAFE_JSON_LIMITS.maxBytes + 1, 0x20), message: /Cairn reads files up to 50 MB/ },
  ];

  it.each(badFiles)('refuses a bad file ($name) with a clear message and changes nothing', async ({ bytes, message }) => {
    await exportDemo();
    const path = join(outDir, 'bad.cairn');
    await writeFile(path, await bytes());
    const before = await folderBytes(dataDir);
    const result = await call('previewImport', { fileToken: await grant('open', path) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(message) } });
    expect(await folderBytes(dataDir)).toEqual(before);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });
});
