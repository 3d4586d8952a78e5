import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KICKOFF_TEMPLATE, WorkshopTemplateSchema, type WorkshopTemplate } from '../../../shared/workshop';
import { createWorkshopTemplateLibrary, type SkippedTemplateFile } from './workshop-template-library';

let dataDir: string;
let skipped: SkippedTemplateFile[];
const library = () => createWorkshopTemplateLibrary({ dataDir, onSkipped: (item) => skipped.push(item) });
const own = (id: string, name: string): WorkshopTemplate => ({ ...KICKOFF_TEMPLATE, id, name, builtIn: false });
const folder = () => join(dataDir, 'workshop-templates');

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-wtemplates-'));
  skipped = [];
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('workshop template library', () => {
  it('lists nothing before the first template is saved', async () => {
    expect(await library().list()).toEqual({ templates: [], skipped: [] });
  });

  it('saves templates as workshop-templates/<id>.json and lists them by name', async () => {
    await library().save(own('own-b', 'Town hall'));
    await library().save(own('own-a', 'Board briefing'));
    expect((await readdir(folder())).sort()).toEqual(['own-a.json', 'own-b.json']);
    expect(WorkshopTemplateSchema.parse(JSON.parse(await readFile(join(folder(), 'own-a.json'), 'utf8')))).toEqual(own('own-a', 'Board briefing'));
    expect((await library().list()).templates.map((template) => template.name)).toEqual(['Board briefing', 'Town hall']);
  });

  it('refuses to save or delete a built-in template', async () => {
    await expect(library().save(KICKOFF_TEMPLATE)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(library().save(own(KICKOFF_TEMPLATE.id, 'Copy'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(library().remove(KICKOFF_TEMPLATE.id)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('deletes a template, and says so when there was nothing to delete', async () => {
    await library().save(own('own-a', 'Mine'));
    expect(await library().remove('own-a')).toEqual({ deleted: true });
    expect(await library().remove('own-a')).toEqual({ deleted: false });
  });

  it('skips broken, invalid and misnamed files with a reason, leaves them on disk, and lists the rest', async () => {
    await library().save(own('own-good', 'Good one'));
    await mkdir(folder(), { recursive: true });
    await writeFile(join(folder(), 'broken.json'), '{ "id": ');
    await writeFile(join(folder(), 'empty-agenda.json'), JSON.stringify({ ...own('empty-agenda', 'Empty'), agenda: [] }));
    await writeFile(join(folder(), 'other-name.json'), JSON.stringify(own('own-x', 'Moved')));
    await writeFile(join(folder(), 'notes.txt'), 'not a template');
    const { templates, skipped: reported } = await library().list();
    expect(templates.map((template) => template.id)).toEqual(['own-good']);
    expect(reported).toEqual([
      { file: 'broken.json', reason: 'is not valid JSON' },
      { file: 'empty-agenda.json', reason: expect.stringContaining('is not a valid workshop template (agenda:') },
      { file: 'other-name.json', reason: 'holds the template “own-x” under another file name' },
    ]);
    expect(skipped).toEqual(reported);
    expect((await readdir(folder())).sort()).toEqual(['broken.json', 'empty-agenda.json', 'notes.txt', 'other-name.json', 'own-good.json']);
  });
});
