import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';

const clients = [
  aClient({ id: 'nord', name: 'Nordlicht Outdoor' }),
  aClient({ id: 'alpen', name: 'Alpenblick Hotels' }),
  aClient({ id: 'gone', name: 'Trashed GmbH', deletedAt: '2026-01-01T00:00:00.000Z' }),
];

describe('recent clients', () => {
  it('reopens the client opened last, like a desktop app reopening its last document', async () => {
    await renderApp({ clients, preferences: { recentClientIds: ['alpen', 'nord'] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Alpenblick Hotels' })).toBeInTheDocument();
  });

  it('skips a recent client that is now in the trash', async () => {
    await renderApp({ clients, preferences: { recentClientIds: ['gone', 'nord'] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nordlicht Outdoor' })).toBeInTheDocument();
  });

  it('remembers each client the consultant opens', async () => {
    const { user, api } = await renderApp({ clients });
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await waitFor(() => expect(api.callsOf('noteClientOpened')).toEqual([{ id: 'nord' }]));
  });
});
