import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';

const clients = [
  aClient({ id: 'nord', name: 'Nordlicht Outdoor', industry: 'Outdoor retail', region: 'Hamburg' }),
  aClient({ id: 'alpen', name: 'Alpenblick Hotels', industry: 'Hospitality', region: 'Tirol' }),
  aClient({ id: 'kaffee', name: 'Kaffeerösterei Weiss', industry: 'Food', region: 'Vienna', archivedAt: '2026-01-01T00:00:00.000Z' }),
];

const listNames = () => within(screen.getByRole('listbox', { name: 'Clients' })).getAllByRole('option').map((option) => option.querySelector('.client-list__name')?.textContent ?? null);

describe('client list', () => {
  it('creates a client from the New client dialog, opens it and saves it', async () => {
    const { user, api } = await renderApp({ clients });
    await user.click(screen.getByRole('button', { name: 'New client' }));
    const dialog = screen.getByRole('dialog', { name: 'New client' });
    await user.click(within(dialog).getByRole('button', { name: 'Create client' }));
    expect(within(dialog).getByText('Give the client a name.')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('Name'), 'Brauhaus Sonne');
    await user.type(within(dialog).getByLabelText('Industry'), 'Brewing');
    await user.selectOptions(within(dialog).getByLabelText('Size'), '50–249');
    await user.type(within(dialog).getByLabelText('Region'), 'Bavaria');
    await user.click(within(dialog).getByRole('button', { name: 'Create client' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Brauhaus Sonne' })).toBeInTheDocument();
    expect(listNames()).toEqual(['Alpenblick Hotels', 'Brauhaus Sonne', 'Nordlicht Outdoor']);
    await waitFor(() => expect(api.stored.get('new-1')).toMatchObject({ name: 'Brauhaus Sonne', industry: 'Brewing', size: '50–249', region: 'Bavaria' }));
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
  });

  it('opens the New client dialog with Ctrl+N and closes it with Escape', async () => {
    const { user } = await renderApp({ clients });
    await user.keyboard('{Control>}n{/Control}');
    expect(screen.getByRole('dialog', { name: 'New client' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('filters by name, industry and region, and focuses search with Ctrl+F', async () => {
    const { user } = await renderApp({ clients });
    await user.keyboard('{Control>}f{/Control}');
    const search = screen.getByRole('searchbox', { name: 'Search clients' });
    expect(search).toHaveFocus();
    await user.type(search, 'tirol');
    expect(listNames()).toEqual(['Alpenblick Hotels']);
    await user.clear(search);
    await user.type(search, 'retail');
    expect(listNames()).toEqual(['Nordlicht Outdoor']);
    await user.clear(search);
    await user.type(search, 'nothing like this');
    expect(screen.getByText('No clients match “nothing like this”.')).toBeInTheDocument();
  });

  it('moves through the list with the arrow keys and opens with Enter', async () => {
    const { user } = await renderApp({ clients });
    await user.click(screen.getByRole('option', { name: /^Alpenblick Hotels\b/ }));
    expect(screen.getByRole('option', { name: /^Alpenblick Hotels\b/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('archives a client and restores it from the archived view', async () => {
    const { user, api } = await renderApp({ clients });
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    expect(listNames()).toEqual(['Alpenblick Hotels']);
    await waitFor(() => expect(api.stored.get('nord')?.archivedAt).not.toBeNull());

    await user.click(screen.getByRole('button', { name: 'Archived' }));
    expect(listNames()).toEqual(['Kaffeerösterei Weiss', 'Nordlicht Outdoor']);
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(listNames()).toEqual(['Kaffeerösterei Weiss']);
    await waitFor(() => expect(api.stored.get('nord')?.archivedAt).toBeNull());
  });

  it('moves a client to the trash after confirming, restores it, and empties the trash for good', async () => {
    const { user, api } = await renderApp({ clients });
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await user.click(screen.getByRole('button', { name: 'Move to trash' }));
    const confirm = screen.getByRole('dialog', { name: 'Move Nordlicht Outdoor to the trash?' });
    await user.click(within(confirm).getByRole('button', { name: 'Move to trash' }));
    expect(listNames()).toEqual(['Alpenblick Hotels']);

    await user.click(screen.getByRole('button', { name: 'Trash' }));
    expect(listNames()).toEqual(['Nordlicht Outdoor']);
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(screen.getByText('The trash is empty. Clients you move to the trash wait here until you empty it.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Active' }));
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await user.click(screen.getByRole('button', { name: 'Move to trash' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Move to trash' }));
    await user.click(screen.getByRole('button', { name: 'Trash' }));
    await user.click(screen.getByRole('button', { name: 'Empty trash' }));
    const emptyDialog = screen.getByRole('dialog', { name: 'Empty the trash?' });
    expect(emptyDialog).toHaveTextContent('This cannot be undone.');
    await user.click(within(emptyDialog).getByRole('button', { name: 'Empty trash' }));
    await waitFor(() => expect(api.callsOf('purgeClient')).toEqual([{ id: 'nord' }]));
    expect(api.stored.has('nord')).toBe(false);
  });

  it('says what to do when the workspace is empty', async () => {
    await renderApp({ clients: [] });
    expect(screen.getByText('No clients yet. Create one with “New client”.')).toBeInTheDocument();
    expect(screen.getByText('Your workspace is empty')).toBeInTheDocument();
  });
});
