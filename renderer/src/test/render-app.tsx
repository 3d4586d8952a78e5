import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CairnApp } from '../features/app-shell/CairnApp';
import { createCairnStore } from '../store/cairn-store';
import type { AutosaveOptions } from '../store/autosave';
import { createFakeApi, type FakeApiSeed } from './fake-api';
import { sequentialIds } from './factories';

/** Quick autosave so tests see saves without waiting the real 300 ms debounce and 1 s backoff. */
const TEST_AUTOSAVE: AutosaveOptions = { debounceMs: 20, retryDelaysMs: [60] };

/** Render the whole app against an in-memory backend and wait until the workspace is open. */
export async function renderApp(seed: FakeApiSeed = {}) {
  const api = createFakeApi(seed);
  const store = createCairnStore({ newId: sequentialIds('new') });
  const user = userEvent.setup();
  const view = render(<CairnApp api={api} store={store} autosaveOptions={TEST_AUTOSAVE} />);
  await waitFor(() => {
    if (store.getState().load.status === 'loading') throw new Error('still opening the workspace');
  });
  return { api, store, user, ...view };
}
