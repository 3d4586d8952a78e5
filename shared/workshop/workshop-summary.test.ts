import { describe, expect, it } from 'vitest';
import { COMMUNITY_MATURITY_MODEL } from '../frameworks/builtin';
import type { Framework } from '../frameworks/framework-schema';
import { castDot } from './dot-voting';
import { setMaturityVote } from './maturity-voting';
import { groupNotes } from './note-clusters';
import { revealNotes } from './note-visibility';
import { applied, minuteAfter, sampleWorkshop } from './sample-workshop';
import { addAction, addDecision, noteToAction } from './workshop-actions';
import { addNote } from './workshop-notes';
import { SUMMARY_ORDER_RULE, workshopSummary } from './workshop-summary';
import type { Workshop } from './workshop-schema';

const cmm: Framework = COMMUNITY_MATURITY_MODEL;

/** A facilitated sample: clustered notes with dots, ratings, two decisions, two actions, one hidden late note. */
function facilitated(): Workshop {
  let w = sampleWorkshop();
  const notes: [string, string, string | null][] = [
    ['n1', 'Agency runs the accounts', 'p-ana'],
    ['n2', 'Nobody owns the community', null],
    ['n3', 'Legal blocks posts', 'p-ben'],
    ['n4', 'No budget line', 'p-cy'],
  ];
  notes.forEach(([id, text, authorParticipantId], index) => {
    w = applied(addNote(w, { id, agendaItemId: 'i-brain', text, authorParticipantId, now: minuteAfter(index + 1) }));
  });
  w = revealNotes(w, 'i-brain', minuteAfter(6));
  w = applied(groupNotes(w, { clusterId: 'k-own', label: 'Ownership', noteIds: ['n1', 'n2'], now: minuteAfter(7) }));
  w = applied(groupNotes(w, { clusterId: 'k-rules', label: 'Rules', noteIds: ['n3'], now: minuteAfter(8) }));
  const dots: [string, string][] = [['p-ana', 'n3'], ['p-ana', 'n3'], ['p-ben', 'n3'], ['p-ben', 'n2'], ['p-cy', 'k-own'], ['p-cy', 'n1'], ['p-cy', 'n4']];
  dots.forEach(([participantId, targetId], index) => {
    w = applied(castDot(w, { agendaItemId: 'i-dots', participantId, targetId, id: `v${index}`, now: minuteAfter(10) }));
  });
  const ratings: [string, string, number][] = [['p-ana', 'strategy', 1], ['p-ben', 'strategy', 2], ['p-cy', 'strategy', 1], ['p-ana', 'culture', 3]];
  ratings.forEach(([participantId, competencyId, stage], index) => {
    w = applied(setMaturityVote(w, { agendaItemId: 'i-rate', participantId, competencyId, stage, id: `m${index}`, now: minuteAfter(20) }));
  });
  w = applied(addDecision(w, { id: 'd2', text: 'Legal joins the next session', agendaItemId: 'i-wrap', now: minuteAfter(52) }));
  w = applied(addDecision(w, { id: 'd1', text: 'Ana coordinates social work', now: minuteAfter(51) }));
  w = applied(noteToAction(w, { noteId: 'n3', id: 'a1', ownerStakeholderId: 's-ben', dueDate: '2026-11-30', now: minuteAfter(53) }));
  w = applied(addAction(w, { id: 'a2', what: 'Ask finance about a budget line', ownerName: 'Cy Walsh', dueDate: '2027-01-15', now: minuteAfter(54) }));
  return applied(addNote(w, { id: 'n5', agendaItemId: 'i-brain', text: 'Typed after the reveal', now: minuteAfter(55) }));
}

describe('workshopSummary', () => {
  const summary = workshopSummary(facilitated(), cmm, { today: '2026-12-05' });

  it('lists notes by cluster with their dots, clusters with the most dots first', () => {
    expect(summary.boards).toHaveLength(1);
    const board = summary.boards[0]!;
    expect(board).toMatchObject({ agendaItemId: 'i-brain', title: 'Where we stand', method: 'brainstorm', noteCount: 5, hiddenNotes: 1 });
    expect(board.clusters.map((cluster) => [cluster.label, cluster.ownDots, cluster.totalDots, cluster.notes.map((note) => [note.noteId, note.dots])])).toEqual([
      ['Ownership', 1, 3, [['n1', 1], ['n2', 1]]],
      ['Rules', 0, 3, [['n3', 3]]],
    ]);
    expect(board.unclustered.map((note) => [note.noteId, note.dots, note.hidden])).toEqual([
      ['n4', 1, false],
      ['n5', 0, true],
    ]);
  });

  it('names authors, keeps anonymous notes anonymous and links actions to their notes', () => {
    const notes = summary.boards[0]!.clusters.flatMap((cluster) => cluster.notes);
    expect(notes.map((note) => [note.noteId, note.author, note.actionIds])).toEqual([
      ['n1', 'Ana Ruiz', []],
      ['n2', null, []],
      ['n3', 'Ben Okafor', ['a1']],
    ]);
  });

  it('gives ratings per competency even before the reveal, and says whether they were revealed', () => {
    expect(summary.ratings).toHaveLength(1);
    const ratings = summary.ratings[0]!;
    expect(ratings).toMatchObject({ agendaItemId: 'i-rate', revealed: false, participantsVoted: 3 });
    expect(ratings.competencies.map((entry) => [entry.name, entry.raters, entry.median, entry.distribution.map((stage) => stage.count)])).toEqual([
      ['Strategy', 3, 1, [2, 1, 0, 0]],
      ['Leadership', 0, null, [0, 0, 0, 0]],
      ['Culture', 1, 3, [0, 0, 1, 0]],
    ]);
  });

  it('lists decisions in the order taken and actions with overdue marked', () => {
    expect(summary.decisions.map((decision) => [decision.id, decision.agendaItemTitle])).toEqual([
      ['d1', null],
      ['d2', 'Decisions and actions'],
    ]);
    expect(summary.actions.map((action) => [action.id, action.ownerName, action.overdue])).toEqual([
      ['a1', 'Ben Okafor', true],
      ['a2', 'Cy Walsh', false],
    ]);
  });

  it('marks nothing overdue without a date to judge by, and carries the workshop’s header', () => {
    const plain = workshopSummary(facilitated(), cmm);
    expect(plain.actions.every((action) => !action.overdue)).toBe(true);
    expect(plain).toMatchObject({ workshopId: 'w1', title: 'Kickoff', date: '2026-11-22', place: 'Board room', status: 'planned' });
    expect(plain.participants).toHaveLength(3);
    expect(SUMMARY_ORDER_RULE).toMatch(/most first/);
  });

  it('is plain data that survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
