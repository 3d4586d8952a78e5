import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';

describe('a save refused because the file changed on disk', () => {
  it('keeps the edit, says so, and offers the merge preview between the two versions', async () => {
    const { user, store, api } = await renderApp({ clients: [aClient()] });
    api.failNext('saveClient', 'conflict', 1_000);
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await user.click(screen.getByRole('button', { name: 'Archive' }));

    const banner = await screen.findByText(/its file was changed on disk by another program/);
    expect(banner).toHaveTextContent('Your changes are kept here');
    // The edit is still in memory, unsaved.
    expect(store.getState().docs['client-1']?.archivedAt).not.toBeNull();

    // "The version on disk" (the fake's stored copy) has another name, as a sync tool might have left it.
    api.stored.set('client-1', aClient({ name: 'Nordlicht Outdoor AG' }));
    await user.click(screen.getByRole('button', { name: 'Compare and merge Nordlicht Outdoor…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nordlicht Outdoor changed on disk' });
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();
    expect(api.callsOf('previewSaveConflict')).toEqual([{ client: expect.objectContaining({ id: 'client-1', name: 'Nordlicht Outdoor' }) }]);

    await user.click(within(dialog).getByRole('button', { name: 'Merge and save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(store.getState().docs['client-1']?.name).toBe('Nordlicht Outdoor AG');
    expect(api.callsOf('resolveSaveConflict')).toHaveLength(1);
  });
});

describe('a read-only data folder', () => {
  it('opens every client under a banner that says nothing is changed on disk', async () => {
    await renderApp({ clients: [aClient()], readOnly: true });
    const banner = screen.getByRole('status', { name: 'Read-only data folder' });
    expect(banner).toHaveTextContent('This data folder is read-only.');
    expect(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ })).toBeInTheDocument();
  });
});
