import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import type { Client } from '../../../shared/domain/client';
import { createAppServices, type AppServices, type Platform } from '../services/app-services';
import { createExportJobs, sourceWorker, type ExportJobs } from '../services/deliverables/export-jobs';
import { createNodePreferencesStore } from '../services/node-preferences-store';
import { dispatch } from './dispatch';
import type { Handlers } from './handler-types';
import { createExportHandlers } from './handlers-exports';

const fakeWorker = sourceWorker(join(import.meta.dirname, '..', 'services', 'deliverables', 'fake-export-worker.ts'));
let dataDir: string;
let outDir: string;
let services: AppServices;
let jobs: ExportJobs;
let handlers: Handlers;
/** Paths the fake system dialog answers with, in order; null is Cancel. */
const chosen: (string | null)[] = [];
const dialogs: { defaultPath: string | null }[] = [];
let n = 0;
const client: Client = buildDemoClient({ newId: () => `x-${(n += 1)}`, now: new Date('2026-06-01T09:00:00.000Z') });
const engagement = client.engagements[0]!;

const platform: Platform = {
  openExternal: async () => undefined,
  onFlushed: () => undefined,
  chooseSaveFile: async (options) => {
    dialogs.push(options);
    return chosen.shift() ?? null;
  },
  chooseOpenFile: async (options) => {
    dialogs.push(options);
    return chosen.shift() ?? null;
  },
};

async function start(): Promise<void> {
  services = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform });
  jobs = createExportJobs({ worker: fakeWorker });
  handlers = { ...services.handlers, ...createExportHandlers({ ...services, dataDir, platform }, jobs) };
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-export-handlers-'));
  // Exports never go inside the data folder: a folder beside it.
  outDir = `${dataDir}-out`;
  await mkdir(outDir, { recursive: true });
  chosen.length = 0;
  dialogs.length = 0;
  await start();
  await services.workspace.save(client);
});
afterEach(async () => {
  await jobs.dispose();
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

const call = <T>(name: string, payload: unknown): Promise<T> =>
  dispatch(handlers, name, payload).then((result) => {
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as T;
  });

async function untilSettled(jobId: string): Promise<{ state: string; message: string; bytes: number | null }> {
  for (;;) {
    const status = await call<{ state: string; message: string; bytes: number | null }>('exportStatus', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

describe('export handlers', () => {
  it('saves a report to the file chosen in the save dialog', async () => {
    const target = join(outDir, 'Nordlicht – Report.pdf');
    chosen.push(target);
    const grant = await call<{ token: string }>('chooseSaveFile', { kind: 'pdf', defaultName: 'Nordlicht.pdf' });
    const request = { kind: 'report', clientId: client.id, engagementId: engagement.id, sections: ['gaps'] };
    const { jobId } = await call<{ jobId: string }>('startExport', { request, fileToken: grant.token });
    expect(await untilSettled(jobId)).toMatchObject({ state: 'done', message: 'Saved' });
    expect(await readFile(target, 'utf8')).toBe(`%PDF-1.7 report ${client.name} gaps`);
  });

  it('previews without writing anything, and returns the PDF bytes', async () => {
    const request = { kind: 'report', clientId: client.id, engagementId: null, sections: [] };
    const { jobId } = await call<{ jobId: string }>('startExport', { request, fileToken: null });
    await untilSettled(jobId);
    const preview = await call<{ kind: string; base64: string }>('readExportPreview', { jobId });
    expect(Buffer.from(preview.base64, 'base64').toString()).toMatch(/^%PDF-1\.7 report/);
  });

  it('refuses a token that no save dialog handed out, and one granted only for reading', async () => {
    const request = { kind: 'workbook', clientId: client.id, engagementId: null, sections: ['summary'] };
    await expect(call('startExport', { request, fileToken: 'made-up-token' })).rejects.toMatchObject({ code: 'forbidden' });
    chosen.push(join(dataDir, 'in.xlsx'));
    const read = await call<{ token: string }>('chooseOpenFile', { kinds: ['xlsx'] });
    await expect(call('startExport', { request, fileToken: read.token })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('uses a save grant once, and only for the kind of file it was chosen for', async () => {
    const workbook = { kind: 'workbook', clientId: client.id, engagementId: null, sections: ['summary'] };
    const report = { kind: 'report', clientId: client.id, engagementId: null, sections: ['gaps'] };
    chosen.push(join(outDir, 'Nordlicht.pdf'));
    const grant = await call<{ token: string }>('chooseSaveFile', { kind: 'pdf', defaultName: 'Nordlicht.pdf' });
    await expect(call('startExport', { request: workbook, fileToken: grant.token })).rejects.toMatchObject({ code: 'forbidden' });
    const { jobId } = await call<{ jobId: string }>('startExport', { request: report, fileToken: grant.token });
    await untilSettled(jobId);
    await expect(call('startExport', { request: report, fileToken: grant.token })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('names the missing client, engagement or workshop', async () => {
    const report = { kind: 'report', engagementId: null, sections: [] };
    await expect(call('startExport', { request: { ...report, clientId: 'nobody' }, fileToken: null })).rejects.toThrow(/no client with id nobody/);
    await expect(call('startExport', { request: { ...report, clientId: client.id, engagementId: 'gone' }, fileToken: null })).rejects.toThrow(
      `${client.name} has no engagement with id gone.`,
    );
    await expect(call('startExport', { request: { kind: 'agenda', clientId: client.id, workshopId: 'w-gone' }, fileToken: null })).rejects.toThrow(/no workshop with id w-gone/);
  });

  it('rejects a request for a section that does not exist before anything runs', async () => {
    const request = { kind: 'workbook', clientId: client.id, engagementId: null, sections: ['horoscope'] };
    await expect(call('startExport', { request, fileToken: null })).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('cancels a running export: nothing is written', async () => {
    await services.workspace.save({ ...client, name: 'Stuck [hang]' });
    const target = join(outDir, 'stuck.xlsx');
    chosen.push(target);
    const grant = await call<{ token: string }>('chooseSaveFile', { kind: 'xlsx', defaultName: 'Stuck.xlsx' });
    const request = { kind: 'workbook', clientId: client.id, engagementId: null, sections: ['summary'] };
    const { jobId } = await call<{ jobId: string }>('startExport', { request, fileToken: grant.token });
    expect(await call('cancelExport', { jobId })).toEqual({ cancelled: true });
    expect(await untilSettled(jobId)).toMatchObject({ state: 'cancelled' });
    expect((await readdir(outDir)).filter((name) => name.includes('stuck'))).toEqual([]);
  });
});

describe('save dialogs', () => {
  it('open in the folder of the last chosen file, even after a restart', async () => {
    chosen.push(join(outDir, 'deliverables', 'First.xlsx'));
    await call('chooseSaveFile', { kind: 'xlsx', defaultName: 'First.xlsx' });
    await jobs.dispose();
    await services.close();
    await start();
    await call('chooseSaveFile', { kind: 'pdf', defaultName: 'Nordlicht – 2026-06-01.pdf' });
    expect(dialogs[1]).toMatchObject({ defaultPath: join(outDir, 'deliverables', 'Nordlicht – 2026-06-01.pdf') });
  });
});
