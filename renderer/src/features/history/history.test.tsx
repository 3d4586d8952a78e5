import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aClient, aStakeholder } from '../../test/factories';
import { formatDateTime } from '../../../../shared/format/format';

const older = { id: 'snap-old', clientId: 'client-1', takenAt: '2026-02-01T09:00:00.000Z', sizeBytes: 1, clientName: 'Nordlicht (February)', stakeholderCount: 1 };
const newer = { id: 'snap-new', clientId: 'client-1', takenAt: '2026-02-20T09:00:00.000Z', sizeBytes: 1, clientName: 'Nordlicht Outdoor', stakeholderCount: 0 };

describe('history tab', () => {
  it('lists snapshots newest first with the retention policy, and restores one as an undoable edit', async () => {
    const { user, api } = await renderApp({
      clients: [aClient()],
      snapshots: [
        { info: older, client: aClient({ name: 'Nordlicht (February)', notes: 'old notes', stakeholders: [aStakeholder()] }) },
        { info: newer, client: aClient() },
      ],
    });
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await user.click(screen.getByRole('tab', { name: 'History' }));
    expect(screen.getByText('Cairn keeps the last 10 snapshots plus one per day for 7 days.')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Snapshots' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining(formatDateTime(newer.takenAt)),
      expect.stringContaining(formatDateTime(older.takenAt)),
    ]);

    await user.click(screen.getByRole('button', { name: `Restore snapshot from ${formatDateTime(older.takenAt)}` }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restore snapshot' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nordlicht (February)' })).toBeInTheDocument();
    await waitFor(() => expect(api.stored.get('client-1')).toMatchObject({ id: 'client-1', notes: 'old notes' }));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor' })).toBeInTheDocument();
  });
});
