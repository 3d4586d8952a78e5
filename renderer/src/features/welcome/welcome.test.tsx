import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/render-app';

describe('first launch', () => {
  it('adds the demo client as an undoable edit, saves it and completes the first run', async () => {
    const { user, api, store } = await renderApp({ clients: [], preferences: { firstRunDone: false } });
    await user.click(screen.getByRole('button', { name: /^Explore the demo client/ }));
    await waitFor(() => expect(api.callsOf('completeFirstRun')).toHaveLength(1));
    const heading = await screen.findByRole('heading', { level: 1 });
    const demo = Object.values(store.getState().docs)[0];
    expect(heading).toHaveTextContent(demo?.name ?? 'missing');
    expect(demo?.stakeholders.some((person) => person.isSponsor)).toBe(true);
    await waitFor(() => expect(api.stored.size).toBe(1));
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('starts with an empty workspace', async () => {
    const { user, api } = await renderApp({ clients: [], preferences: { firstRunDone: false } });
    await user.click(screen.getByRole('button', { name: /^Start with an empty workspace/ }));
    expect(await screen.findByText('Your workspace is empty')).toBeInTheDocument();
    expect(api.callsOf('completeFirstRun')).toHaveLength(1);
    expect(api.callsOf('saveClient')).toHaveLength(0);
  });

  it('skips the welcome once the first run is done', async () => {
    await renderApp({ clients: [], preferences: { firstRunDone: true } });
    expect(screen.queryByRole('button', { name: /^Explore the demo client/ })).not.toBeInTheDocument();
  });
});
