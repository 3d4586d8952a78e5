import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addNote, revealNotes } from '../../../../../shared/workshop';
import { applied, sampleWorkshop, SAMPLE_NOW } from '../../../../../shared/workshop/sample-workshop';
import { ApiProvider } from '../../../api/ApiContext';
import { createCairnStore } from '../../../store/cairn-store';
import { StoreProvider } from '../../../store/StoreContext';
import { aClient, hydrateWithOpenClients } from '../../../test/factories';
import { createFakeApi } from '../../../test/fake-api';
import { Workspace } from '../../app-shell/Workspace';
import { FacilitatorHost } from './FacilitatorHost';

/**
 * Issue 14: typing a note touches the note list only. The app behind facilitator mode (the
 * shell, the sidebar, the client page and the workshop's plan view) is profiled on its own;
 * the whole tree, facilitator mode included, by an outer profiler.
 */
async function openOnProjector() {
  let workshop = { ...sampleWorkshop(), engagementId: 'e1' };
  for (let index = 0; index < 40; index += 1) {
    workshop = applied(addNote(workshop, { id: `n${index}`, agendaItemId: 'i-brain', text: `Idea ${index}`, now: SAMPLE_NOW }));
  }
  workshop = revealNotes(workshop, 'i-brain', SAMPLE_NOW);
  const client = aClient({ id: 'c', name: 'Nordwind', engagements: [{ ...aClient().engagements[0]!, id: 'e1' }], workshops: [workshop] });
  const api = createFakeApi({ clients: [client] });
  const store = createCairnStore();
  hydrateWithOpenClients(store, [client]);
  store.getState().selectClient('c');
  const renders = { shell: 0, all: 0 };
  const user = userEvent.setup();
  render(
    <Profiler id="all" onRender={() => void (renders.all += 1)}>
      <ApiProvider api={api}>
        <StoreProvider store={store}>
          <FacilitatorHost>
            <Profiler id="shell" onRender={() => void (renders.shell += 1)}>
              <Workspace />
            </Profiler>
          </FacilitatorHost>
        </StoreProvider>
      </ApiProvider>
    </Profiler>,
  );
  await user.click(screen.getByRole('tab', { name: /^Workshops/ }));
  await user.click(await screen.findByRole('button', { name: /^Kickoff,/ }));
  await user.click(screen.getByRole('button', { name: /^Facilitate/ }));
  const dialog = await screen.findByRole('dialog', { name: 'Facilitator mode: Kickoff' }, { timeout: 10_000 });
  await waitFor(() => expect(within(dialog).getByLabelText('New note')).toHaveFocus());
  return { store, user, dialog, renders };
}

describe('facilitator mode, rendering per key', () => {
  it('renders nothing while a note is typed, and on Enter renders the board, never the app behind', async () => {
    const { store, user, dialog, renders } = await openOnProjector();
    renders.shell = 0;
    renders.all = 0;
    await user.keyboard('Shorter approval loops');
    // No commit at all while typing: not the plan view, the shell, the panels, nor the note list.
    expect(renders).toEqual({ shell: 0, all: 0 });

    await user.keyboard('{Enter}');
    expect(store.getState().docs['c']!.workshops[0]!.notes.at(-1)!.text).toBe('Shorter approval loops');
    expect(within(dialog).getByLabelText('New note')).toHaveValue('');
    // The note reached the store and the board; the app behind did not render for it.
    expect(renders.all).toBeGreaterThan(0);
    expect(renders.shell).toBe(0);

    // Leaving thaws the app, which catches up in one go and shows the note's workshop as it now is.
    await user.click(within(dialog).getByRole('button', { name: /Leave/ }));
    await waitFor(() => expect(renders.shell).toBeGreaterThan(0));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }, 30_000);
});
