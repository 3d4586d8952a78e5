import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { KPI_CATALOGUE, kpiFromCatalogue } from '../../../../../shared/kpi/kpi-catalogue';
import { renderApp } from '../../../test/render-app';
import { aRoadmapClient } from '../board/roadmap-test-client';

const marketing = { id: 'mkt', name: 'Marketing', custom: false, createdAt: 'x', updatedAt: 'x' };

async function openEditor(title: string, kpis = false) {
  const client = aRoadmapClient({
    functions: [marketing],
    ...(kpis ? { kpis: KPI_CATALOGUE.slice(0, 2).map((entry, index) => kpiFromCatalogue(entry, { id: `k${index + 1}`, now: '2026-01-05T09:00:00.000Z' })) } : {}),
  });
  const app = await renderApp({ clients: [client] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: /^Roadmap/ }));
  // The roadmap is loaded lazily: wait for the board.
  await app.user.click(await screen.findByRole('button', { name: title }));
  return { ...app, dialog: screen.getByRole('dialog', { name: `Edit “${title}”` }) };
}

describe('initiative editor', () => {
  it('edits every field straight into the store', async () => {
    const { user, store, dialog } = await openEditor('Set a moderation policy');
    const get = () => store.getState().docs.nord!.initiatives.find((item) => item.id === 'i2')!;
    const field = (label: string) => within(dialog).getByLabelText(label);

    await user.type(field('Description'), 'Public rules for the club');
    await user.selectOptions(field('Phase'), '2. Shape capabilities');
    await user.selectOptions(field('Track'), 'External activities');
    await user.selectOptions(field('Owner'), 'Małgorzata Wiśniewska — Community Manager');
    await user.selectOptions(field('Owner role'), 'Social Media Committee');
    await user.selectOptions(field('Status'), 'In progress');
    await user.selectOptions(field('Objective'), 'Retention');
    await user.selectOptions(field('Impact'), '5 – very high');
    await user.selectOptions(field('Effort'), '2 – low');
    await user.type(field('Start'), '2027 Q1');
    await user.type(field('End'), '2027-06-30');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Test-and-learn pilot' }));
    await user.type(field('Review date'), '2027-05-15');
    await user.click(within(within(dialog).getByRole('group', { name: 'Competencies it lifts' })).getByRole('checkbox', { name: 'Community Management' }));
    await user.click(within(within(dialog).getByRole('group', { name: 'Business functions involved' })).getByRole('checkbox', { name: 'Marketing' }));
    await user.click(within(within(dialog).getByRole('group', { name: 'Stakeholder groups engaged' })).getByRole('checkbox', { name: 'Customers' }));
    expect(within(dialog).getByRole('group', { name: 'Linked KPIs' })).toHaveTextContent('No KPIs yet');
    await user.type(field('Notes'), 'Agree with legal');

    expect(get()).toMatchObject({
      description: 'Public rules for the club',
      phase: 'shape',
      track: 'external',
      order: 1,
      ownerStakeholderId: 'p1',
      ownerRole: 'Social Media Committee',
      status: 'in-progress',
      objective: 'retention',
      impact: 5,
      effort: 2,
      start: { kind: 'quarter', year: 2027, quarter: 1 },
      end: { kind: 'date', date: '2027-06-30' },
      pilot: { isPilot: true, reviewDate: '2027-05-15' },
      competencyIds: ['community-management'],
      businessFunctions: ['Marketing'],
      stakeholderGroups: ['customers'],
      notes: 'Agree with legal',
    });
  });

  it('turns a typing burst in the title into one undo step and keeps an empty title out of the store', async () => {
    const { user, store, dialog } = await openEditor('Set a moderation policy');
    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('An initiative needs a title');
    expect(store.getState().docs.nord!.initiatives[1]!.title).toBe('Set a moderation policy');
    await user.type(title, 'Publish house rules');
    expect(store.getState().docs.nord!.initiatives[1]!.title).toBe('Publish house rules');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().docs.nord!.initiatives[1]!.title).toBe('Set a moderation policy');
  });

  it('refuses an unreadable timing and an end before the start, storing neither', async () => {
    const { user, store, dialog } = await openEditor('Set a moderation policy');
    await user.type(within(dialog).getByLabelText('Start'), 'soon');
    expect(within(dialog).getByText('Write a quarter like 2027 Q2 or a date like 2027-05-31.')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('Start'));
    await user.type(within(dialog).getByLabelText('Start'), 'Q3 2027');
    await user.type(within(dialog).getByLabelText('End'), '2027 Q1');
    expect(within(dialog).getByText('Not saved: the end comes before the start.')).toBeInTheDocument();
    expect(store.getState().docs.nord!.initiatives[1]).toMatchObject({ start: { kind: 'quarter', year: 2027, quarter: 3 }, end: null });
  });

  it('adds and removes dependencies and refuses a loop with the names of the initiatives in it', async () => {
    const { user, store, dialog } = await openEditor('Form a steering committee');
    const initiatives = () => store.getState().docs.nord!.initiatives;
    // i3 (Customer care pilot) already depends on i1: the reverse would close a loop.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Add a dependency' }), 'Customer care pilot');
    await user.click(within(dialog).getByRole('button', { name: 'Add dependency' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      '“Form a steering committee” cannot depend on “Customer care pilot”: that would make a loop in which nothing can start first (“Form a steering committee” → “Customer care pilot” → “Form a steering committee”; each arrow reads “depends on”).',
    );
    expect(initiatives()[0]!.dependsOn).toEqual([]);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Add a dependency' }), 'Set a moderation policy');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add dependency' }));
    expect(initiatives()[0]!.dependsOn).toEqual(['i2']);
    expect(within(within(dialog).getByRole('list', { name: 'Dependencies' })).getByText('Set a moderation policy')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Remove dependency on Set a moderation policy' }));
    expect(initiatives()[0]!.dependsOn).toEqual([]);
  });

  it('links the client’s KPIs', async () => {
    const { user, store, dialog } = await openEditor('Set a moderation policy', true);
    const kpis = within(dialog).getByRole('group', { name: 'Linked KPIs' });
    await user.click(within(kpis).getByRole('checkbox', { name: KPI_CATALOGUE[1]!.name }));
    expect(store.getState().docs.nord!.initiatives[1]!.kpiIds).toEqual(['k2']);
    await user.click(within(kpis).getByRole('checkbox', { name: KPI_CATALOGUE[0]!.name }));
    expect(store.getState().docs.nord!.initiatives[1]!.kpiIds).toEqual(['k1', 'k2']);
  });

  it('deletes the initiative and closes', async () => {
    const { user, store, dialog } = await openEditor('Customer care pilot');
    await user.click(within(dialog).getByRole('button', { name: 'Delete initiative' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Customer care pilot' })).not.toBeInTheDocument();
    await waitFor(() => expect(store.getState().docs.nord!.initiatives.map((item) => item.id)).toEqual(['i1', 'i2']));
  });
});
