import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { createWorkspace } from '../main/services/workspace';
import { runCliForTest } from './cli-test-harness';

let dataDir: string;
let outDir: string;
const now = new Date('2026-09-14T07:45:00.000Z');
const cli = (...argv: string[]) => runCliForTest(argv, { dataDir, cwd: outDir, now });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-special-'));
  outDir = await mkdtemp(join(tmpdir(), 'cairn-special-out-'));
  let n = 0;
  await createWorkspace({ dataDir }).save(buildDemoClient({ newId: () => `sp-${(n += 1)}`, now }));
});
afterEach(async () => {
  for (const folder of [dataDir, outDir]) await rm(folder, { recursive: true, force: true });
});

describe('validate and import refuse what is not a regular file, before reading it', () => {
  it.skipIf(process.platform === 'win32')('refuses a FIFO at once (opening one would wait forever)', async () => {
    execFileSync('mkfifo', [join(outDir, 'pipe.cairn')]);
    for (const command of ['validate', 'import']) {
      const result = await cli(command, 'pipe.cairn');
      expect(result).toEqual({ code: 1, stdout: '', stderr: 'cairn: pipe.cairn is not a regular file (a pipe, socket or device); Cairn reads only files.\n' });
    }
    expect(await readdir(join(dataDir, 'clients'))).toEqual(['sp-1.json']);
  }, 10_000);

  it.skipIf(process.platform === 'win32')('refuses a device such as /dev/zero, which never ends', async () => {
    const result = await cli('import', '/dev/zero', '--dry-run');
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'cairn: zero is not a regular file (a pipe, socket or device); Cairn reads only files.\n' });
  }, 10_000);
});
