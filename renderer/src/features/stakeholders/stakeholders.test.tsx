import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aClient, aStakeholder } from '../../test/factories';

const marketing = { id: 'mkt', name: 'Marketing', custom: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

async function openStakeholders() {
  const client = aClient({
    id: 'nord',
    functions: [marketing],
    stakeholders: [
      aStakeholder({ id: 'p1', name: 'Jana Berg', title: 'Head of Marketing', departmentId: 'mkt', influence: 4, interest: 5, isChampion: true }),
      aStakeholder({ id: 'p2', name: 'Anton Weber', title: 'CEO', influence: 5, interest: 3, isSponsor: true }),
    ],
  });
  const app = await renderApp({ clients: [client] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: 'Stakeholders' }));
  return app;
}

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('stakeholders', () => {
  it('lists stakeholders with department and flags, sortable by column', async () => {
    const { user } = await openStakeholders();
    expect(rowNames()).toEqual(['Anton Weber', 'Jana Berg']);
    const jana = screen.getAllByRole('row')[2];
    expect(jana).toHaveTextContent('Marketing');
    expect(jana).toHaveTextContent('Champion');
    await user.click(screen.getByRole('button', { name: 'Interest' }));
    expect(screen.getByRole('columnheader', { name: 'Interest' })).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual(['Jana Berg', 'Anton Weber']);
  });

  it('adds a stakeholder with every field and saves it', async () => {
    const { user, api } = await openStakeholders();
    await user.click(screen.getByRole('button', { name: 'Add stakeholder' }));
    const dialog = screen.getByRole('dialog', { name: 'Add stakeholder' });
    await user.click(within(dialog).getByRole('button', { name: 'Save stakeholder' }));
    expect(within(dialog).getByText('Give the stakeholder a name.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Name'), 'Lena Vogt');
    await user.type(within(dialog).getByLabelText('Title'), 'Community Manager');
    await user.selectOptions(within(dialog).getByLabelText('Department'), 'Marketing');
    await user.selectOptions(within(dialog).getByLabelText('Stakeholder group'), 'Customers');
    await user.selectOptions(within(dialog).getByLabelText('Influence'), '2');
    await user.selectOptions(within(dialog).getByLabelText('Interest'), '5');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Community leader' }));
    await user.type(within(dialog).getByLabelText('Contact notes'), 'Prefers Signal');
    await user.click(within(dialog).getByRole('button', { name: 'Save stakeholder' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(rowNames()).toEqual(['Anton Weber', 'Jana Berg', 'Lena Vogt']);
    await waitFor(() =>
      expect(api.stored.get('nord')?.stakeholders[2]).toMatchObject({
        id: 'new-1',
        name: 'Lena Vogt',
        title: 'Community Manager',
        departmentId: 'mkt',
        group: 'customers',
        influence: 2,
        interest: 5,
        isCommunityLeader: true,
        isSponsor: false,
        contactNotes: 'Prefers Signal',
      }),
    );
  });

  it('edits a stakeholder from the table and undoes the edit', async () => {
    const { user } = await openStakeholders();
    await user.click(screen.getByRole('button', { name: 'Jana Berg' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Jana Berg' });
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Head of Marketing');
    await user.clear(within(dialog).getByLabelText('Title'));
    await user.type(within(dialog).getByLabelText('Title'), 'Chief Marketing Officer');
    await user.click(within(dialog).getByRole('button', { name: 'Save stakeholder' }));
    expect(screen.getByText('Chief Marketing Officer')).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByText('Head of Marketing')).toBeInTheDocument();
  });

  it('deletes a stakeholder and brings it back from the notice', async () => {
    const { user, api } = await openStakeholders();
    await user.click(screen.getByRole('button', { name: 'Delete Jana Berg' }));
    expect(rowNames()).toEqual(['Anton Weber']);
    await waitFor(() => expect(api.stored.get('nord')?.stakeholders).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Bring back' }));
    expect(rowNames()).toEqual(['Anton Weber', 'Jana Berg']);
  });

  it('shows the grid with a focusable, described marker per stakeholder that opens it', async () => {
    const { user } = await openStakeholders();
    await user.click(screen.getByRole('button', { name: 'Grid' }));
    const sponsor = screen.getByRole('button', { name: 'Anton Weber (CEO): influence 5 of 5, interest 3 of 5; Sponsor' });
    expect(sponsor).toHaveClass('marker--sponsor');
    expect(screen.getByRole('button', { name: /^Jana Berg \(Head of Marketing, Marketing\)/ })).toHaveClass('marker--champion');
    sponsor.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Edit Anton Weber' })).toBeInTheDocument();
  });
});
