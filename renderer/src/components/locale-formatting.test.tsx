import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_PROFILE } from '../../../shared/domain/preferences';
import type { DeliverableLocale } from '../../../shared/format/deliverable-locales';
import { renderApp } from '../test/render-app';
import { aClient } from '../test/factories';

async function openKpisIn(locale: DeliverableLocale) {
  const app = await renderApp({ clients: [aClient({ id: 'nord' })], preferences: { profile: { ...DEFAULT_PROFILE, locale } } });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: /^KPIs/ }));
  await app.user.click(screen.getByRole('button', { name: 'Add from catalogue' }));
  await app.user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Add Resolution time' }));
  return app;
}

describe('numbers and dates in the app follow the consultant’s locale', () => {
  it('groups KPI digits and shows dates, typed and read, in the locale’s pattern (en-DE)', async () => {
    const { user, api } = await openKpisIn('en-DE');
    await user.type(screen.getByLabelText('Baseline value'), '42000');
    const baselineDate = screen.getByLabelText('Baseline date');
    expect(baselineDate).toHaveAttribute('placeholder', 'DD/MM/YYYY');
    await user.type(baselineDate, '15/03/2026');
    await waitFor(() => expect(api.stored.get('nord')?.kpis[0]?.baseline).toEqual({ value: 42000, date: '2026-03-15' }));
    await user.click(screen.getByRole('button', { name: 'All KPIs' }));
    const row = screen.getByRole('row', { name: /Resolution time/ });
    expect(row).toHaveTextContent('42.000');
    expect(row).toHaveTextContent('15 Mar 2026');
    expect(row).not.toHaveTextContent('2026-03-15');
  });

  it('shows a stored date in the US order and reads an ISO date typed in full (en-US)', async () => {
    const { user, api } = await openKpisIn('en-US');
    const targetDate = screen.getByLabelText('Target date');
    await user.type(targetDate, '2026-12-31');
    await user.tab();
    expect(targetDate).toHaveValue('12/31/2026');
    await waitFor(() => expect(api.stored.get('nord')?.kpis[0]?.target.date).toBe('2026-12-31'));
    await user.clear(targetDate);
    await user.type(targetDate, '31/12/2026');
    expect(targetDate).toBeInvalid();
    expect(api.stored.get('nord')?.kpis[0]?.target.date).toBe(null);
  });
});
