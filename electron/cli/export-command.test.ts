import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../shared/demo/demo-client';
import type { Client } from '../../shared/domain/client';
import { createAppServices, type AppServices } from '../main/services/app-services';
import { fakeBuilders } from '../main/services/deliverables/fake-builders';
import { createNodePreferencesStore } from '../main/services/node-preferences-store';
import { createWorkspace } from '../main/services/workspace';
import { CliError } from './cli-io';
import { deliverableExporter, runExport, type ExportOptions } from './export-command';
import { runCli } from './run-cli';

const now = new Date('2026-09-14T07:45:00.000Z');
let dataDir: string;
let services: AppServices;
let n = 0;
const demo = (name: string): Client => ({ ...buildDemoClient({ newId: () => `${name.replace(/\W/g, '')}-${(n += 1)}`, now }), name });
const fakeFormats = { xlsx: deliverableExporter('workbook', async () => fakeBuilders), pdf: deliverableExporter('report', async () => fakeBuilders) };

async function exportWith(options: Partial<ExportOptions>): Promise<string> {
  let stdout = '';
  const io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true }, env: {}, cwd: dataDir, clock: () => now };
  await runExport({ ...services, dataDir }, { client: undefined, format: undefined, out: undefined, engagement: undefined, sections: undefined, ...options }, io, fakeFormats);
  return stdout;
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { CAIRN_DATA_DIR: dataDir },
    cwd: dataDir,
    clock: () => now,
  });
  return { code, stdout, stderr };
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-cli-export-'));
  services = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform: { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null } });
});
afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('cairn export', () => {
  it('writes the report of a client found by its exact name, sections in the report’s order', async () => {
    await services.workspace.save(demo('Nordlicht Outdoor GmbH'));
    const stdout = await exportWith({ client: 'Nordlicht Outdoor GmbH', format: 'pdf', out: 'report.pdf', sections: 'kpis,gaps' });
    expect(stdout).toBe(`Wrote ${join(dataDir, 'report.pdf')} (1 KB).\n`);
    expect(await readFile(join(dataDir, 'report.pdf'), 'utf8')).toBe('%PDF-1.7 report Nordlicht Outdoor GmbH gaps,kpis');
  });

  it('finds a client by id and an engagement by its title', async () => {
    const client = demo('Sol y Mar S.L.');
    await services.workspace.save(client);
    const engagement = client.engagements[0]!;
    await exportWith({ client: client.id, format: 'xlsx', out: join(dataDir, 'sol.xlsx'), engagement: engagement.title, sections: 'summary' });
    expect(await readFile(join(dataDir, 'sol.xlsx'), 'utf8')).toBe('PK\u0003\u0004 workbook Sol y Mar S.L. summary');
  });

  it('refuses an ambiguous or unknown client, or an unknown engagement, with one line and no file', async () => {
    await services.workspace.save(demo('Twin AG'));
    await services.workspace.save(demo('Twin AG'));
    await expect(exportWith({ client: 'Twin AG', format: 'pdf', out: 'twin.pdf' })).rejects.toThrow(/^2 clients are named “Twin AG”; give the id instead/);
    await expect(exportWith({ client: 'twin ag', format: 'pdf', out: 'twin.pdf' })).rejects.toMatchObject({ exitCode: 1, message: 'no client has the id or name “twin ag” (cairn list --all shows them).' });
    await services.workspace.save(demo('Solo SA'));
    await expect(exportWith({ client: 'Solo SA', format: 'pdf', out: 'solo.pdf', engagement: 'Nope' })).rejects.toThrow('Solo SA has no engagement with the id or title “Nope”.');
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.pdf'))).toEqual([]);
  });

  it('says why a build failed and leaves no file', async () => {
    await services.workspace.save(demo('Broken [fail]'));
    const failing = exportWith({ client: 'Broken [fail]', format: 'pdf', out: 'broken.pdf' });
    await expect(failing).rejects.toBeInstanceOf(CliError);
    await expect(failing).rejects.toMatchObject({ exitCode: 1, message: 'the pdf file could not be built: the radar chart could not be drawn' });
    expect(await readdir(dataDir)).not.toContain('broken.pdf');
  });

  it('treats an unknown section as wrong usage, naming the valid ones', async () => {
    await services.workspace.save(demo('Nordlicht'));
    await expect(exportWith({ client: 'Nordlicht', format: 'xlsx', out: 'n.xlsx', sections: 'summary,horoscope' })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^unknown section “horoscope” for xlsx; use summary, dashboard, stakeholders, /),
    });
  });

  it('writes a real workbook and report through the command line', async () => {
    await createWorkspace({ dataDir }).save(demo('Nordlicht Outdoor GmbH'));
    const result = await cli('export', 'Nordlicht Outdoor GmbH', '--format', 'xlsx', '--out', 'nordlicht.xlsx', '--sections', 'initiatives,summary');
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Wrote .*nordlicht\.xlsx \(\d+ KB\)\.\n$/), stderr: '' });
    expect((await readFile(join(dataDir, 'nordlicht.xlsx'))).subarray(0, 2).toString()).toBe('PK');
    const pdf = await cli('export', 'Nordlicht Outdoor GmbH', '--format', 'pdf', '--out', 'nordlicht.pdf', '--sections', 'gaps');
    expect(pdf).toMatchObject({ code: 0, stderr: '' });
    expect((await readFile(join(dataDir, 'nordlicht.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exits 2 on wrong usage before touching anything', async () => {
    expect(await cli('export', '--format', 'pdf', '--out', 'x.pdf')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^cairn: export needs a CLIENT \(its id or exact name\)\.\n/) });
    expect(await cli('export', 'Nordlicht', '--format', 'docx', '--out', 'x.docx')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^cairn: unknown format “docx”; use xlsx\|pdf/) });
    expect(await cli('export', 'Nordlicht', '--format', 'pdf')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^cairn: export needs --out FILE\./) });
    expect(await cli('export', 'A', 'B', '--format', 'pdf', '--out', 'x.pdf')).toMatchObject({ code: 2, stderr: expect.stringMatching(/unexpected argument “B” after export/) });
    expect(await cli('list', '--format', 'pdf')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^cairn: list does not take --format\./) });
  });

  it('exits 1 with one line for a client that does not exist', async () => {
    await createWorkspace({ dataDir }).save(demo('Nordlicht'));
    expect(await cli('export', 'Nordlicht GmbH', '--format', 'pdf', '--out', 'x.pdf')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'cairn: no client has the id or name “Nordlicht GmbH” (cairn list --all shows them).\n',
    });
  });
});
