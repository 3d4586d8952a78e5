import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { buildDemoClient } from '../../../../shared/demo/demo-client';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';

let n = 0;
const full = buildDemoClient({ newId: () => `d-${(n += 1)}`, now: new Date('2026-02-01T08:00:00.000Z') });
// The people, engagements and KPIs of the demo, without the heavy maturity records the client page would chart.
const demo = aClient({ id: full.id, name: full.name, functions: full.functions, stakeholders: full.stakeholders, engagements: full.engagements, kpis: full.kpis });
const other = aClient({ id: 'alpen', name: 'Alpenblick Hotels' });
const countsRow = (dialog: HTMLElement, label: string) =>
  within(within(dialog).getByRole('table', { name: 'What the import will do' }))
    .getByRole('rowheader', { name: label })
    .closest('tr')!;

// Three full app renders with a client page each: allow for a busy machine.
describe('importing an engagement file', { timeout: 15_000 }, () => {
  it('previews a new client with counts per entity, imports it, and undoes the import', async () => {
    const { user, api } = await renderApp({ clients: [other] });
    api.importFiles.set('nordlicht.cairn', demo);
    api.fileChoices.push('nordlicht.cairn');
    await user.click(screen.getByRole('button', { name: 'Import…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Import “nordlicht.cairn”' });
    expect(within(dialog).getByRole('radio', { name: 'As a new client' })).toBeChecked();
    expect(countsRow(dialog, 'Stakeholders')).toHaveTextContent(`Stakeholders${demo.stakeholders.length}`);
    expect(countsRow(dialog, 'KPIs')).toHaveTextContent(`KPIs${demo.kpis.length}`);
    await user.click(within(dialog).getByRole('button', { name: 'Import as new client' }));

    expect(await screen.findByRole('heading', { level: 1, name: demo.name })).toBeInTheDocument();
    expect(screen.getByText(`Imported ${demo.name} as a new client.`).closest('[role="status"]')).not.toBeNull();
    expect(api.stored.has(demo.id)).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Undo import' }));
    expect(await screen.findByText('The imported client was removed.')).toBeInTheDocument();
    expect(api.stored.has(demo.id)).toBe(false);
    expect(within(screen.getByRole('listbox', { name: 'Clients' })).queryByRole('option', { name: demo.name })).not.toBeInTheDocument();
  });

  it('merges into the same client, letting the consultant take the file copy of an item that is newer here', async () => {
    const mine = structuredClone(demo);
    mine.kpis[0]!.name = 'Edited here later';
    mine.kpis[0]!.updatedAt = '2026-06-01T08:00:00.000Z';
    const { user, api } = await renderApp({ clients: [mine] });
    api.importFiles.set('back-from-colleague.cairn', demo);
    api.fileChoices.push('back-from-colleague.cairn');
    await user.click(screen.getByRole('button', { name: 'Import…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Import “back-from-colleague.cairn”' });
    expect(within(dialog).getByRole('radio', { name: 'Merge into' })).toBeChecked();
    expect(within(dialog).getByText(/This workspace's copy was changed later/)).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Keep which copy of Edited here later' }), 'theirs');
    await user.click(within(dialog).getByRole('button', { name: `Merge into ${demo.name}` }));

    await waitFor(() => expect(api.stored.get(demo.id)?.kpis[0]?.name).toBe(demo.kpis[0]!.name));
    expect(api.callsOf('applyImport')).toEqual([{ previewId: 'preview-1', decisions: { [`kpis:${demo.kpis[0]!.id}`]: 'theirs' } }]);
  });

  it('shows a bad file’s problem and where it is, and changes nothing', async () => {
    const { user, api } = await renderApp({ clients: [other] });
    api.importFiles.set('broken.cairn', 'client.engagements[2].title: expected text');
    api.fileChoices.push('broken.cairn');
    await user.click(screen.getByRole('button', { name: 'Import…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Cairn can’t import “broken.cairn”' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Problem at client.engagements[2].title: expected text.');
    expect(within(dialog).getByText('Nothing in your workspace was changed.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect([...api.stored.keys()]).toEqual(['alpen']);
  });
});
