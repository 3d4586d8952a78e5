import { CLIENT_DOCUMENT_SCHEMA_VERSION } from '../../shared/domain/client-document';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/domain/client';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { parseClientDocument, serializeClientDocument } from '../../shared/file-format/client-document-format';
import { createAppServices, type AppServices } from '../../electron/main/services/app-services';
import { createNodePreferencesStore } from '../../electron/main/services/node-preferences-store';
import { dispatch } from '../../electron/main/ipc/dispatch';
import type { WorkspaceState } from '../../shared/ipc/contract';

let dataDir: string;
let counter = 0;
const now = new Date('2026-07-07T14:00:00.000Z');
const makeClient = (name: string): Client => ({ ...buildDemoClient({ newId: () => `m-${(counter += 1)}`, now }), name });

let running: AppServices | null = null;
/** A fresh start of the app on the folder: the previous one quits first (one writer per folder). */
const services = async (): Promise<AppServices> => {
  await running?.close();
  running = await createAppServices({
    dataDir,
    preferencesStore: createNodePreferencesStore(dataDir),
    clock: () => now,
    platform: { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null },
  });
  return running;
};

/** Each way a document can be unreadable, as the bytes found on disk. */
const CASES: Array<{ name: string; bytes: (good: string) => Buffer; reason: RegExp }> = [
  { name: 'empty', bytes: () => Buffer.alloc(0), reason: /empty/ },
  { name: 'truncated', bytes: (good) => Buffer.from(good.slice(0, Math.floor(good.length * 0.6))), reason: /cut off/ },
  { name: 'NUL-filled', bytes: (good) => Buffer.alloc(Buffer.byteLength(good)), reason: /zero bytes/ },
  { name: 'invalid JSON', bytes: (good) => Buffer.from(good.replace('"format":', 'format:')), reason: /not valid JSON/ },
  { name: 'schema-invalid', bytes: (good) => Buffer.from(good.replace(/"influence": \d/, '"influence": 42')), reason: /client\.stakeholders\.\d+\.influence/ },
  { name: 'newer schema version', bytes: (good) => Buffer.from(good.replace(`"schemaVersion": ${CLIENT_DOCUMENT_SCHEMA_VERSION}`, `"schemaVersion": ${CLIENT_DOCUMENT_SCHEMA_VERSION + 1}`)), reason: /newer version of Cairn/ },
  { name: 'wrong format', bytes: (good) => Buffer.from(good.replace('cairn.client-document', 'acme.crm-export')), reason: /not a Cairn client document/ },
];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-corrupt-'));
});
afterEach(async () => {
  await running?.close();
  running = null;
  await rm(dataDir, { recursive: true, force: true });
});

describe('corrupt client documents', () => {
  it.each(CASES)('quarantines a $name document byte for byte, opens the rest, and restores from a snapshot', async ({ bytes, reason }) => {
    const app = await services();
    const healthy = [makeClient('Nordlicht Outdoor GmbH'), makeClient('Café Olé S.L.')];
    const victim = makeClient('Złota Rybka Sp. z o.o.');
    for (const client of [...healthy, victim]) await app.workspace.save(client);
    const bad = bytes(serializeClientDocument(victim));
    await writeFile(join(dataDir, 'clients', `${victim.id}.json`), bad);

    // A fresh start, as after a relaunch, through the same dispatch the renderer uses.
    const restarted = await services();
    const opened = await dispatch(restarted.handlers, 'openWorkspace', {});
    expect(opened.ok).toBe(true);
    const state = (opened as { ok: true; value: WorkspaceState }).value;
    expect(state.summaries.map((c) => c.name).sort()).toEqual(healthy.map((c) => c.name).sort());

    expect(state.problems).toHaveLength(1);
    const problem = state.problems[0]!;
    expect(problem).toMatchObject({ clientId: victim.id, clientName: 'Złota Rybka Sp. z o.o.', reason: expect.stringMatching(reason) });
    expect(problem.quarantinedAs).toBe(`quarantine/20260707T140000000Z--${victim.id}/${victim.id}.json`);
    expect(await readFile(join(dataDir, problem.quarantinedAs))).toEqual(bad);
    expect(await readdir(join(dataDir, 'clients'))).not.toContain(`${victim.id}.json`);

    const restored = await dispatch(restarted.handlers, 'restoreQuarantined', { problemId: problem.id, snapshotId: problem.latestSnapshot!.id });
    expect(restored).toEqual({ ok: true, value: victim });
    const onDisk = parseClientDocument(await readFile(join(dataDir, 'clients', `${victim.id}.json`), 'utf8'));
    expect(onDisk.ok && onDisk.document.client).toEqual(victim);

    const third = await dispatch((await services()).handlers, 'openWorkspace', {});
    const final = (third as { ok: true; value: WorkspaceState }).value;
    expect(final.problems).toEqual([]);
    expect(final.summaries).toHaveLength(3);
  });

  it('reports a problem without a name or snapshot when the client never had one', async () => {
    await (await services()).workspace.open();
    await writeFile(join(dataDir, 'clients', 'stranger.json'), '');
    const { problems } = await (await services()).workspace.open();
    expect(problems).toEqual([expect.objectContaining({ clientId: 'stranger', clientName: null, latestSnapshot: null, reason: 'The file is empty.' })]);
  });
});
