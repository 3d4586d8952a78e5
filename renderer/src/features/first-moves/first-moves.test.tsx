import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aClient, aStakeholder } from '../../test/factories';

const at = '2026-01-01T00:00:00.000Z';
const engagement = { id: 'e1', createdAt: at, updatedAt: at, title: 'Kickoff 2026', startDate: '2026-01-01', endDate: null, scope: '', executiveSummary: '', status: 'active' as const };

async function openFirstMoves() {
  const client = aClient({ id: 'c', engagements: [engagement], stakeholders: [aStakeholder({ id: 's1', name: 'Jana Berg' })] });
  const app = await renderApp({ clients: [client] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: 'First moves' }));
  await app.user.click(screen.getByRole('button', { name: 'New diagnosis' }));
  await app.user.click(screen.getByRole('button', { name: 'Create diagnosis' }));
  return app;
}

describe('first moves tab', () => {
  it('tracks the six moves: status, owner and a progress summary', async () => {
    const { user, store } = await openFirstMoves();
    expect(screen.getByText('0 of 6 moves done')).toBeInTheDocument();
    const leader = screen.getByRole('region', { name: 'Find a leader' });
    await user.selectOptions(within(leader).getByLabelText('Status'), 'done');
    await user.selectOptions(within(leader).getByLabelText('Owner'), 's1');
    const sponsors = screen.getByRole('region', { name: 'Recruit executive sponsors' });
    await user.selectOptions(within(sponsors).getByLabelText('Status'), 'in-progress');
    await user.selectOptions(within(sponsors).getByLabelText('Owner'), 'Someone else…');
    await user.type(within(sponsors).getByLabelText('Owner name'), 'New CDO');
    expect(screen.getByText('1 of 6 moves done')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Moves done' })).toHaveAttribute('aria-valuenow', '1');
    const moves = store.getState().docs['c']!.stageOneDiagnoses[0]!.moves;
    expect(moves.find((move) => move.moveId === 'find-leader')).toMatchObject({ status: 'done', ownerStakeholderId: 's1' });
    expect(moves.find((move) => move.moveId === 'recruit-sponsors')).toMatchObject({ status: 'in-progress', ownerStakeholderId: null, ownerText: 'New CDO' });
  });

  it('records observed signs of stage 1 with a note', async () => {
    const { user, store } = await openFirstMoves();
    await user.click(screen.getByRole('checkbox', { name: 'Social accounts are mostly run by an outside agency.' }));
    await user.type(screen.getByLabelText('Note: Social accounts are mostly run by an outside agency.'), 'Agency posts daily');
    expect(screen.getByText(/1 of 7 observed/)).toBeInTheDocument();
    expect(store.getState().docs['c']!.stageOneDiagnoses[0]!.signs['agency-run-accounts']).toEqual({ observed: true, note: 'Agency posts daily' });
  });
});
