import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { newTenStagePlacement } from '../../../../shared/assessment/assessment-factories';
import { TEN_STAGES_MODEL } from '../../../../shared/frameworks/builtin';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';

const at = '2026-01-01T00:00:00.000Z';
const engagement = { id: 'e1', createdAt: at, updatedAt: at, title: 'Kickoff 2026', startDate: '2026-01-01', endDate: null, scope: '', executiveSummary: '', status: 'active' as const };

async function openTenStages(withPlacement = true) {
  const placement = newTenStagePlacement({ id: 'p1', now: at, engagementId: 'e1', assessedOn: '2026-02-01', model: TEN_STAGES_MODEL });
  const app = await renderApp({ clients: [aClient({ id: 'c', engagements: [engagement], tenStagePlacements: withPlacement ? [placement] : [] })] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: 'Ten stages' }));
  return app;
}
const heading = () => screen.getByRole('heading', { level: 3, name: /Stage|No stage/ });

describe('ten stages tab', () => {
  it('derives the stage from ticked indicators and states the rule', async () => {
    const { user, store } = await openTenStages();
    expect(heading()).toHaveTextContent('No stage yet');
    expect(screen.getByText(/highest stage whose indicators are mostly met/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Someone checks mentions of the brand, products or leaders on social channels.' }));
    expect(heading()).toHaveTextContent('No stage yet');
    await user.click(screen.getByRole('checkbox', { name: 'A listening tool or a written search routine is in place.' }));
    expect(heading()).toHaveTextContent('Stage 1 Observe and Report');
    expect(screen.getByText('2 of 3 met · mostly met')).toBeInTheDocument();
    expect(store.getState().docs['c']!.tenStagePlacements[0]!.indicatorsMet['ts1-listening-routine']).toBe(true);
  });

  it('needs a reason for an override, and clearing it returns to the derived stage', async () => {
    const { user, store } = await openTenStages();
    await user.selectOptions(screen.getByLabelText('Override stage'), '3');
    await user.click(screen.getByRole('button', { name: 'Apply override' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give a reason for the override');
    expect(store.getState().docs['c']!.tenStagePlacements[0]!.override).toBeNull();
    await user.type(screen.getByLabelText('Reason for the override'), 'Agency listens daily');
    await user.click(screen.getByRole('button', { name: 'Apply override' }));
    expect(heading()).toHaveTextContent('Stage 3 Socializing Media');
    expect(screen.getByText('Placed by override')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear override' }));
    expect(heading()).toHaveTextContent('No stage yet');
    expect(store.getState().docs['c']!.tenStagePlacements[0]!.override).toBeNull();
  });

  it('creates a placement for an engagement and date', async () => {
    const { user, store } = await openTenStages(false);
    expect(screen.getByText('No placement yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New placement' }));
    const form = screen.getByRole('form', { name: 'New placement' });
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '2026-03-04');
    await user.click(within(form).getByRole('button', { name: 'Create placement' }));
    expect(store.getState().docs['c']!.tenStagePlacements).toEqual([expect.objectContaining({ engagementId: 'e1', assessedOn: '2026-03-04' })]);
    expect(screen.getAllByRole('checkbox')).toHaveLength(36);
  });
});
