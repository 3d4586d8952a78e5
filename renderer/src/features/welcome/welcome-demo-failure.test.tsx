import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../../test/render-app';

// The demo builder is a chunk fetched on request; here fetching it fails.
vi.mock('../../../../shared/demo/demo-client', () => ({
  buildDemoClient: () => {
    throw new Error('Failed to fetch dynamically imported module');
  },
}));

describe('first launch, when the demo cannot be loaded', () => {
  it('says so, changes nothing and leaves both choices open', async () => {
    const { user, api, store } = await renderApp({ clients: [], preferences: { firstRunDone: false } });
    await user.click(screen.getByRole('button', { name: /^Explore the demo client/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/The demo client could not be loaded \(Failed to fetch dynamically imported module\)/);
    expect(store.getState().docs).toEqual({});
    expect(api.callsOf('completeFirstRun')).toHaveLength(0);
    expect(screen.getByRole('button', { name: /^Explore the demo client/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /^Start with an empty workspace/ })).toBeEnabled();
  });
});
