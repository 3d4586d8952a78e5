import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFsError } from './fs-errors';
import { isTempFileName, sweepTempFiles, writeFileAtomic } from './atomic-write';
import { faultInjectingFs, type Fault } from './fault-injecting-fs';
import { nodeFsPort } from './fs-port';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cairn-atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a file and then replaces it, leaving no temp file', async () => {
    const target = join(folder, 'doc.json');
    await writeFileAtomic(nodeFsPort, target, 'first');
    await writeFileAtomic(nodeFsPort, target, 'second');
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readdir(folder)).toEqual(['doc.json']);
  });

  const faults: Array<{ name: string; fault: Fault; code: string }> = [
    { name: 'the folder is read-only (EROFS on create)', fault: { step: 'open', code: 'EROFS' }, code: 'read-only' },
    { name: 'the disk fills up mid-write (ENOSPC)', fault: { step: 'write', code: 'ENOSPC' }, code: 'disk-full' },
    { name: 'fsync of the written temp file fails (ENOSPC)', fault: { step: 'sync', code: 'ENOSPC' }, code: 'disk-full' },
    { name: 'fsync reports an I/O error (EIO)', fault: { step: 'sync', code: 'EIO' }, code: 'io' },
    { name: 'closing the temp file fails (EDQUOT)', fault: { step: 'close', code: 'EDQUOT' }, code: 'disk-full' },
    { name: 'the target is locked during rename (EBUSY)', fault: { step: 'rename', code: 'EBUSY' }, code: 'locked' },
    { name: 'the folder turns read-only before rename (EROFS)', fault: { step: 'rename', code: 'EROFS' }, code: 'read-only' },
  ];

  it.each(faults)('keeps the old content and no temp file when $name', async ({ fault, code }) => {
    const target = join(folder, 'doc.json');
    await writeFile(target, 'old content');
    const fs = faultInjectingFs(nodeFsPort, () => [fault]);
    const failure = await writeFileAtomic(fs, target, 'new content that never lands').then(
      () => null,
      (error: unknown) => error,
    );
    expect(describeFsError(failure)?.code).toBe(code);
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(folder)).toEqual(['doc.json']);
  });

  it('ignores folders that cannot be fsynced (Windows reports EISDIR or EPERM)', async () => {
    const target = join(folder, 'doc.json');
    for (const code of ['EISDIR', 'EPERM']) {
      await writeFileAtomic(faultInjectingFs(nodeFsPort, () => [{ step: 'sync-folder', code }]), target, code);
      expect(await readFile(target, 'utf8')).toBe(code);
    }
  });
});

describe('sweepTempFiles', () => {
  it('removes only our temp files', async () => {
    const ours = '.abc.json.0123456789ab.tmp';
    await Promise.all([ours, 'abc.json', '.hidden', 'notes.tmp'].map((name) => writeFile(join(folder, name), 'x')));
    expect(await sweepTempFiles(nodeFsPort, folder)).toEqual([ours]);
    expect((await readdir(folder)).sort()).toEqual(['.hidden', 'abc.json', 'notes.tmp']);
  });

  it('treats a missing folder as empty', async () => {
    expect(await sweepTempFiles(nodeFsPort, join(folder, 'missing'))).toEqual([]);
  });

  it.each([
    ['.doc.json.0123456789ab.tmp', true],
    ['doc.json.0123456789ab.tmp', false],
    ['.doc.json.tmp', false],
    ['.doc.json.0123456789ab.tmp.bak', false],
  ])('recognises %s as a temp file: %s', (name, expected) => {
    expect(isTempFileName(name)).toBe(expected);
  });
});
