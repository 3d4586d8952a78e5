import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Engagement } from '../../../../shared/domain/client';
import { addAction, addNote, type Workshop } from '../../../../shared/workshop';
import { applied, sampleWorkshop } from '../../../../shared/workshop/sample-workshop';
import { renderApp } from '../../test/render-app';
import { aClient, aStakeholder } from '../../test/factories';

const at = '2026-01-10T09:00:00.000Z';
const engagement: Engagement = { id: 'e1', createdAt: at, updatedAt: at, title: 'Kickoff 2026', startDate: '2026-01-01', endDate: null, scope: '', executiveSummary: '', status: 'active' };

function heldWorkshop(): Workshop {
  let workshop: Workshop = { ...sampleWorkshop(), status: 'finished', date: '2026-01-20' };
  workshop = applied(addAction(workshop, { id: 'a1', what: 'Draft the moderation policy', ownerName: 'Ana Ruiz', dueDate: '2026-01-31', now: at }));
  workshop = applied(addAction(workshop, { id: 'a2', what: 'Book the follow-up room', ownerName: 'Ben Okafor', dueDate: '2099-01-01', now: at }));
  return workshop;
}

async function openWorkshops(workshops: Workshop[] = []) {
  const client = aClient({ id: 'nord', engagements: [engagement], workshops, stakeholders: [aStakeholder({ id: 's-lena', name: 'Lena Vogt', title: 'Community Manager' })] });
  const app = await renderApp({ clients: [client] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getAllByRole('tab', { name: /^Workshops/ })[0]!);
  return app;
}

describe('Workshops tab', () => {
  it('creates a blank workshop only with a title, with the ticked stakeholder and a typed guest, and opens its plan', async () => {
    const { user, store } = await openWorkshops();
    expect(screen.getByText('No workshops yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New workshop' }));
    const dialog = screen.getByRole('dialog', { name: 'New workshop' });
    await user.click(within(dialog).getByRole('radio', { name: /Blank workshop/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create workshop' }));
    expect(within(dialog).getByText('A blank workshop needs a title.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('textbox', { name: 'Title' }));
    await user.paste('Steering check-in');
    await user.click(within(dialog).getByRole('checkbox', { name: /Lena Vogt/ }));
    await user.click(within(dialog).getByLabelText('Someone else (name)'));
    await user.paste('Dana Weber');
    await user.keyboard('{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Create workshop' }));

    expect(screen.getByRole('heading', { name: 'Steering check-in', level: 2 })).toBeInTheDocument();
    const people = screen.getByRole('list', { name: 'Participants' });
    expect(people).toHaveTextContent('Lena Vogt');
    expect(people).toHaveTextContent('Dana Weber');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add an agenda item' }), 'brainstorm');
    expect(screen.getByRole('textbox', { name: 'Title of item 1' })).toHaveValue('Brainstorm');
    expect(screen.getByText('Private notes: collected hidden and revealed together')).toBeInTheDocument();
    expect(store.getState().docs['nord']!.workshops[0]!.agenda).toHaveLength(1);
  }, 20_000);

  it('flags a plan longer than the time available', async () => {
    const { user } = await openWorkshops([{ ...sampleWorkshop(), engagementId: 'e1' }]);
    await user.click(screen.getByRole('button', { name: /^Kickoff,/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time available' }), '90');
    expect(screen.getByText('10 min to spare')).toBeInTheDocument();
    await user.clear(screen.getByRole('spinbutton', { name: 'Minutes for Where we stand' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Minutes for Where we stand' }), '45');
    expect(screen.getByText('15 min over')).toBeInTheDocument();
  }, 15_000);

  it('stores the time available with the workshop', async () => {
    const { user, store } = await openWorkshops([{ ...sampleWorkshop(), engagementId: 'e1' }]);
    await user.click(screen.getByRole('button', { name: /^Kickoff,/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time available' }), '240');
    expect(store.getState().docs['nord']!.workshops[0]!.availableMinutes).toBe(240);
  }, 15_000);

  it('removes a guest who wrote a note after saying what happens to it', async () => {
    const workshop = applied(addNote({ ...sampleWorkshop(), engagementId: 'e1' }, { id: 'n1', agendaItemId: 'i-brain', text: 'From HR', authorParticipantId: 'p-cy', now: at }));
    const { user, store } = await openWorkshops([workshop]);
    await user.click(screen.getByRole('button', { name: /^Kickoff,/ }));
    await user.click(screen.getByRole('button', { name: 'Remove Cy Walsh' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove Cy Walsh?' });
    expect(confirm).toHaveTextContent('Their note stays, without a name.');
    await user.click(within(confirm).getByRole('button', { name: 'Remove Cy Walsh' }));
    const stored = store.getState().docs['nord']!.workshops[0]!;
    expect(stored.participants.map((participant) => participant.name)).not.toContain('Cy Walsh');
    expect(stored.notes[0]).toMatchObject({ text: 'From HR', authorParticipantId: null });
  }, 15_000);

  it('lists actions from every workshop, filters overdue ones and changes a status in place', async () => {
    const { user, store } = await openWorkshops([{ ...heldWorkshop(), engagementId: 'e1' }]);
    await user.click(screen.getByRole('tab', { name: 'Actions' }));
    const table = screen.getByRole('table', { name: 'Actions from all workshops' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await user.click(screen.getByRole('checkbox', { name: /Overdue only/ }));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table).toHaveTextContent('Draft the moderation policy');
    await user.selectOptions(within(table).getByRole('combobox', { name: /Status of “Draft the moderation policy”/ }), 'done');
    expect(store.getState().docs['nord']!.workshops[0]!.actions[0]!.status).toBe('done');
    expect(screen.getByText('No action matches these filters.')).toBeInTheDocument();
  });
});
