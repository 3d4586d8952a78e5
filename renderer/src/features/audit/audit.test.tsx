import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';

const at = '2026-01-01T00:00:00.000Z';
const engagement = { id: 'e1', createdAt: at, updatedAt: at, title: 'Kickoff 2026', startDate: '2026-01-01', endDate: null, scope: '', executiveSummary: '', status: 'active' as const };
const fn = (id: string, name: string) => ({ id, name, custom: false, createdAt: at, updatedAt: at });

async function openAudit() {
  const client = aClient({ id: 'c', engagements: [engagement], functions: [fn('f1', 'Marketing'), fn('f2', 'Customer Service')] });
  const app = await renderApp({ clients: [client] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: 'Audit' }));
  await app.user.click(screen.getByRole('button', { name: 'New audit' }));
  await app.user.click(screen.getByRole('button', { name: 'Create audit' }));
  return app;
}

describe('audit tab', () => {
  it('audits each of the client’s departments with the guide’s questions', async () => {
    const { user, store } = await openAudit();
    expect(screen.getByRole('heading', { name: 'Marketing' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Who in this function uses social channels or communities?'), 'The agency');
    await user.click(screen.getByRole('button', { name: /Customer Service/ }));
    expect(screen.getByLabelText('Who in this function uses social channels or communities?')).toHaveValue('');
    expect(store.getState().docs['c']!.audits[0]!.entries[0]!.answers['who-uses']).toBe('The agency');
  });

  it('shows the coverage matrix as a table with row, column and grand totals', async () => {
    const { user } = await openAudit();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Business function',
      'Prospects',
      'Customers',
      'Web influencers',
      'Ecosystem partners',
      'Vendors',
      'Suppliers',
      'Employees',
      'Media',
      'Groups engaged',
    ]);
    await user.click(within(table).getByRole('checkbox', { name: 'Marketing engages Customers' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Customer Service engages Customers' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Marketing engages Media' }));
    expect(within(table).getByLabelText('Marketing: 2 of 8 groups')).toHaveTextContent('2');
    expect(within(table).getByLabelText('Customers: engaged by 2 functions')).toHaveTextContent('2');
    expect(within(table).getByLabelText('Total: 3 pairs covered')).toHaveTextContent('3');
    await user.click(within(table).getByRole('checkbox', { name: 'Marketing engages Media' }));
    expect(within(table).getByLabelText('Total: 2 pairs covered')).toBeInTheDocument();
    expect(screen.getByText(/nobody engages Prospects, Web influencers/)).toBeInTheDocument();
  });
});
