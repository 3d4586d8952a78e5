import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { COMMUNITY_MATURITY_MODEL } from '../../../../shared/frameworks/builtin';
import { duplicateFramework } from '../../../../shared/frameworks/framework-edits';
import { parseFrameworkJson, serializeFramework } from '../../../../shared/frameworks/framework-json';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';
import { exportFileName, importFramework, readText } from './framework-files';

const mine = duplicateFramework(COMMUNITY_MATURITY_MODEL, { newId: 'mine', name: 'Our model' });

async function openLibrary(frameworks = [mine]) {
  const app = await renderApp({ clients: [aClient()], frameworks });
  await waitFor(() => expect(app.store.getState().frameworkLibrary).toHaveLength(frameworks.length));
  await app.user.click(screen.getByRole('button', { name: 'Frameworks' }));
  return { ...app, dialog: await screen.findByRole('dialog', { name: 'Framework library' }) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('importFramework', () => {
  it('names the field that is wrong', () => {
    const broken = JSON.stringify({ ...mine, id: 'other', stages: mine.stages.slice(0, 2) });
    const result = importFramework('mine.json', broken, []);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^mine\.json could not be imported: stages needs at least 3 items/) });
  });

  it('refuses built-in ids and ids already in the library', () => {
    expect(importFramework('a.json', serializeFramework({ ...mine, id: COMMUNITY_MATURITY_MODEL.id }), [])).toMatchObject({ ok: false, message: expect.stringMatching(/belongs to a built-in framework/) });
    expect(importFramework('a.json', serializeFramework(mine), [mine])).toMatchObject({ ok: false, message: expect.stringMatching(/already used by “Our model”/) });
    expect(importFramework('a.json', serializeFramework(mine), [])).toEqual({ ok: true, framework: mine });
  });

  it('exports under a file-system-safe name', () => {
    expect(exportFileName({ ...mine, name: 'Ours: 2026/27?' })).toBe('Ours 2026 27.cairn-framework.json');
  });
});

describe('framework library dialog', () => {
  it('shows a built-in framework read-only with its descriptors', async () => {
    const { dialog } = await openLibrary();
    expect(within(dialog).getByRole('heading', { name: /Community Maturity Model/ })).toHaveTextContent('Built in');
    expect(within(dialog).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(dialog).getByRole('rowheader', { name: /Strategy/ })).toBeInTheDocument();
    expect(within(dialog).getAllByRole('row')).toHaveLength(1 + COMMUNITY_MATURITY_MODEL.competencies.length);
  });

  it('duplicates the CMM into the library, edits it and saves a new version', async () => {
    const { user, dialog, api, store } = await openLibrary([]);
    await user.click(within(dialog).getByRole('button', { name: 'Duplicate' }));
    await user.clear(within(dialog).getByLabelText('Framework name'));
    await user.type(within(dialog).getByLabelText('Framework name'), 'Nordlicht model');
    await user.click(within(dialog).getByRole('button', { name: 'Add stage' }));
    await user.type(within(dialog).getByLabelText('Strategy at Stage 5'), 'Strategy is co-owned by members.');
    await user.click(within(dialog).getByRole('button', { name: 'Save framework' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Saved “Nordlicht model” as version 1.1.0.');
    const [saved] = store.getState().frameworkLibrary;
    expect(saved).toMatchObject({ name: 'Nordlicht model', version: '1.1.0', builtIn: false, basedOn: { id: COMMUNITY_MATURITY_MODEL.id } });
    expect(saved!.stages).toHaveLength(5);
    expect(saved!.competencies[0]!.descriptors['stage-5']).toBe('Strategy is co-owned by members.');
    expect([...api.frameworks.values()]).toEqual([saved]);
  });

  it('edits a competency\'s evidence list (add, rewrite, reorder, remove) and the stage summaries, and saves them', async () => {
    const plain = { ...mine, competencies: mine.competencies.map((competency, index) => (index === 0 ? { ...competency, evidence: ['Board minutes', 'A budget line'] } : competency)) };
    const { user, dialog, api, store } = await openLibrary([plain]);
    await user.click(within(dialog).getByRole('button', { name: /Our model/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Edit' }));
    const strategy = mine.competencies[0]!.name;

    await user.click(within(dialog).getByRole('button', { name: `Add evidence to ${strategy}` }));
    await user.click(within(dialog).getByLabelText(`${strategy} evidence 3`));
    await user.paste('Community goals in the annual plan');
    await user.click(within(dialog).getByRole('button', { name: `Move ${strategy} evidence 3 up` }));
    await user.click(within(dialog).getByRole('button', { name: `Remove ${strategy} evidence 1` }));
    await user.clear(within(dialog).getByLabelText(`${strategy} evidence 2`));
    await user.paste('A funded community role');
    // A blank item is dropped on save rather than stored as empty evidence.
    await user.click(within(dialog).getByRole('button', { name: `Add evidence to ${strategy}` }));

    await user.clear(within(dialog).getByLabelText('Stage 2 summary'));
    await user.paste('Pilots run in two teams.');
    await user.click(within(dialog).getByRole('button', { name: 'Save framework' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Saved “Our model” as version 1.1.0.');
    const [saved] = store.getState().frameworkLibrary;
    expect(saved!.competencies[0]!.evidence).toEqual(['Community goals in the annual plan', 'A funded community role']);
    expect(saved!.stages[1]!.summary).toBe('Pilots run in two teams.');
    expect([...api.frameworks.values()]).toEqual([saved]);
    expect(within(within(dialog).getByRole('rowheader', { name: new RegExp(strategy) })).getByRole('list', { name: `Evidence for ${strategy}` })).toHaveTextContent(
      'Community goals in the annual planA funded community role',
    );
  });

  it('names an evidence item or stage summary that is too long, under the field, and does not save it', async () => {
    const { user, dialog, api } = await openLibrary();
    await user.click(within(dialog).getByRole('button', { name: /Our model/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Edit' }));
    const strategy = mine.competencies[0]!.name;
    await user.click(within(dialog).getByRole('button', { name: `Add evidence to ${strategy}` }));
    const count = mine.competencies[0]!.evidence.length + 1;
    const item = within(dialog).getByLabelText(`${strategy} evidence ${count}`);
    await user.click(item);
    await user.paste('x'.repeat(501));
    expect(item).toHaveAttribute('aria-invalid', 'true');
    expect(item).toHaveAccessibleDescription('Keep this to 500 characters or fewer.');

    const summary = within(dialog).getByLabelText('Stage 1 summary');
    await user.clear(summary);
    await user.click(summary);
    await user.paste('y'.repeat(1_001));
    expect(summary).toHaveAccessibleDescription('Keep this to 1,000 characters or fewer.');

    await user.click(within(dialog).getByRole('button', { name: 'Save framework' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^stages\[0\]\.summary: /);
    expect(api.callsOf('saveFramework')).toEqual([]);
  });

  it('stops adding evidence at 20 items', async () => {
    const twenty = { ...mine, competencies: mine.competencies.map((competency) => ({ ...competency, evidence: Array.from({ length: 19 }, (_, i) => `Evidence ${i + 1}`) })) };
    const { user, dialog } = await openLibrary([twenty]);
    await user.click(within(dialog).getByRole('button', { name: /Our model/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Edit' }));
    const add = within(dialog).getByRole('button', { name: `Add evidence to ${mine.competencies[0]!.name}` });
    await user.click(add);
    expect(add).toBeDisabled();
    expect(within(dialog).getAllByRole('group', { name: /Evidence to look for \(20 of at most 20\)/ }).length).toBeGreaterThan(0);
  });

  it('shows the message naming the field when an imported file is malformed', async () => {
    const { user, dialog, api } = await openLibrary([]);
    const file = new File([JSON.stringify({ format: 'cairn.framework', formatVersion: 1, framework: { ...mine, id: 'x', competencies: 'none' } })], 'broken.json', { type: 'application/json' });
    await user.upload(within(dialog).getByLabelText('Import from JSON…'), file);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('broken.json could not be imported: competencies should be a list.');
    expect(api.callsOf('saveFramework')).toEqual([]);
  });

  it('exports the selected framework as a valid framework file', async () => {
    let blob: Blob | null = null;
    URL.createObjectURL = vi.fn((value: Blob) => ((blob = value), 'blob:cairn/1'));
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { user, dialog } = await openLibrary();
    await user.click(within(dialog).getByRole('button', { name: /Our model/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(clicked).toEqual(['Our model.cairn-framework.json']);
    expect(parseFrameworkJson(await readText(blob!))).toEqual({ ok: true, framework: mine });
  });

  it('deletes a custom framework after confirmation', async () => {
    const { user, dialog, store } = await openLibrary();
    await user.click(within(dialog).getByRole('button', { name: /Our model/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete framework' }));
    await waitFor(() => expect(store.getState().frameworkLibrary).toEqual([]));
  });
});
