import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditingContext } from '../../../shared/shortcuts/shortcut-owner';
import { createAppServices, type AppServices, type Platform } from '../services/app-services';
import { createNodePreferencesStore } from '../services/node-preferences-store';
import { dispatch } from './dispatch';

let dataDir: string;
let services: AppServices;
let opened: string[] = [];
const contexts: EditingContext[] = [];

const platform: Platform = {
  openExternal: async () => undefined,
  onFlushed: () => undefined,
  chooseSaveFile: async () => null,
  chooseOpenFile: async () => null,
  takeOpenedFiles: () => {
    const taken = opened;
    opened = [];
    return taken;
  },
  setEditingContext: (context) => contexts.push(context),
};

const start = async () => {
  services = await createAppServices({ dataDir, preferencesStore: createNodePreferencesStore(dataDir), platform });
};

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-desktop-'));
  await start();
});
afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('desktop handlers', () => {
  it('hand opened files to the page as read grants, never as paths, and only once', async () => {
    opened = ['/home/ana/Acme.cairn', '/home/ana/edited.xlsx', '/home/ana/notes.txt'];
    const result = await dispatch(services.handlers, 'takeOpenedFiles', {});
    expect(result).toEqual({ ok: true, value: [expect.objectContaining({ name: 'Acme.cairn' }), expect.objectContaining({ name: 'edited.xlsx' })] });
    const grants = (result as { value: { token: string }[] }).value;
    expect(services.fileGrants.resolve(grants[0]!.token, 'read', 'cairn')).toBe('/home/ana/Acme.cairn');
    expect(services.fileGrants.resolve(grants[0]!.token, 'write', 'cairn')).toBeNull();
    expect(JSON.stringify(result)).not.toContain('/home/ana');
    expect(await dispatch(services.handlers, 'takeOpenedFiles', {})).toEqual({ ok: true, value: [] });
  });

  it('pass the keyboard context on to the host, and refuse a malformed one', async () => {
    expect(await dispatch(services.handlers, 'setEditingContext', { textField: true, dialogOpen: false })).toEqual({ ok: true, value: { noted: true } });
    expect(contexts).toEqual([{ textField: true, dialogOpen: false }]);
    expect(await dispatch(services.handlers, 'setEditingContext', { textField: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('keep export choices in preferences across restarts, validated', async () => {
    expect(await dispatch(services.handlers, 'getExportChoices', {})).toEqual({ ok: true, value: { format: 'report', sections: { report: null, workbook: null } } });
    const choices = { format: 'workbook', sections: { report: ['gaps'], workbook: ['summary', 'roadmap'] } };
    expect(await dispatch(services.handlers, 'setExportChoices', choices)).toEqual({ ok: true, value: choices });
    const refused = await dispatch(services.handlers, 'setExportChoices', { format: 'workbook', sections: { report: ['cover-letter'], workbook: null } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(refused)).toContain('sections.report');
    await services.close();
    await start();
    expect(await dispatch(services.handlers, 'getExportChoices', {})).toEqual({ ok: true, value: choices });
  });
});
