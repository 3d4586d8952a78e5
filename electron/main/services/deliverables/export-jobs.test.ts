import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../../../shared/demo/demo-client';
import type { DeliverableInput } from '../../../../shared/deliverables/deliverable-input';
import { REPORT_SECTIONS, type DeliverableRequest } from '../../../../shared/deliverables/deliverable-request';
import { DEFAULT_PROFILE } from '../../../../shared/domain/preferences';
import { faultInjectingFs } from '../fault-injecting-fs';
import { nodeFsPort } from '../fs-port';
import { createExportJobs, defaultExportWorker, sourceWorker, type ExportJobs } from './export-jobs';

const fakeWorker = sourceWorker(join(import.meta.dirname, 'fake-export-worker.ts'));
let n = 0;
const demo = buildDemoClient({ newId: () => `j-${(n += 1)}`, now: new Date('2026-06-01T09:00:00.000Z') });
const inputFor = (name: string): DeliverableInput => ({
  client: { ...demo, name },
  engagementId: null,
  profile: DEFAULT_PROFILE,
  logoDataUrl: null,
  frameworks: [],
  generatedAt: '2026-06-01T09:00:00.000Z',
  appVersion: '0.1.0',
});
const report: DeliverableRequest = { kind: 'report', clientId: demo.id, engagementId: null, sections: ['gaps', 'kpis'] };
const workbook: DeliverableRequest = { kind: 'workbook', clientId: demo.id, engagementId: null, sections: ['summary'] };

let folder: string;
let jobs: ExportJobs;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cairn-export-jobs-'));
  jobs = createExportJobs({ worker: fakeWorker });
});
afterEach(async () => {
  await jobs.dispose();
  await rm(folder, { recursive: true, force: true });
});

describe('export jobs', () => {
  it('builds in a worker and writes the finished file to the chosen path', async () => {
    const target = join(folder, 'Nordlicht – 2026-06-01.pdf');
    const id = jobs.start(report, inputFor('Nordlicht'), target);
    expect(jobs.status(id).state).toBe('running');
    const done = await jobs.settled(id);
    expect(done).toMatchObject({ state: 'done', progress: 1, message: 'Saved' });
    const written = await readFile(target, 'utf8');
    expect(written).toBe('%PDF-1.7 report Nordlicht gaps,kpis');
    expect(done.bytes).toBe(Buffer.byteLength(written));
    expect(await readdir(folder)).toEqual(['Nordlicht – 2026-06-01.pdf']);
  });

  it('reports progress that never goes back while a long build runs', async () => {
    const id = jobs.start(report, inputFor('Slow [slow]'), join(folder, 'slow.pdf'));
    const seen: number[] = [];
    while (jobs.status(id).state === 'running') {
      seen.push(jobs.status(id).progress);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    expect(seen.some((p) => p > 0.1 && p < 0.96)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('keeps a preview in memory instead of writing: the PDF, or the sheets of a workbook', async () => {
    const pdf = jobs.start({ ...report, sections: [...REPORT_SECTIONS] }, inputFor('Preview'), null);
    await jobs.settled(pdf);
    const preview = jobs.preview(pdf);
    expect(preview.kind === 'pdf' && Buffer.from(preview.base64, 'base64').toString()).toMatch(/^%PDF-1.7 report Preview executive-summary,/);
    const xlsx = jobs.start(workbook, inputFor('Sheets'), null);
    await jobs.settled(xlsx);
    expect(jobs.preview(xlsx)).toEqual({ kind: 'workbook', sheets: [{ name: 'summary', rows: demo.stakeholders.length, columns: ['Name', 'Value'] }] });
    expect(await readdir(folder)).toEqual([]);
  });

  it('drops the oldest previews beyond the limit, with a message to make it again', async () => {
    jobs = createExportJobs({ worker: fakeWorker, maxPreviews: 1 });
    const first = jobs.start(report, inputFor('One'), null);
    await jobs.settled(first);
    const second = jobs.start(report, inputFor('Two'), null);
    await jobs.settled(second);
    expect(() => jobs.preview(first)).toThrow(/discarded to save memory/);
    expect(jobs.preview(second).kind).toBe('pdf');
  });

  it('cancels a running build: the worker stops and no file, not even a temp file, is left', async () => {
    const target = join(folder, 'hang.xlsx');
    const id = jobs.start(workbook, inputFor('Stuck [hang]'), target);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(jobs.cancel(id)).toBe(true);
    expect(await jobs.settled(id)).toMatchObject({ state: 'cancelled', message: 'Cancelled; nothing was saved.' });
    expect(jobs.cancel(id)).toBe(false);
    expect(await readdir(folder)).toEqual([]);
  });

  it('fails with the builder’s reason and writes nothing', async () => {
    const id = jobs.start(report, inputFor('Broken [fail]'), join(folder, 'broken.pdf'));
    expect(await jobs.settled(id)).toMatchObject({ state: 'failed', message: 'The report could not be built: the radar chart could not be drawn' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('says the disk is full when the file cannot be written, and leaves no temp file', async () => {
    jobs = createExportJobs({ worker: fakeWorker, fs: faultInjectingFs(nodeFsPort, () => [{ step: 'write', code: 'ENOSPC' }]) });
    const id = jobs.start(report, inputFor('Full'), join(folder, 'full.pdf'));
    expect(await jobs.settled(id)).toMatchObject({ state: 'failed', message: 'The disk is full; the file was not saved. Free some space and save again.' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses to start more builds than allowed at once', () => {
    jobs = createExportJobs({ worker: fakeWorker, maxRunning: 1 });
    jobs.start(report, inputFor('A [hang]'), null);
    expect(() => jobs.start(report, inputFor('B'), null)).toThrow(/already running/);
  });

  it('names an unknown job', () => {
    expect(() => jobs.status('nope')).toThrow(/no longer known/);
  });

  it('runs the bundled worker beside a bundled main, and the source under tsx otherwise', () => {
    expect(defaultExportWorker('file:///app/dist/main/index.cjs')).toEqual({ file: '/app/dist/main/export-worker.cjs', argv: [] });
    expect(defaultExportWorker('file:///repo/electron/main/services/deliverables/export-jobs.ts')).toEqual({
      file: join(import.meta.dirname, 'ts-worker-bootstrap.mjs'),
      argv: ['/repo/electron/main/services/deliverables/export-worker.ts'],
    });
  });
});
