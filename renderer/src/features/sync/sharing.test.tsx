import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { ClientSyncStatus } from '../../../../shared/ipc/contract-sharing';
import { renderApp } from '../../test/render-app';
import { aClient, aStakeholder } from '../../test/factories';
import { OFFLINE_TEXT } from './sync-text';

const SYNC_ON = { enabled: true, serverUrl: 'https://couch.example.com', username: 'mara', password: 'secret' };
const nordlicht = aClient();
const fjord = aClient({ id: 'client-2', name: 'Fjord Logistics', industry: 'Logistics', region: 'Norway' });

const status = (clientId: string, patch: Partial<ClientSyncStatus>): ClientSyncStatus => ({
  clientId,
  shared: true,
  sharedBy: null,
  state: 'synced',
  lastSyncedAt: new Date(Date.now() - 2 * 60_000).toISOString(),
  progress: null,
  message: null,
  localRevision: null,
  ...patch,
});

async function withStatuses(statuses: ClientSyncStatus[]) {
  const app = await renderApp({ clients: [nordlicht, fjord], sync: { ...SYNC_ON, clients: new Map(statuses.map((s) => [s.clientId, s])) } });
  await waitFor(() => expect(app.store.getState().sync.status?.clients).toHaveLength(statuses.length));
  return app;
}

const list = () => screen.getByRole('listbox', { name: 'Clients' });
// The title bar is the first banner (a client page's header may count as one too).
const banner = () => screen.getAllByRole('banner')[0]!;

describe('sharing a client with the firm', () => {
  it('offers nothing to share while sync is off', async () => {
    const { user } = await renderApp({ clients: [nordlicht] });
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    expect(screen.queryByRole('button', { name: 'Share with the firm' })).not.toBeInTheDocument();
  });

  it('shares after a confirmation that says what goes where and who sees it, then stops sharing', async () => {
    const { user, api } = await renderApp({ clients: [nordlicht], sync: SYNC_ON });
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await user.click(await screen.findByRole('button', { name: 'Share with the firm' }));
    const confirm = screen.getByRole('dialog', { name: 'Share Nordlicht Outdoor with the firm?' });
    expect(confirm).toHaveTextContent('will be copied to couch.example.com and kept in sync');
    expect(confirm).toHaveTextContent('Everyone with access to the database on that server can see and change it.');
    expect(api.callsOf('shareClient')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Share with the firm' }));

    expect(api.callsOf('shareClient')).toEqual([{ clientId: 'client-1' }]);
    const sharing = await screen.findByRole('group', { name: 'Sharing' });
    expect(sharing).toHaveTextContent('Shared with the firm');
    expect(within(sharing).getByRole('status')).toHaveTextContent('Synced just now');
    expect(within(list()).getByText('Synced')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Stop sharing' }));
    const stop = screen.getByRole('dialog', { name: 'Stop sharing Nordlicht Outdoor?' });
    expect(stop).toHaveTextContent('Your copy stays here');
    await user.click(within(stop).getByRole('button', { name: 'Stop sharing' }));
    expect(api.callsOf('unshareClient')).toEqual([{ clientId: 'client-1' }]);
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Sharing' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Share with the firm' })).toBeInTheDocument();
  });

  it('says why sharing failed', async () => {
    const { user, api } = await renderApp({ clients: [nordlicht], sync: SYNC_ON });
    api.failNext('shareClient', 'forbidden');
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await user.click(await screen.findByRole('button', { name: 'Share with the firm' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Share with the firm' }));
    expect(await screen.findByRole('dialog', { name: 'Couldn’t share Nordlicht Outdoor' })).toHaveTextContent('Simulated forbidden.');
  });
});

describe('sync statuses', () => {
  it('shows who shared a colleague’s client, in the list and on its page', async () => {
    const { user } = await withStatuses([status('client-2', { sharedBy: 'Anna Berg' })]);
    const option = within(list()).getByRole('option', { name: /^Fjord Logistics\b/ });
    expect(within(option).getByText('Shared by Anna Berg')).toBeInTheDocument();
    expect(option).toHaveAttribute('aria-description', expect.stringContaining('Shared by Anna Berg'));
    await user.click(option);
    const sharing = await screen.findByRole('group', { name: 'Sharing' });
    expect(sharing).toHaveTextContent('Shared by Anna Berg');
    expect(sharing).toHaveTextContent('Synced 2 minutes ago');
  });

  it('marks each shared client in the list with its state in words', async () => {
    await withStatuses([status('client-1', { state: 'conflict' }), status('client-2', { state: 'syncing', progress: { done: 40, total: 120 } })]);
    expect(within(within(list()).getByRole('option', { name: /^Nordlicht Outdoor\b/ })).getByText('Conflict')).toBeInTheDocument();
    expect(within(within(list()).getByRole('option', { name: /^Fjord Logistics\b/ })).getByText('Syncing 40 of 120…')).toBeInTheDocument();
    expect(within(banner()).getByText('Sync conflict in 1 client')).toBeInTheDocument();
  });

  it('shows the progress of a big client’s first sync', async () => {
    const { user } = await withStatuses([status('client-2', { state: 'syncing', progress: { done: 40, total: 120 } })]);
    expect(within(banner()).getByText('Syncing 40 of 120…')).toBeInTheDocument();
    await user.click(within(list()).getByRole('option', { name: /^Fjord Logistics\b/ }));
    const sharing = await screen.findByRole('group', { name: 'Sharing' });
    expect(within(sharing).getByRole('progressbar', { name: 'Sync progress' })).toHaveAttribute('value', '40');
    expect(sharing).toHaveTextContent('Syncing 40 of 120…');
  });

  it('only says so when offline, and editing goes on as before', async () => {
    const { user, api } = await withStatuses([status('client-1', { state: 'offline' })]);
    expect(within(banner()).getByText(OFFLINE_TEXT)).toBeInTheDocument();
    await user.click(within(list()).getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(api.callsOf('saveClient')).toHaveLength(1));
  });

  it('tells the reason when there is no access', async () => {
    const { user } = await withStatuses([status('client-1', { state: 'no-access', message: 'Your user may no longer read this client’s database.' })]);
    await user.click(within(list()).getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    expect(await screen.findByRole('group', { name: 'Sharing' })).toHaveTextContent('No access — Your user may no longer read this client’s database.');
    expect(within(banner()).getByText('No access to 1 client on the server')).toBeInTheDocument();
  });

  it('replaces an open client when a sync changed it on disk', async () => {
    const { user, api, store } = await withStatuses([status('client-1', { localRevision: '1' })]);
    await user.click(within(list()).getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    api.writeFromSync(aClient({ name: 'Nordlicht Outdoor AG', stakeholders: [aStakeholder({ name: 'Jonas Weber' })] }));
    act(() => store.getState().requestSyncRefresh());
    expect(await screen.findByRole('heading', { level: 1, name: 'Nordlicht Outdoor AG' })).toBeInTheDocument();
    // Once to open it, once more after the sync wrote it.
    expect(api.callsOf('readClient')).toEqual([{ id: 'client-1' }, { id: 'client-1' }]);
  });
});

describe('a sync conflict', () => {
  it('shows a badge and opens the merge preview; merging saves through resolveSyncConflict and shows the result', async () => {
    const { user, api, store } = await withStatuses([status('client-1', { state: 'conflict', message: 'Changed here and on the server.', localRevision: '1' })]);
    api.sync.serverVersions.set('client-1', aClient({ name: 'Nordlicht Outdoor SE', updatedAt: '2026-02-01T09:00:00.000Z' }));
    await user.click(within(list()).getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    const sharing = await screen.findByRole('group', { name: 'Sharing' });
    expect(within(sharing).getByText('Sync conflict')).toBeInTheDocument();

    await user.click(within(sharing).getByRole('button', { name: 'Review conflict' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nordlicht Outdoor changed here and on the server' });
    expect(api.callsOf('previewSyncConflict')).toEqual([{ clientId: 'client-1' }]);
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Merge and sync' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('resolveSyncConflict')).toEqual([{ previewId: 'sync-conflict-1', decisions: {} }]);
    await waitFor(() => expect(store.getState().docs['client-1']?.name).toBe('Nordlicht Outdoor SE'));
    expect(await screen.findByRole('group', { name: 'Sharing' })).toHaveTextContent('Synced just now');
    expect(screen.queryByText('Sync conflict')).not.toBeInTheDocument();
  });

  it('says so when the conflict can no longer be shown', async () => {
    const { user } = await withStatuses([status('client-1', { state: 'conflict' })]);
    await user.click(within(list()).getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await user.click(await screen.findByRole('button', { name: 'Review conflict' }));
    expect(await screen.findByRole('dialog', { name: 'The conflict could not be shown' })).toHaveTextContent('There is no conflict to review.');
  });
});
