import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMUNITY_MATURITY_MODEL } from '../../../shared/frameworks/builtin';
import { duplicateFramework } from '../../../shared/frameworks/framework-edits';
import { FrameworkSchema } from '../../../shared/frameworks/framework-schema';
import { createFrameworkLibrary, type SkippedFrameworkFile } from './framework-library';

let dataDir: string;
let skipped: SkippedFrameworkFile[];
const library = () => createFrameworkLibrary({ dataDir, onSkipped: (item) => skipped.push(item) });
const custom = (id: string, name: string) => duplicateFramework(COMMUNITY_MATURITY_MODEL, { newId: id, name });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-frameworks-'));
  skipped = [];
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('framework library', () => {
  it('lists nothing when the folder does not exist yet', async () => {
    expect(await library().list()).toEqual({ frameworks: [], skipped: [] });
  });

  it('saves frameworks as frameworks/<id>.json and lists them by name', async () => {
    const lib = library();
    await lib.save(custom('zeta', 'Zeta model'));
    await lib.save(custom('alpha', 'Alpha model'));
    expect((await readdir(join(dataDir, 'frameworks'))).sort()).toEqual(['alpha.json', 'zeta.json']);
    const stored = JSON.parse(await readFile(join(dataDir, 'frameworks', 'alpha.json'), 'utf8')) as unknown;
    expect(FrameworkSchema.parse(stored)).toEqual(custom('alpha', 'Alpha model'));
    const { frameworks } = await library().list();
    expect(frameworks.map((framework) => framework.name)).toEqual(['Alpha model', 'Zeta model']);
  });

  it('overwrites a framework saved again under the same id', async () => {
    const lib = library();
    await lib.save(custom('mine', 'First name'));
    await lib.save({ ...custom('mine', 'Second name'), version: '1.1.0' });
    expect((await lib.list()).frameworks).toEqual([{ ...custom('mine', 'Second name'), version: '1.1.0' }]);
  });

  it('deletes a framework, and says so when there was nothing to delete', async () => {
    const lib = library();
    await lib.save(custom('mine', 'Mine'));
    expect(await lib.remove('mine')).toEqual({ deleted: true });
    expect(await lib.remove('mine')).toEqual({ deleted: false });
    expect((await lib.list()).frameworks).toEqual([]);
  });

  it('skips and reports corrupt or invalid files, keeping the good ones', async () => {
    await library().save(custom('good', 'Good'));
    const folder = join(dataDir, 'frameworks');
    await writeFile(join(folder, 'broken.json'), '{ "id": "broken", ');
    await writeFile(join(folder, 'invalid.json'), JSON.stringify({ ...custom('invalid', 'Invalid'), stages: [] }));
    await writeFile(join(folder, 'notes.txt'), 'not a framework file');
    const result = await library().list();
    expect(result.frameworks.map((framework) => framework.id)).toEqual(['good']);
    expect(result.skipped).toEqual([
      { file: 'broken.json', reason: 'is not valid JSON' },
      { file: 'invalid.json', reason: expect.stringMatching(/^is not a valid framework \(stages/) },
    ]);
    expect(skipped).toEqual(result.skipped);
  });

  it('refuses built-in ids and frameworks marked built in, writing nothing', async () => {
    const lib = library();
    await expect(lib.save(COMMUNITY_MATURITY_MODEL)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/built in/) });
    await expect(lib.save(custom(COMMUNITY_MATURITY_MODEL.id, 'Sneaky'))).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/belongs to a built-in framework/) });
    await expect(lib.save(custom('ten-stages', 'Sneaky'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(lib.remove(COMMUNITY_MATURITY_MODEL.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await readdir(dataDir)).not.toContain('frameworks');
  });

  it('skips a file that claims a built-in id', async () => {
    await mkdir(join(dataDir, 'frameworks'));
    await writeFile(join(dataDir, 'frameworks', 'cmm.json'), JSON.stringify({ ...COMMUNITY_MATURITY_MODEL, builtIn: false }));
    expect(await library().list()).toEqual({ frameworks: [], skipped: [{ file: 'cmm.json', reason: 'claims to be a built-in framework' }] });
  });
});
