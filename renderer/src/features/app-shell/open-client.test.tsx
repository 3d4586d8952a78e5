import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import type { CairnApi } from '../../../../shared/ipc/contract';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';

const clients = [
  aClient({ id: 'nord', name: 'Nordlicht Outdoor', industry: 'Outdoor retail', region: 'Hamburg' }),
  aClient({ id: 'alpen', name: 'Alpenblick Hotels', industry: 'Hospitality', region: 'Tirol', notes: 'Spa group, six hotels' }),
  aClient({ id: 'kaffee', name: 'Kaffeerösterei Weiss', industry: 'Food', region: 'Vienna' }),
];

/** Hold readClient answers until the test releases them. */
function holdReads(api: CairnApi) {
  const read = api.readClient.bind(api);
  const held: (() => void)[] = [];
  api.readClient = (request) => new Promise((resolve) => held.push(() => void read(request).then(resolve)));
  return () => act(() => held.splice(0).forEach((release) => release()));
}

describe('opening a client', () => {
  it('lists every client without any document in memory, and reads one only when it is opened', async () => {
    const { user, api, store } = await renderApp({ clients });
    const list = screen.getByRole('listbox', { name: 'Clients' });
    expect(within(list).getAllByRole('option').map((option) => option.querySelector('.client-list__name')?.textContent)).toEqual(['Alpenblick Hotels', 'Kaffeerösterei Weiss', 'Nordlicht Outdoor']);
    expect(store.getState().docs).toEqual({});
    expect(api.callsOf('readClient')).toEqual([]);

    // Search covers what it always did (name, industry, region) from the summaries.
    await user.type(screen.getByRole('searchbox', { name: 'Search clients' }), 'tirol');
    expect(within(list).getAllByRole('option').map((option) => option.querySelector('.client-list__name')?.textContent)).toEqual(['Alpenblick Hotels']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search clients' }));

    const release = holdReads(api);
    await user.click(within(list).getByRole('option', { name: /^Alpenblick Hotels\b/ }));
    const main = screen.getByRole('main', { name: 'Alpenblick Hotels' });
    expect(within(main).getByRole('status')).toHaveTextContent('Opening Alpenblick Hotels…');
    await release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Alpenblick Hotels' })).toBeInTheDocument();
    expect(api.callsOf('readClient')).toEqual([{ id: 'alpen' }]);
    expect(Object.keys(store.getState().docs)).toEqual(['alpen']);
    expect(api.callsOf('saveClient')).toEqual([]);
  });

  it('says when a client could not be opened and opens it on Try again', async () => {
    const { user, api } = await renderApp({ clients });
    api.failNext('readClient', 'io', 1);
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    expect(await screen.findByText('Nordlicht Outdoor could not be opened')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nordlicht Outdoor' })).toBeInTheDocument();
  });
});
