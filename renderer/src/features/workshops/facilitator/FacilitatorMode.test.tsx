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
  const dialog = await screen.findByRole('dialog', { name: 'Facilitator mode: Kickoff' }, { timeout: 10_000 });
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

  it('after naming a cluster the focus is back on the board, on the same note, and arrows, Space and G keep working', async () => {
    const { user, dialog, workshop } = await facilitate(withNotes());
    await user.keyboard('{ArrowDown}g');
    await user.keyboard('Culture{Enter}');
    const board = within(dialog).getByRole('listbox', { name: 'Notes' });
    expect(board).toHaveFocus();
    expect(board).toHaveAttribute('aria-activedescendant', 'note-n2');
    // The second cluster, by keyboard alone: arrow to the other note, select it, group it.
    await user.keyboard('{ArrowRight} g');
    await user.keyboard('Time{Enter}');
    expect(board).toHaveFocus();
    expect(workshop().clusters.map((cluster) => cluster.label)).toEqual(['Culture', 'Time']);
  });

  it('merges one cluster into another, reorders a note within its cluster and ungroups, by keyboard', async () => {
    let start = withNotes();
    start = revealNotes(applied(addNote(start, { id: 'n3', agendaItemId: 'i-brain', text: 'Approvals are slow', now: SAMPLE_NOW })), 'i-brain', SAMPLE_NOW);
    const { user, workshop } = await facilitate(start);
    // Shown newest first: n3, n2, n1. Each G makes a cluster of the active note.
    await user.keyboard('{ArrowDown}g');
    await user.keyboard('One{Enter}');
    await user.keyboard('{Home}g');
    await user.keyboard('Two{Enter}');
    await user.keyboard('{Home}g');
    await user.keyboard('Three{Enter}');
    expect(workshop().clusters).toHaveLength(3);
    // On the note of "Three": K merges its cluster into "One".
    await user.keyboard('k1');
    expect(workshop().clusters.map((cluster) => cluster.label)).toEqual(['One', 'Two']);
    const one = () => workshop().notes.filter((note) => note.clusterId === workshop().clusters[0]!.id).sort((a, b) => a.order - b.order).map((note) => note.id);
    expect(one()).toEqual(['n3', 'n1']);
    // Shift+Left moves the active note (n1) one place earlier within "One".
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(one()).toEqual(['n1', 'n3']);
    await user.keyboard('u');
    expect(workshop().clusters.map((cluster) => cluster.label)).toEqual(['Two']);
  });

  it('credits @francois to François, ignoring case and accents', async () => {
    const base = withNotes();
    const { user, workshop } = await facilitate({ ...base, participants: [...base.participants, { id: 'p-fr', stakeholderId: null, name: 'François Dupont', role: '' }] });
    await user.keyboard('@FRANCOIS Fewer approval steps{Enter}');
    expect(workshop().notes.at(-1)).toMatchObject({ text: 'Fewer approval steps', authorParticipantId: 'p-fr' });
  });

  it('finishing the last agenda item offers to mark the workshop held', async () => {
    const { user, dialog, workshop } = await facilitate(withNotes());
    for (let step = 0; step < 4; step += 1) await user.keyboard('{PageDown}');
    expect(within(dialog).getByRole('heading', { level: 1 })).toHaveTextContent('Decisions and actions');
    await user.keyboard('{Alt>}f{/Alt}');
    const offer = await screen.findByRole('dialog', { name: 'Mark the workshop as held?' });
    await user.click(within(offer).getByRole('button', { name: 'Mark workshop as held' }));
    expect(workshop().status).toBe('finished');
    expect(within(dialog).getByText(/Workshop marked as held/)).toBeInTheDocument();
  });

  it('lists every key in the on-screen help, opened with Alt+K, and gives the focus back when it closes', async () => {
    const { user, dialog } = await facilitate(withNotes());
    const box = within(dialog).getByLabelText('New note');
    expect(box).toHaveFocus();
    await user.keyboard('{Alt>}k{/Alt}');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const key of ['Shift+arrows', 'G', 'M', 'R', 'K', 'U', 'J', 'Alt+F']) expect(within(help).getByRole('rowheader', { name: key })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(box).toHaveFocus();
  });

  it('shows the day against the available time stored with the workshop', async () => {
    const { dialog } = await facilitate({ ...withNotes(), availableMinutes: 90 });
    expect(within(dialog).getByText(/Available today/)).toHaveTextContent('Available today: 1 h 30 min · 10 min to spare');
  });
});
