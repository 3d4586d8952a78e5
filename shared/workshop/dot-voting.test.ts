import { describe, expect, it } from 'vitest';
import { castDot, dotResults, dotsLeft, removeDot, setDotBudget, setResultsRevealed } from './dot-voting';
import { groupNotes } from './note-clusters';
import { revealNotes } from './note-visibility';
import { applied, minuteAfter, sampleWorkshop } from './sample-workshop';
import { addNote } from './workshop-notes';
import { WorkshopSchema, type Workshop } from './workshop-schema';

/** Revealed notes a, b, c on the brainstorm; b and c in cluster "Owners"; budget 3 each. */
function ballot(): Workshop {
  let workshop = sampleWorkshop();
  for (const [id, text] of [['a', 'Agency runs our accounts'], ['b', 'Nobody owns social'], ['c', 'Legal says no']]) {
    workshop = applied(addNote(workshop, { id: id!, agendaItemId: 'i-brain', text: text!, now: minuteAfter(1) }));
  }
  workshop = revealNotes(workshop, 'i-brain', minuteAfter(2));
  return applied(groupNotes(workshop, { clusterId: 'k', label: 'Owners', noteIds: ['b', 'c'], now: minuteAfter(3) }));
}

type Cast = [participantId: string, targetId: string];
let counter = 0;
const cast = (workshop: Workshop, votes: Cast[]): Workshop =>
  votes.reduce((current, [participantId, targetId]) => applied(castDot(current, { agendaItemId: 'i-dots', participantId, targetId, id: `v${(counter += 1)}`, now: minuteAfter(10) })), workshop);

describe('castDot and removeDot', () => {
  it('counts repeated dots on one target in one record and tracks what is left', () => {
    const workshop = cast(ballot(), [['p-ana', 'a'], ['p-ana', 'a'], ['p-ben', 'k']]);
    expect(workshop.dotVotes.map((vote) => [vote.participantId, vote.targetId, vote.dots])).toEqual([
      ['p-ana', 'a', 2],
      ['p-ben', 'k', 1],
    ]);
    expect([dotsLeft(workshop, 'i-dots', 'p-ana'), dotsLeft(workshop, 'i-dots', 'p-ben'), dotsLeft(workshop, 'i-dots', 'p-cy')]).toEqual([1, 2, 3]);
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
  });

  it('refuses a dot over budget, naming the participant and the budget', () => {
    const full = cast(ballot(), [['p-cy', 'a'], ['p-cy', 'b'], ['p-cy', 'k']]);
    expect(castDot(full, { agendaItemId: 'i-dots', participantId: 'p-cy', targetId: 'c', id: 'v-extra', now: minuteAfter(11) })).toEqual({
      ok: false,
      message: 'Cy Walsh has already placed all 3 dots of this vote; remove one to move it.',
    });
  });

  it('frees a dot on removal and drops an emptied record', () => {
    let workshop = cast(ballot(), [['p-cy', 'a'], ['p-cy', 'a'], ['p-cy', 'k']]);
    workshop = applied(removeDot(workshop, { agendaItemId: 'i-dots', participantId: 'p-cy', targetId: 'a', now: minuteAfter(12) }));
    workshop = applied(removeDot(workshop, { agendaItemId: 'i-dots', participantId: 'p-cy', targetId: 'k', now: minuteAfter(12) }));
    expect(workshop.dotVotes.map((vote) => [vote.targetId, vote.dots])).toEqual([['a', 1]]);
    expect(dotsLeft(workshop, 'i-dots', 'p-cy')).toBe(2);
    expect(removeDot(workshop, { agendaItemId: 'i-dots', participantId: 'p-cy', targetId: 'k', now: minuteAfter(12) })).toEqual({ ok: false, message: 'Cy Walsh has no dot there to remove.' });
  });

  it.each<[string, { agendaItemId: string; participantId: string; targetId: string }, string]>([
    ['an item that is not a dot vote', { agendaItemId: 'i-rate', participantId: 'p-ana', targetId: 'a' }, 'That agenda item is not a dot vote.'],
    ['a stranger', { agendaItemId: 'i-dots', participantId: 'p-zed', targetId: 'a' }, 'That participant is not on the list.'],
    ['a target outside the vote', { agendaItemId: 'i-dots', participantId: 'p-ana', targetId: 'ghost' }, 'That note or cluster is not part of this vote.'],
  ])('refuses %s', (_label, input, message) => {
    expect(castDot(ballot(), { ...input, id: 'v', now: minuteAfter(10) })).toEqual({ ok: false, message });
  });

  it('refuses a note still hidden', () => {
    const workshop = applied(addNote(ballot(), { id: 'h', agendaItemId: 'i-brain', text: 'Secret', now: minuteAfter(4) }));
    expect(castDot(workshop, { agendaItemId: 'i-dots', participantId: 'p-ana', targetId: 'h', id: 'v', now: minuteAfter(10) })).toEqual({ ok: false, message: 'Reveal the notes before voting on them.' });
  });
});

describe('setDotBudget', () => {
  it('raises and lowers the budget, but not below what someone placed', () => {
    const workshop = cast(ballot(), [['p-ben', 'a'], ['p-ben', 'b']]);
    expect(applied(setDotBudget(workshop, { agendaItemId: 'i-dots', budget: 5, now: minuteAfter(13) })).agenda[1]!.dotBudget).toBe(5);
    expect(setDotBudget(workshop, { agendaItemId: 'i-dots', budget: 1, now: minuteAfter(13) })).toEqual({
      ok: false,
      message: 'Ben Okafor has already placed 2 dots; remove some before lowering the budget to 1.',
    });
    expect(setDotBudget(workshop, { agendaItemId: 'i-dots', budget: 0, now: minuteAfter(13) }).ok).toBe(false);
  });
});

describe('dotResults', () => {
  const votes: Cast[] = [['p-ana', 'a'], ['p-ana', 'a'], ['p-ana', 'k'], ['p-ben', 'c'], ['p-ben', 'a'], ['p-cy', 'c'], ['p-cy', 'c']];

  it('shows only progress before the reveal', () => {
    expect(dotResults(cast(ballot(), votes), 'i-dots')).toEqual({ status: 'hidden', budget: 3, dotsCast: 7, voters: 3 });
  });

  it('tallies every note and cluster after the reveal, most dots first', () => {
    const workshop = setResultsRevealed(cast(ballot(), votes), { agendaItemId: 'i-dots', revealed: true, now: minuteAfter(20) });
    const result = dotResults(workshop, 'i-dots');
    expect(result?.status).toBe('revealed');
    if (result?.status !== 'revealed') return;
    expect(result.tally.map((row) => [row.targetId, row.kind, row.dots, row.voters])).toEqual([
      ['c', 'note', 3, 2],
      ['a', 'note', 3, 2],
      ['k', 'cluster', 1, 1],
      ['b', 'note', 0, 0],
    ]);
    expect(result.tally[1]!.label).toBe('Agency runs our accounts');
  });

  it('breaks ties on dots and voters by board order: each cluster, its notes, then the unclustered', () => {
    const workshop = setResultsRevealed(cast(ballot(), [['p-ana', 'c'], ['p-ben', 'a']]), { agendaItemId: 'i-dots', revealed: true, now: minuteAfter(20) });
    const result = dotResults(workshop, 'i-dots');
    expect(result?.status === 'revealed' && result.tally.map((row) => row.targetId)).toEqual(['c', 'a', 'k', 'b']);
  });

  it('is null for an item that is not a dot vote', () => {
    expect(dotResults(ballot(), 'i-brain')).toBeNull();
  });

  it('votes on the item’s own notes when it links to none', () => {
    let workshop: Workshop = { ...ballot(), agenda: ballot().agenda.map((item) => (item.id === 'i-dots' ? { ...item, linkedTo: [], privateNotes: false } : item)) };
    workshop = applied(addNote(workshop, { id: 'own', agendaItemId: 'i-dots', text: 'Typed during the vote', now: minuteAfter(5) }));
    expect(castDot(workshop, { agendaItemId: 'i-dots', participantId: 'p-ana', targetId: 'own', id: 'v', now: minuteAfter(6) }).ok).toBe(true);
    expect(castDot(workshop, { agendaItemId: 'i-dots', participantId: 'p-ana', targetId: 'a', id: 'v', now: minuteAfter(6) }).ok).toBe(false);
  });
});
