import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addNote, revealNotes, type Workshop } from '../../../../../shared/workshop';
import { applied, sampleWorkshop, SAMPLE_NOW } from '../../../../../shared/workshop/sample-workshop';
import { createCairnStore } from '../../../store/cairn-store';
import { StoreProvider } from '../../../store/StoreContext';
import { aClient } from '../../../test/factories';
import { FacilitatorLauncher } from './FacilitatorLauncher';

function withNotes(): Workshop {
  let workshop = sampleWorkshop();
  for (const [id, text] of [
    ['n1', 'Silos between stores'],
    ['n2', 'No time to post'],
  ]) {
    workshop = applied(addNote(workshop, { id: id!, agendaItemId: 'i-brain', text: text!, now: SAMPLE_NOW }));
  }
  return revealNotes(workshop, 'i-brain', SAMPLE_NOW);
}

async function facilitate(workshop: Workshop) {
  const store = createCairnStore();
  const client = aClient({ id: 'c', workshops: [workshop] });
  store.getState().addClient(client);
  const user = userEvent.setup();
  render(
    <StoreProvider store={store}>
      <FacilitatorLauncher client={client} workshop={workshop} />
    </StoreProvider>,
  );
  await user.click(screen.getByRole('button', { name: /Facilitate/ }));
  // Facilitator mode is loaded lazily.
  const dialog = await screen.findByRole('dialog', { name: 'Facilitator mode: Kickoff' });
  return { store, user, dialog, workshop: () => store.getState().docs['c']!.workshops[0]! };
}

describe('facilitator mode', () => {
  it('passes the laptop: each voter sees only their own dots, and the tally waits for the reveal', async () => {
    const { user, dialog, workshop } = await facilitate(withNotes());
    await user.keyboard('{PageDown}');
    expect(within(dialog).getByRole('heading', { level: 1 })).toHaveTextContent('What worries us most');
    await user.click(within(dialog).getByRole('radio', { name: 'Pass the laptop' }));
    expect(within(dialog).queryByRole('list', { name: 'Notes and clusters to vote on' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Start voting as Ana Ruiz' }));
    within(dialog).getByRole('listitem', { name: /^Silos between stores/ }).focus();
    await user.keyboard('++');
    expect(within(dialog).getByText(/of 3 dots left/)).toHaveTextContent('Ana Ruiz: 1 of 3 dots left');
    await user.click(within(dialog).getByRole('button', { name: /Done: hide my dots/ }));
    // Back at the hand-over screen: no ballot, no tally.
    expect(within(dialog).queryByRole('list', { name: 'Notes and clusters to vote on' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('list', { name: 'Dot vote results' })).not.toBeInTheDocument();
    expect(within(dialog).getByText(/2 dots from 1 of 3 people/)).toBeInTheDocument();
    expect(workshop().dotVotes).toMatchObject([{ participantId: 'p-ana', targetId: 'n1', dots: 2 }]);
    await user.click(within(dialog).getByRole('button', { name: 'Reveal results' }));
    expect(within(within(dialog).getByRole('list', { name: 'Dot vote results' })).getAllByRole('listitem')[0]).toHaveTextContent('Silos between stores2 dots · 1 person');
  });

  it('shows a flashing “Time is up” once the countdown runs out, and extending clears it', async () => {
    const started = sampleWorkshop();
    const over: Workshop = {
      ...started,
      agenda: started.agenda.map((item, index) => (index === 0 ? { ...item, timer: { ...item.timer, running: true, startedAt: Date.now() - 21 * 60_000 } } : item)),
    };
    const { user, dialog, workshop } = await facilitate(over);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Time is up');
    await user.click(within(dialog).getByRole('button', { name: '+5 min' }));
    expect(within(dialog).queryByText('Time is up')).not.toBeInTheDocument();
    expect(workshop().agenda[0]!.timer.extensionsMs).toBe(5 * 60_000);
    await user.keyboard('{Alt>}t{/Alt}');
    expect(workshop().agenda[0]!.timer.running).toBe(false);
  });

  it('merges, groups, renames and moves notes by keyboard on the board', async () => {
    const { user, dialog, workshop } = await facilitate(withNotes());
    await user.keyboard('{ArrowDown}'); // the board, newest note active
    await user.keyboard(' {ArrowRight}j');
    expect(workshop().notes).toMatchObject([{ id: 'n1', text: 'Silos between stores\nNo time to post' }]);
    await user.keyboard('g');
    await user.keyboard('Culture{Enter}');
    expect(workshop().clusters).toMatchObject([{ label: 'Culture' }]);
    expect(within(dialog).getByText('Cluster “Culture” made.')).toBeInTheDocument();
    await user.keyboard('r');
    await user.clear(screen.getByLabelText('Cluster label'));
    await user.keyboard(' and trust{Enter}');
    expect(workshop().clusters[0]!.label).toBe('and trust');
    await user.keyboard('m0');
    expect(workshop().notes[0]!.clusterId).toBeNull();
  });

  it('turns the active note into an action from the board, and leaves with the Leave button', async () => {
    const { user, dialog, workshop } = await facilitate(withNotes());
    expect(within(dialog).getByLabelText('New note')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('a');
    expect(workshop().actions).toMatchObject([{ what: 'No time to post', sourceNoteId: 'n2', status: 'open' }]);
    expect(within(dialog).getByText('Action added from the note.')).toHaveAttribute('role', 'status');
    await user.click(within(dialog).getByRole('button', { name: /Leave/ }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
