import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KICKOFF_TEMPLATE } from '../../../shared/workshop';
import { createAppServices, type AppServices } from '../services/app-services';
import { createNodePreferencesStore } from '../services/node-preferences-store';
import { dispatch } from './dispatch';

let dataDir: string;
let services: AppServices;
const never = async (): Promise<never> => {
  throw new Error('not used');
};

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-wt-handlers-'));
  services = await createAppServices({
    dataDir,
    preferencesStore: createNodePreferencesStore(dataDir),
    platform: { openExternal: never, onFlushed: () => undefined, chooseSaveFile: never, chooseOpenFile: never },
  });
});
afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

const call = (name: string, payload: unknown = {}) => dispatch(services.handlers, name, payload);
const own = { ...KICKOFF_TEMPLATE, id: 'own-1', name: 'Our kickoff', builtIn: false };

describe('workshop template handlers', () => {
  it('save, list and delete the consultant’s templates in the data folder', async () => {
    expect(await call('saveWorkshopTemplate', { template: own })).toEqual({ ok: true, value: own });
    expect(await readdir(join(dataDir, 'workshop-templates'))).toEqual(['own-1.json']);
    expect(await call('listWorkshopTemplates')).toEqual({ ok: true, value: { templates: [own], skipped: [] } });
    expect(await call('deleteWorkshopTemplate', { id: 'own-1' })).toEqual({ ok: true, value: { deleted: true } });
    expect(await call('listWorkshopTemplates')).toEqual({ ok: true, value: { templates: [], skipped: [] } });
  });

  it('refuses an invalid template before it reaches the disk, naming the problem', async () => {
    const result = await call('saveWorkshopTemplate', { template: { ...own, agenda: [] } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readdir(dataDir)).not.toContain('workshop-templates');
  });

  it('lists the readable templates and names the files it skipped, and sweeps temp files a crash left', async () => {
    await mkdir(join(dataDir, 'workshop-templates'));
    await writeFile(join(dataDir, 'workshop-templates', 'half.json'), '{"id":"half"');
    await writeFile(join(dataDir, 'workshop-templates', '.own-2.json.0123456789ab.tmp'), 'partial');
    await call('saveWorkshopTemplate', { template: own });
    expect(await call('listWorkshopTemplates')).toEqual({ ok: true, value: { templates: [own], skipped: [{ file: 'half.json', reason: 'is not valid JSON' }] } });
    expect((await readdir(join(dataDir, 'workshop-templates'))).sort()).toEqual(['half.json', 'own-1.json']);
  });
});
