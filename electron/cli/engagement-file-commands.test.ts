import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { createWorkspace } from '../main/services/workspace';
import { runCli } from './run-cli';

let dataDir: string;
let otherDir: string;
let outDir: string;
const now = new Date('2026-09-14T07:45:00.000Z');
let n = 0;
const client = buildDemoClient({ newId: () => `cli-${(n += 1)}`, now });

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { CAIRN_DATA_DIR: dataDir },
    cwd: outDir,
    clock: () => now,
  });
  return { code, stdout, stderr };
}

async function clientFiles(folder: string): Promise<string[]> {
  return (await readdir(join(folder, 'clients')).catch(() => [])).filter((name) => name.endsWith('.json')).sort();
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-cli-files-'));
  otherDir = await mkdtemp(join(tmpdir(), 'cairn-cli-other-'));
  outDir = await mkdtemp(join(tmpdir(), 'cairn-cli-out-'));
  await createWorkspace({ dataDir }).save(client);
});
afterEach(async () => {
  for (const folder of [dataDir, otherDir, outDir]) await rm(folder, { recursive: true, force: true });
});

describe('cairn export --format cairn, validate, import, backup', () => {
  it('exports a client file that validates and imports into another workspace, exporting back the same', async () => {
    expect(await cli('export', client.name, '--format', 'cairn', '--out', 'nordlicht.cairn')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Wrote .*nordlicht\.cairn/) });
    expect(await cli('validate', 'nordlicht.cairn')).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^Valid Cairn file: Nordlicht Outdoor GmbH, 2 engagements, 2 assessments, 15 initiatives, 8 KPIs \(schema version \d+, written by Cairn .+\)\.\n$/),
      stderr: '',
    });

    const dry = await cli('import', 'nordlicht.cairn', '--dry-run', '--data-dir', otherDir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Import nordlicht\.cairn as a new client “Nordlicht Outdoor GmbH”\./);
    expect(dry.stdout).toMatch(/Stakeholders: 12 created/);
    expect(dry.stdout).toMatch(/Dry run: nothing was changed\./);
    expect(await clientFiles(otherDir)).toEqual([]);

    expect(await cli('import', 'nordlicht.cairn', '--as-new', '--data-dir', otherDir)).toMatchObject({ code: 0, stdout: expect.stringMatching(/Imported Nordlicht Outdoor GmbH as a new client\./) });
    expect(await cli('export', client.id, '--format', 'cairn', '--out', 'again.cairn', '--data-dir', otherDir)).toMatchObject({ code: 0 });
    expect(await readFile(join(outDir, 'again.cairn'), 'utf8')).toBe(await readFile(join(outDir, 'nordlicht.cairn'), 'utf8'));
  });

  it('merges into the same client by default and reports what is unchanged', async () => {
    await cli('export', client.id, '--format', 'cairn', '--out', 'same.cairn');
    const merged = await cli('import', 'same.cairn');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/Merge same\.cairn into “Nordlicht Outdoor GmbH”\./);
    expect(merged.stdout).toMatch(/Initiatives: 15 unchanged/);
    expect(merged.stdout).toMatch(/kept in backups[/\\]cli-1\.before-import\./);
  });

  it('refuses --merge when the client is not in the workspace, and both flags at once', async () => {
    await cli('export', client.id, '--format', 'cairn', '--out', 'x.cairn');
    expect(await cli('import', 'x.cairn', '--merge', '--data-dir', otherDir)).toEqual({ code: 1, stdout: '', stderr: 'cairn: this workspace has no client “Nordlicht Outdoor GmbH” to merge into; import it with --as-new.\n' });
    expect(await cli('import', 'x.cairn', '--merge', '--as-new')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^cairn: choose one of --as-new and --merge\./) });
    expect(await cli('import')).toMatchObject({ code: 2 });
  });

  it('reports a bad file in one line with its JSON path, exit 1, and changes nothing', async () => {
    await cli('export', client.id, '--format', 'cairn', '--out', 'good.cairn');
    const good = await readFile(join(outDir, 'good.cairn'), 'utf8');
    await writeFile(join(outDir, 'bad.cairn'), good.replace(/"title": "[^"]*"/, '"title": 7'));
    const before = await readFile(join(dataDir, 'clients', `${client.id}.json`));
    for (const command of ['validate', 'import']) {
      const result = await cli(command, 'bad.cairn');
      expect(result).toEqual({ code: 1, stdout: '', stderr: expect.stringMatching(/^cairn: client\.stakeholders\[0\]\.title: expected text\n$/) });
    }
    expect(await readFile(join(dataDir, 'clients', `${client.id}.json`))).toEqual(before);
    expect(await cli('validate', 'missing.cairn')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^cairn: The file missing\.cairn no longer exists\.\n$/) });
  });

  it('backs up the whole workspace into a file that validates', async () => {
    expect(await cli('backup', '--out', 'all.cairn-backup')).toMatchObject({ code: 0, stdout: expect.stringMatching(/: 1 client \(\d+ KB\)\.\n$/) });
    expect(await cli('validate', 'all.cairn-backup')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Valid workspace backup: 1 client, 0 custom frameworks/) });
    expect(await cli('backup')).toMatchObject({ code: 2, stderr: expect.stringMatching(/backup needs --out FILE/) });
  });

  it('reads back a workbook it exported as a merge preview with nothing to change', async () => {
    expect(await cli('export', client.id, '--format', 'xlsx', '--out', 'nordlicht.xlsx')).toMatchObject({ code: 0 });
    const dry = await cli('import', 'nordlicht.xlsx', '--dry-run');
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toMatch(/^Merge nordlicht\.xlsx into “Nordlicht Outdoor GmbH”\./);
    expect(dry.stdout).not.toMatch(/ (created|updated|skipped|conflict)/);
  }, 30_000);
});
