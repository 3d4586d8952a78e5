import { describe, expect, it } from 'vitest';
import { groupNotes } from './note-clusters';
import { revealNotes, visibleNotes } from './note-visibility';
import { applied, minuteAfter, sampleWorkshop } from './sample-workshop';
import { addNote } from './workshop-notes';
import type { Workshop } from './workshop-schema';

/** Private brainstorm: p1 and p2 revealed and clustered, then h1 (by Cy) and h2 typed, still hidden. */
function privateBoard(): Workshop {
  let workshop = sampleWorkshop();
  workshop = applied(addNote(workshop, { id: 'p1', agendaItemId: 'i-brain', text: 'First', now: minuteAfter(1) }));
  workshop = applied(addNote(workshop, { id: 'p2', agendaItemId: 'i-brain', text: 'Second', now: minuteAfter(2) }));
  workshop = revealNotes(workshop, 'i-brain', minuteAfter(3));
  workshop = applied(groupNotes(workshop, { clusterId: 'c1', label: 'Early', noteIds: ['p2'], now: minuteAfter(4) }));
  workshop = applied(addNote(workshop, { id: 'h1', agendaItemId: 'i-brain', text: 'Quiet one', authorParticipantId: 'p-cy', now: minuteAfter(5) }));
  return applied(addNote(workshop, { id: 'h2', agendaItemId: 'i-brain', text: 'Another', clusterId: 'c1', now: minuteAfter(6) }));
}

const shape = (view: ReturnType<typeof visibleNotes>) => ({
  clusters: view.clusters.map((group) => [group.cluster.id, group.notes.map((note) => note.id)]),
  unclustered: view.unclustered.map((note) => note.id),
  hiddenCount: view.hiddenCount,
});

describe('visibleNotes', () => {
  it.each<[string, boolean, ReturnType<typeof shape>]>([
    ['the room sees only the count of hidden notes', false, { clusters: [['c1', ['p2']]], unclustered: ['p1'], hiddenCount: 2 }],
    ['the facilitator sees them, still marked hidden', true, { clusters: [['c1', ['p2', 'h2']]], unclustered: ['p1', 'h1'], hiddenCount: 2 }],
  ])('%s', (_label, facilitatorView, expected) => {
    const view = visibleNotes(privateBoard(), 'i-brain', { facilitatorView });
    expect(shape(view)).toEqual(expected);
    if (facilitatorView) expect(view.unclustered.find((note) => note.id === 'h1')!.hidden).toBe(true);
  });

  it('never puts a hidden note’s text or author in the room view', () => {
    const text = JSON.stringify(visibleNotes(privateBoard(), 'i-brain', { facilitatorView: false }));
    expect(text).not.toMatch(/Quiet one|Another|p-cy/);
  });

  it('shows an empty board for an item without notes', () => {
    expect(shape(visibleNotes(privateBoard(), 'i-wrap', { facilitatorView: false }))).toEqual({ clusters: [], unclustered: [], hiddenCount: 0 });
  });
});

describe('revealNotes', () => {
  it('shows every hidden note of the item at once and only of that item', () => {
    let workshop = privateBoard();
    workshop = { ...workshop, agenda: workshop.agenda.map((item) => (item.id === 'i-wrap' ? { ...item, privateNotes: true } : item)) };
    workshop = applied(addNote(workshop, { id: 'w1', agendaItemId: 'i-wrap', text: 'Elsewhere', now: minuteAfter(7) }));
    const revealed = revealNotes(workshop, 'i-brain', minuteAfter(8));
    expect(shape(visibleNotes(revealed, 'i-brain', { facilitatorView: false }))).toEqual({ clusters: [['c1', ['p2', 'h2']]], unclustered: ['p1', 'h1'], hiddenCount: 0 });
    expect(revealed.notes.find((note) => note.id === 'w1')!.hidden).toBe(true);
    expect(revealed.updatedAt).toBe(minuteAfter(8));
  });

  it('returns the same workshop when nothing is hidden', () => {
    const workshop = revealNotes(privateBoard(), 'i-brain', minuteAfter(8));
    expect(revealNotes(workshop, 'i-brain', minuteAfter(9))).toBe(workshop);
  });
});
