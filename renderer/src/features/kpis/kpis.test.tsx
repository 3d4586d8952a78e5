import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { makeInitiative } from '../../../../shared/roadmap/initiative-factory';
import { renderApp } from '../../test/render-app';
import { aClient, aStakeholder } from '../../test/factories';

async function openKpis() {
  const client = aClient({
    id: 'nord',
    stakeholders: [aStakeholder({ id: 'lena', name: 'Lena Vogt', title: 'Community Manager' })],
    initiatives: [makeInitiative({ id: 'listening', title: 'Start a listening program' })],
  });
  const app = await renderApp({ clients: [client] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: /KPIs/ }));
  return app;
}

const status = () => screen.getByRole('status', { name: 'KPI status' });

describe('KPIs tab', () => {
  it('adds a KPI from the catalogue, sets baseline and target, and the status changes as measurements are recorded', async () => {
    const { user, api } = await openKpis();
    expect(screen.getByText('No KPIs yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add from catalogue' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a KPI from the catalogue' });
    expect(within(dialog).getByRole('heading', { name: 'Company support' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add Resolution time' }));

    expect(screen.getByRole('heading', { name: 'Resolution time', level: 2 })).toBeInTheDocument();
    expect(screen.getByLabelText('Direction')).toHaveValue('lower-is-better');
    expect(status()).toHaveTextContent('No data');
    await user.type(screen.getByLabelText('Baseline value'), '30');
    await user.type(screen.getByLabelText('Baseline date'), '2026-01-01');
    await user.type(screen.getByLabelText('Target value'), '6');
    await user.type(screen.getByLabelText('Target date'), '2026-12-31');
    await user.selectOptions(screen.getByLabelText('Owner'), 'Lena Vogt · Community Manager');

    const value = screen.getByLabelText('New measurement value');
    await user.clear(screen.getByLabelText('New measurement date'));
    await user.type(screen.getByLabelText('New measurement date'), '2026-07-01');
    await user.type(value, '28{Enter}');
    expect(status()).toHaveTextContent('Off track');
    expect(value).toHaveFocus();
    await user.clear(screen.getByLabelText('Value of measurement 1'));
    await user.type(screen.getByLabelText('Value of measurement 1'), '16');
    expect(status()).toHaveTextContent('On track');
    expect(status()).toHaveTextContent('covers 58% of the way');

    await user.click(screen.getByRole('checkbox', { name: 'Start a listening program' }));
    await waitFor(() => {
      const stored = api.stored.get('nord')!;
      expect(stored.kpis[0]).toMatchObject({ baseline: { value: 30, date: '2026-01-01' }, target: { value: 6, date: '2026-12-31' }, ownerStakeholderId: 'lena', initiativeIds: ['listening'] });
      expect(stored.initiatives[0]!.kpiIds).toEqual([stored.kpis[0]!.id]);
    });

    await user.click(screen.getByRole('button', { name: 'All KPIs' }));
    const row = screen.getByRole('row', { name: /Resolution time/ });
    expect(row).toHaveTextContent('On track');
    expect(row).toHaveTextContent('16 hours');
    expect(screen.getByText(/The latest measurement decides/)).toBeInTheDocument();
  });

  it('computes share of voice per period, says so when nobody was mentioned, and stores the shares as measurements', async () => {
    const { user, api } = await openKpis();
    await user.click(screen.getByRole('button', { name: 'Add from catalogue' }));
    await user.click(screen.getByRole('button', { name: 'Add Share of voice' }));
    await user.type(screen.getByLabelText('New period label'), 'Q1 2026');
    await user.clear(screen.getByLabelText('New period end date'));
    await user.type(screen.getByLabelText('New period end date'), '2026-03-31');
    await user.click(screen.getByRole('button', { name: 'Add period' }));
    await user.type(screen.getByLabelText('Competitor name'), 'Bergwelt{Enter}');

    expect(screen.getByRole('status', { name: 'Share of voice in Q1 2026' })).toHaveTextContent('No mentions');
    expect(status()).toHaveTextContent('No data');
    await user.type(screen.getByLabelText('Own mentions in Q1 2026'), '{Backspace}120');
    await user.type(screen.getByLabelText('Bergwelt mentions in Q1 2026'), '{Backspace}280');
    expect(screen.getByRole('status', { name: 'Share of voice in Q1 2026' })).toHaveTextContent('30%');
    await waitFor(() => expect(api.stored.get('nord')?.kpis[0]?.measurements).toMatchObject([{ date: '2026-03-31', value: 30 }]));

    await user.type(screen.getByLabelText('Target value'), '40');
    expect(status()).toHaveTextContent('At risk');

    // The report's own charts: share of voice by competitor per period, and the trend with its target.
    // A chart's name is its title followed by its description (aria-labelledby names both).
    expect(screen.getByRole('img', { name: /^Share of voice by competitor per period .*Q1 2026: Nordlicht Outdoor 30% \(120 mentions\), Bergwelt 70% \(280 mentions\)/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Trend of Share of voice .*Target 40%/ })).toBeInTheDocument();
  });
});
