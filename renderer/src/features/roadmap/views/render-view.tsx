import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import type { Client } from '../../../../../shared/domain/client';
import { createCairnStore } from '../../../store/cairn-store';
import { StoreProvider, useCairn } from '../../../store/StoreContext';
import { sequentialIds } from '../../../test/factories';

/** Renders one roadmap view against a real store holding `client`, re-rendering on edits as the client page does. */
export function renderView(View: ComponentType<{ client: Client }>, client: Client) {
  const store = createCairnStore({ newId: sequentialIds('new') });
  store.getState().addClient(client);
  function Live() {
    const current = useCairn((state) => state.docs[client.id]);
    return current ? <View client={current} /> : null;
  }
  const user = userEvent.setup();
  const view = render(
    <StoreProvider store={store}>
      <Live />
    </StoreProvider>,
  );
  return { store, user, ...view, initiatives: () => store.getState().docs[client.id]!.initiatives };
}
