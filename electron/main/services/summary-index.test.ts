import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarizeClient, type Client } from '../../../shared/domain/client';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import { serializeClientDocument } from '../../../shared/file-format/client-document-format';
import { BUILT_IN_FRAMEWORKS } from '../../../shared/frameworks/builtin';
import { benchmarkAgainstPeers } from '../../../shared/scoring/benchmark';
import { nodeFsPort, type FsPort } from './fs-port';
import { createWorkspace, type WorkspaceDeps } from './workspace';

let dataDir: string;
let ids = 0;
const now = new Date('2026-04-01T10:00:00.000Z');
const newId = () => `id-${(ids += 1)}`;
const makeClient = (name: string): Client => ({ ...buildDemoClient({ newId, now }), name });
const clientFile = (id: string) => join(dataDir, 'clients', `${id}.json`);
const indexFile = () => join(dataDir, 'index', 'summaries.json');

/** The documents read from clients/ by a workspace, by client id. */
function watchedReads() {
  const reads: string[] = [];
  const fs: FsPort = {
    ...nodeFsPort,
    readFile: (path: string) => {
      const match = /[/\\]clients[/\\]([^/\\]+)\.json$/.exec(path);
      if (match) reads.push(match[1]!);
      return nodeFsPort.readFile(path);
    },
  };
  return { fs, reads };
}

const open = (extra: Partial<WorkspaceDeps> = {}) => createWorkspace({ dataDir, clock: () => now, newId, utcOffsetMinutes: () => 0, ...extra });

/** Two saved clients, then the index written as a quit would leave it. */
async function twoClients(): Promise<[Client, Client]> {
  const workspace = open();
  await workspace.open();
  const alpha = makeClient('Alpha AG');
  const beta = makeClient('Beta SA');
  await workspace.save(alpha);
  await workspace.save(beta);
  await workspace.flushIndex();
  return [alpha, beta];
}

const names = (summaries: { name: string }[]) => summaries.map((summary) => summary.name).sort();

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-summaries-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the summaries index', () => {
  it('lists unchanged clients without reading their documents', async () => {
    const [alpha, beta] = await twoClients();
    const { fs, reads } = watchedReads();
    const workspace = open({ fs });
    const { summaries } = await workspace.open();
    expect(summaries.sort((a, b) => a.name.localeCompare(b.name))).toEqual([summarizeClient(alpha), summarizeClient(beta)]);
    expect(reads).toEqual([]);
    // Opening a client reads exactly its document, and it saves on top of what the index said.
    expect(await workspace.read(alpha.id)).toEqual(alpha);
    expect(reads).toEqual([alpha.id]);
    await expect(workspace.save({ ...beta, notes: 'edited' })).resolves.toMatchObject({ savedAt: now.toISOString() });
  });

  it('is rebuilt from the documents when it is missing', async () => {
    const [alpha, beta] = await twoClients();
    await rm(join(dataDir, 'index'), { recursive: true });
    const { fs, reads } = watchedReads();
    const rebuilt = open({ fs });
    expect(names((await rebuilt.open()).summaries)).toEqual(['Alpha AG', 'Beta SA']);
    expect(reads.sort()).toEqual([alpha.id, beta.id].sort());
    // Written again shortly after: the next open reads nothing.
    await rebuilt.flushIndex();
    const again = watchedReads();
    expect(names((await open({ fs: again.fs }).open()).summaries)).toEqual(['Alpha AG', 'Beta SA']);
    expect(again.reads).toEqual([]);
  });

  it.each([
    ['cut off', (text: string) => text.slice(0, text.length / 2)],
    ['not JSON', () => 'garbage'],
    ['of another version', (text: string) => text.replace('"version":1', '"version":99')],
    ['naming a client under another id', (text: string) => text.replace(/"summary":\{"id":"[^"]+"/, '"summary":{"id":"someone-else"')],
  ])('is rebuilt from the documents when it is %s', async (_, damage) => {
    const [alpha, beta] = await twoClients();
    await writeFile(indexFile(), damage(await readFile(indexFile(), 'utf8')));
    const { fs, reads } = watchedReads();
    const rebuilt = open({ fs });
    const { summaries, problems } = await rebuilt.open();
    expect(summaries.map((summary) => summary.id).sort()).toEqual([alpha.id, beta.id].sort());
    expect(problems).toEqual([]);
    expect(reads.length).toBeGreaterThan(0);
    await rebuilt.flushIndex();
    const again = watchedReads();
    await open({ fs: again.fs }).open();
    expect(again.reads).toEqual([]);
  });

  it('reads again a document another program or a sync tool changed, and only that one', async () => {
    const [alpha, beta] = await twoClients();
    await writeFile(clientFile(alpha.id), serializeClientDocument({ ...alpha, name: 'Alpha AG (synced)', industry: 'Retail' }));
    const { fs, reads } = watchedReads();
    const workspace = open({ fs });
    const { summaries } = await workspace.open();
    expect(names(summaries)).toEqual(['Alpha AG (synced)', 'Beta SA']);
    expect(summaries.find((summary) => summary.id === alpha.id)?.industry).toBe('Retail');
    expect(reads).toEqual([alpha.id]);
    // The changed document is the base of the next save: no conflict.
    await workspace.save({ ...(await workspace.read(alpha.id)), notes: 'after sync' });
    expect(reads).not.toContain(beta.id);
  });

  it('never lists a document that became unreadable, even though the index still describes it', async () => {
    const [alpha, beta] = await twoClients();
    await writeFile(clientFile(alpha.id), '{"format": "cairn.client-document", "schemaVe');
    const reopened = open();
    const { summaries, problems } = await reopened.open();
    expect(summaries.map((summary) => summary.id)).toEqual([beta.id]);
    expect(problems).toEqual([expect.objectContaining({ clientId: alpha.id, reason: expect.stringMatching(/cut off/) })]);
    expect(await readdir(join(dataDir, 'clients'))).toEqual([`${beta.id}.json`]);
    // Nor after another open, from the index written meanwhile.
    await reopened.flushIndex();
    expect((await open().open()).summaries.map((summary) => summary.id)).toEqual([beta.id]);
  });

  it('forgets a document that left the folder (purged, or deleted by hand)', async () => {
    const [alpha, beta] = await twoClients();
    const workspace = open();
    await workspace.open();
    await workspace.purge(alpha.id);
    await rm(clientFile(beta.id));
    expect((await open().open()).summaries).toEqual([]);
  });

  it('follows saves: the next open lists the saved version without reading it', async () => {
    const [alpha] = await twoClients();
    const workspace = open();
    await workspace.open();
    await workspace.save({ ...alpha, name: 'Alpha AG renamed', archivedAt: now.toISOString() });
    // Written shortly after the save (debounced).
    await new Promise((resolve) => setTimeout(resolve, 700));
    await workspace.idle();
    const { fs, reads } = watchedReads();
    const { summaries } = await open({ fs }).open();
    expect(summaries.find((summary) => summary.id === alpha.id)).toMatchObject({ name: 'Alpha AG renamed', archivedAt: now.toISOString() });
    expect(reads).toEqual([]);
  });

  it('is not written by an opener that exits or refuses at once, and is written shortly after an open that rebuilt it', async () => {
    await twoClients();
    await rm(join(dataDir, 'index'), { recursive: true });
    const workspace = open();
    await workspace.open();
    await workspace.idle();
    expect(await readdir(dataDir)).not.toContain('index');
    await new Promise((resolve) => setTimeout(resolve, 700));
    await workspace.idle();
    expect(await readdir(join(dataDir, 'index'))).toEqual(['summaries.json']);
  });

  it('is never written by a read-only opener', async () => {
    await twoClients();
    await rm(join(dataDir, 'index'), { recursive: true });
    const workspace = open({ readOnly: true });
    expect((await workspace.open()).summaries).toHaveLength(2);
    await workspace.idle();
    expect(await readdir(dataDir)).not.toContain('index');
  });

  it('gives the peer benchmark from the summaries, without reading the other documents', async () => {
    const [alpha, beta] = await twoClients();
    const framework = BUILT_IN_FRAMEWORKS.find((candidate) => candidate.id === alpha.assessments[0]!.frameworkId)!;
    const { fs, reads } = watchedReads();
    const workspace = open({ fs });
    await workspace.open();
    const expected = benchmarkAgainstPeers({ clientId: alpha.id, framework, clients: [alpha, beta].map((client) => ({ clientId: client.id, assessments: client.assessments })) });
    expect(expected).not.toBeNull();
    expect(workspace.peerBenchmark(alpha.id, framework)).toEqual(expected);
    expect(reads).toEqual([]);
    // A client in the trash is left out.
    await workspace.save({ ...beta, deletedAt: now.toISOString() });
    expect(workspace.peerBenchmark(alpha.id, framework)).toBeNull();
  });
});
