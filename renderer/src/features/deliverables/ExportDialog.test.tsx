import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';
import { localDate } from './export-file-name';

const at = '2026-01-01T00:00:00.000Z';
const engagement = { id: 'e1', createdAt: at, updatedAt: at, title: 'Community launch', startDate: '2026-01-10', endDate: null, scope: '', executiveSummary: '', status: 'active' as const };

async function openExport() {
  localStorage.clear();
  const app = await renderApp({ clients: [aClient({ id: 'c', engagements: [engagement] })] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('button', { name: 'Export…' }));
  return { ...app, dialog: await screen.findByRole('dialog', { name: 'Export Nordlicht Outdoor' }) };
}

describe('export dialog', () => {
  it('saves the report of the active engagement under Client – Engagement – date, with the chosen sections', async () => {
    const { user, api, dialog } = await openExport();
    expect(within(dialog).getByLabelText('Engagement')).toHaveValue('e1');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Appendix: method' }));
    api.fileChoices.push('Nordlicht report.pdf');
    await user.click(within(dialog).getByRole('button', { name: 'Save…' }));
    await within(dialog).findByText('Saved “Nordlicht report.pdf”.');
    expect(api.callsOf('chooseSaveFile')).toEqual([{ kind: 'pdf', defaultName: `Nordlicht Outdoor – Community launch – ${localDate(new Date())}.pdf` }]);
    expect(api.callsOf('startExport')).toEqual([
      {
        request: { kind: 'report', clientId: 'c', engagementId: 'e1', sections: ['executive-summary', 'maturity', 'findings', 'gaps', 'ten-stages', 'stage-one', 'audit', 'stakeholders', 'organization', 'roadmap', 'kpis', 'workshops', 'actions', 'initiatives', 'workshop-notes', 'action-register'] },
        fileToken: 'grant-Nordlicht report.pdf',
      },
    ]);
  });

  it('previews a workbook as its sheets, and remembers the sheets chosen for next time', async () => {
    const { user, api, dialog } = await openExport();
    await user.click(within(dialog).getByRole('radio', { name: /Excel workbook/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Ratings' }));
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
    const sheets = await within(dialog).findByRole('table', { name: 'Workbook sheets' });
    expect(within(sheets).getByRole('rowheader', { name: 'Initiatives' })).toBeInTheDocument();
    expect(api.callsOf('startExport')).toEqual([{ request: expect.objectContaining({ kind: 'workbook', sections: expect.not.arrayContaining(['ratings']) }), fileToken: null }]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    const again = await screen.findByRole('dialog', { name: 'Export Nordlicht Outdoor' });
    await user.click(within(again).getByRole('radio', { name: /Excel workbook/ }));
    expect(within(again).getByRole('checkbox', { name: 'Ratings' })).not.toBeChecked();
    expect(within(again).getByRole('checkbox', { name: 'Summary' })).toBeChecked();
  });

  it('keeps the format and sections in main’s preferences, not in the page', async () => {
    const { user, api, dialog } = await openExport();
    await user.click(within(dialog).getByRole('radio', { name: /Excel workbook/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Ratings' }));
    await waitFor(() => expect(api.exportChoices.format).toBe('workbook'));
    expect(api.exportChoices.sections.workbook).not.toContain('ratings');
    expect(api.exportChoices.sections.workbook).toContain('summary');
    expect(localStorage.length).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    const again = await screen.findByRole('dialog', { name: 'Export Nordlicht Outdoor' });
    await waitFor(() => expect(within(again).getByRole('radio', { name: /Excel workbook/ })).toBeChecked());
  });

  it('moves the sections an older Cairn kept in localStorage into preferences, once', async () => {
    localStorage.setItem('cairn.export.sections', JSON.stringify({ report: ['gaps', 'method'] }));
    const app = await renderApp({ clients: [aClient({ id: 'c', engagements: [engagement] })] });
    await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await app.user.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export Nordlicht Outdoor' });
    await waitFor(() => expect(within(dialog).getByRole('checkbox', { name: 'Executive summary' })).not.toBeChecked());
    expect(within(dialog).getByRole('checkbox', { name: 'Gap table' })).toBeChecked();
    expect(app.api.exportChoices.sections.report).toEqual(['gaps', 'method']);
    expect(localStorage.getItem('cairn.export.sections')).toBeNull();
  });

  it('writes the executive summary into the engagement, and names a file without engagement by client and date', async () => {
    const { user, api, store, dialog } = await openExport();
    await user.type(within(dialog).getByLabelText('Executive summary text'), 'Strong community roots.');
    expect(store.getState().docs['c']!.engagements[0]!.executiveSummary).toBe('Strong community roots.');
    await user.selectOptions(within(dialog).getByLabelText('Engagement'), '');
    // "All engagements" still tells the latest engagement's story, and says so.
    expect(within(dialog).getByLabelText('Executive summary text')).toHaveValue('Strong community roots.');
    expect(within(dialog).getAllByText(/latest/).length).toBeGreaterThan(0);
    api.fileChoices.push(null);
    await user.click(within(dialog).getByRole('button', { name: 'Save…' }));
    await waitFor(() => expect(api.callsOf('chooseSaveFile')).toEqual([{ kind: 'pdf', defaultName: `Nordlicht Outdoor – ${localDate(new Date())}.pdf` }]));
    expect(api.callsOf('startExport')).toEqual([]);
  });

  it('lets the consultant reword, reorder, drop and add recommendations, write the story and a heading', async () => {
    const { user, store, dialog } = await openExport();
    const narrative = () => store.getState().docs['c']!.engagements[0]!.reportNarrative!;
    await user.type(within(dialog).getByLabelText(/^Situation/), 'A year of steady work.');
    expect(narrative().situation).toBe('A year of steady work.');
    await user.click(within(dialog).getByRole('button', { name: 'Add recommendation' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add recommendation' }));
    expect(narrative().recommendations).toHaveLength(2);
    const second = within(dialog).getByRole('textbox', { name: 'Recommendation 2' });
    await user.clear(second);
    await user.type(second, 'Name a community lead');
    await user.click(within(dialog).getByRole('button', { name: 'Move recommendation 2 up' }));
    expect(narrative().recommendations!.map((item) => item.text)).toEqual(['Name a community lead', 'New recommendation']);
    await user.click(within(dialog).getByRole('button', { name: 'Drop recommendation 2' }));
    expect(narrative().recommendations).toEqual([expect.objectContaining({ text: 'Name a community lead', rule: 'Added by the consultant.' })]);
    await user.type(within(dialog).getByRole('textbox', { name: 'Heading for Executive summary' }), 'Culture holds us back');
    expect(narrative().headings).toEqual({ 'executive-summary': 'Culture holds us back' });
    await user.click(within(dialog).getByRole('button', { name: 'Back to Cairn’s ranking' }));
    expect(narrative().recommendations).toBeNull();
  });

  it('opens from the keyboard (Ctrl+E) on the chosen client, and closes with Escape', async () => {
    const { user } = await openExport();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Export Nordlicht Outdoor' })).not.toBeInTheDocument();
    await user.keyboard('{Control>}e{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Export Nordlicht Outdoor' })).toBeInTheDocument();
  });

  it('shows why an export could not start', async () => {
    const { user, api, dialog } = await openExport();
    api.failNext('startExport', 'not-found');
    api.fileChoices.push('x.pdf');
    await user.click(within(dialog).getByRole('button', { name: 'Save…' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Simulated not-found.');
  });
});
