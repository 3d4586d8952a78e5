import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientSummary } from '../../shared/domain/client';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { createWorkspace } from '../main/services/workspace';
import { runCli } from './run-cli';

let dataDir: string;
const now = new Date('2026-09-14T07:45:00.000Z');

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { CAIRN_DATA_DIR: dataDir },
    clock: () => now,
  });
  return { code, stdout, stderr };
}

async function seed(name: string, patch: { archivedAt?: string; deletedAt?: string } = {}): Promise<void> {
  let n = 0;
  const client = { ...buildDemoClient({ newId: () => `${name.replace(/\W/g, '')}-${(n += 1)}`, now }), name, ...patch };
  await createWorkspace({ dataDir }).save(client);
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-cli-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('cairn CLI', () => {
  it('prints names with terminal escape sequences and line breaks as visible escapes', async () => {
    await seed('Evil\u001b[2J\u001b]0;owned\u0007\nCorp');
    const list = await cli('list');
    expect(list.stdout.includes('\u001b') || list.stdout.includes('\u0007')).toBe(false);
    expect(list.stdout.split('\n')[1]).toMatch(/^Evil\\u001b\[2J\\u001b\]0;owned\\u0007\\u000aCorp /);
    const json = await cli('list', '--json');
    expect(json.stdout.includes('\u001b') || json.stdout.includes('\u0007')).toBe(false);
    expect(JSON.parse(json.stdout)[0].name).toBe('Evil\u001b[2J\u001b]0;owned\u0007\nCorp');
  });

  it('creates the demo client and lists it in a table', async () => {
    const demo = await cli('demo');
    expect(demo).toEqual({ code: 0, stdout: expect.stringMatching(/^Created demo client “Nordlicht Outdoor GmbH” \([0-9a-f-]{36}\)\.\n$/), stderr: '' });
    const list = await cli('list');
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')).toEqual([
      'Name                    Industry                  Stakeholders  Updated',
      'Nordlicht Outdoor GmbH  Outdoor equipment retail            12  2026-09-14 07:45 UTC',
      '',
    ]);
  });

  it('lists only active clients unless --all is given, then with their state', async () => {
    await seed('Active AG');
    await seed('Archived SA', { archivedAt: now.toISOString() });
    await seed('Trashed Sp. z o.o.', { deletedAt: now.toISOString() });
    const active = await cli('list', '--json');
    expect((JSON.parse(active.stdout) as ClientSummary[]).map((s) => s.name)).toEqual(['Active AG']);
    const all = await cli('list', '--all');
    expect(all.stdout).toMatch(/State\n/);
    expect(all.stdout).toMatch(/Archived SA .* archived\n/);
    expect(all.stdout).toMatch(/Trashed Sp\. z o\.o\. .* trash\n/);
  });

  it('prints an empty JSON array and a friendly line for an empty folder', async () => {
    expect(await cli('list', '--json', '--data-dir', dataDir)).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    expect((await cli('list')).stdout).toBe(`No active clients in ${dataDir}.\n`);
  });

  it('warns on stderr about a quarantined document and still lists the rest', async () => {
    await seed('Healthy GmbH');
    await writeFile(join(dataDir, 'clients', 'broken.json'), '{"format": ');
    const result = await cli('list', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(result.stderr).toMatch(/^cairn: warning: the document of client broken could not be read and is in clients\/broken\.json: .*cut off\)\.\n$/);
    // list only reads: the damaged file is reported where it is, never moved.
    expect(await readdir(join(dataDir, 'clients'))).toContain('broken.json');
  });

  it.each([
    { argv: [], message: /no command given/ },
    { argv: ['lsit'], message: /unknown command “lsit”/ },
    { argv: ['list', '--verbose'], message: /unknown option '--verbose'/ },
    { argv: ['demo', '--json'], message: /demo does not take --json/ },
    { argv: ['list', 'extra'], message: /unexpected argument “extra”/ },
    { argv: ['list', '--data-dir'], message: /argument missing/ },
  ])('exits 2 with one readable line for wrong usage: $argv', async ({ argv, message }) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 when the data folder is unusable', async () => {
    const file = join(dataDir, 'not-a-folder');
    await writeFile(file, 'x');
    const result = await cli('list', '--data-dir', file);
    expect(result).toEqual({ code: 1, stdout: '', stderr: expect.stringMatching(/^cairn: cannot use the data folder .*not-a-folder: .*\n$/) });
    await mkdir(join(dataDir, 'blocked'));
    await writeFile(join(dataDir, 'blocked', 'clients'), 'a file where a folder belongs');
    expect((await cli('list', '--data-dir', join(dataDir, 'blocked'))).code).toBe(1);
  });

  it('prints help and version', async () => {
    expect((await cli('--help')).stdout).toMatch(/^Usage: cairn <command>/);
    expect((await cli('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('runs as a real process through tsx with the same exit codes', async () => {
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const run = promisify(execFile);
    await run(tsx, ['electron/cli/cairn.ts', 'demo', '--data-dir', dataDir]);
    const { stdout } = await run(tsx, ['electron/cli/cairn.ts', 'list', '--json', `--data-dir=${dataDir}`]);
    expect((JSON.parse(stdout) as ClientSummary[]).map((s) => s.name)).toEqual(['Nordlicht Outdoor GmbH']);
    const failure = await run(tsx, ['electron/cli/cairn.ts', 'nope']).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringMatching(/^cairn: unknown command “nope”\./) });
  }, 30_000);
});
