import { describe, expect, it } from 'vitest';
import { castDot } from './dot-voting';
import { applied, minuteAfter, sampleWorkshop } from './sample-workshop';
import { addAction } from './workshop-actions';
import { notesInGroup } from './workshop-edit';
import { MERGE_RULE, addNote, deleteNote, editNote, mergeNotes, moveNote } from './workshop-notes';
import { WorkshopSchema, type Workshop } from './workshop-schema';

const open = (workshop: Workshop): Workshop => ({ ...workshop, agenda: workshop.agenda.map((item) => ({ ...item, privateNotes: false })) });

/** Notes a..e in item i-brain, a cluster c1 holding d and e. */
function board(): Workshop {
  let workshop = open(sampleWorkshop());
  ['a', 'b', 'c', 'd', 'e'].forEach((id, index) => {
    workshop = applied(addNote(workshop, { id, agendaItemId: 'i-brain', text: `Note ${id}`, now: minuteAfter(index + 1) }));
  });
  workshop = { ...workshop, clusters: [{ id: 'c1', agendaItemId: 'i-brain', label: 'Ownership', order: 0 }, { id: 'c-other', agendaItemId: 'i-wrap', label: 'Elsewhere', order: 0 }] };
  workshop = applied(moveNote(workshop, { noteId: 'd', clusterId: 'c1', now: minuteAfter(10) }));
  return applied(moveNote(workshop, { noteId: 'e', clusterId: 'c1', now: minuteAfter(11) }));
}

const ids = (workshop: Workshop, clusterId: string | null) => notesInGroup(workshop, 'i-brain', clusterId).map((note) => note.id);

describe('addNote', () => {
  it('appends to the end of its group, trims the text and stamps both times', () => {
    const workshop = applied(addNote(board(), { id: 'f', agendaItemId: 'i-brain', text: '  Listening is missing  ', authorParticipantId: 'p-cy', now: minuteAfter(20) }));
    const note = workshop.notes.find((entry) => entry.id === 'f')!;
    expect(ids(workshop, null)).toEqual(['a', 'b', 'c', 'f']);
    expect(note).toMatchObject({ text: 'Listening is missing', authorParticipantId: 'p-cy', hidden: false, createdAt: minuteAfter(20), updatedAt: minuteAfter(20) });
    expect(workshop.updatedAt).toBe(minuteAfter(20));
  });

  it('starts hidden in private mode', () => {
    const workshop = applied(addNote(sampleWorkshop(), { id: 'f', agendaItemId: 'i-brain', text: 'Quiet idea', now: minuteAfter(1) }));
    expect(workshop.notes[0]!.hidden).toBe(true);
  });

  it('can go straight into a cluster', () => {
    const workshop = applied(addNote(board(), { id: 'f', agendaItemId: 'i-brain', text: 'x', clusterId: 'c1', now: minuteAfter(20) }));
    expect(ids(workshop, 'c1')).toEqual(['d', 'e', 'f']);
  });

  it.each<[string, Parameters<typeof addNote>[1], string]>([
    ['an unknown item', { id: 'f', agendaItemId: 'ghost', text: 'x', now: minuteAfter(1) }, 'That agenda item no longer exists.'],
    ['blank text', { id: 'f', agendaItemId: 'i-brain', text: '   ', now: minuteAfter(1) }, 'A note needs some text.'],
    ['a reused id', { id: 'a', agendaItemId: 'i-brain', text: 'x', now: minuteAfter(1) }, 'A note with the id "a" already exists.'],
    ['a stranger as author', { id: 'f', agendaItemId: 'i-brain', text: 'x', authorParticipantId: 'p-zed', now: minuteAfter(1) }, 'That participant is not on the list.'],
    ['another item’s cluster', { id: 'f', agendaItemId: 'i-brain', text: 'x', clusterId: 'c-other', now: minuteAfter(1) }, 'That cluster does not belong to this agenda item.'],
  ])('refuses %s', (_label, input, message) => {
    expect(addNote(board(), input)).toEqual({ ok: false, message });
  });
});

describe('editNote', () => {
  it('changes text and author, leaving place and order alone', () => {
    const workshop = applied(editNote(board(), { noteId: 'b', text: 'Sharper', authorParticipantId: 'p-ben', now: minuteAfter(30) }));
    expect(workshop.notes.find((note) => note.id === 'b')).toMatchObject({ text: 'Sharper', authorParticipantId: 'p-ben', order: 1, updatedAt: minuteAfter(30) });
    const anonymous = applied(editNote(workshop, { noteId: 'b', authorParticipantId: null, now: minuteAfter(31) }));
    expect(anonymous.notes.find((note) => note.id === 'b')).toMatchObject({ text: 'Sharper', authorParticipantId: null });
  });

  it('refuses blank text and unknown notes', () => {
    expect(editNote(board(), { noteId: 'b', text: ' ', now: minuteAfter(30) }).ok).toBe(false);
    expect(editNote(board(), { noteId: 'zz', text: 'x', now: minuteAfter(30) }).ok).toBe(false);
  });
});

describe('moveNote', () => {
  it.each<[string, { noteId: string; clusterId: string | null; index?: number }, string[], string[]]>([
    ['reorders within the unclustered notes', { noteId: 'c', clusterId: null, index: 0 }, ['c', 'a', 'b'], ['d', 'e']],
    ['moves into a cluster at a position', { noteId: 'a', clusterId: 'c1', index: 1 }, ['b', 'c'], ['d', 'a', 'e']],
    ['moves into a cluster at the end by default', { noteId: 'b', clusterId: 'c1' }, ['a', 'c'], ['d', 'e', 'b']],
    ['moves out of a cluster', { noteId: 'd', clusterId: null, index: 1 }, ['a', 'd', 'b', 'c'], ['e']],
    ['clamps a position past the end', { noteId: 'a', clusterId: null, index: 99 }, ['b', 'c', 'a'], ['d', 'e']],
    ['clamps a negative position', { noteId: 'e', clusterId: 'c1', index: -5 }, ['a', 'b', 'c'], ['e', 'd']],
  ])('%s', (_label, move, unclustered, clustered) => {
    const workshop = applied(moveNote(board(), { ...move, now: minuteAfter(40) }));
    expect(ids(workshop, null)).toEqual(unclustered);
    expect(ids(workshop, 'c1')).toEqual(clustered);
    for (const clusterId of [null, 'c1']) expect(notesInGroup(workshop, 'i-brain', clusterId).map((note) => note.order)).toEqual(ids(workshop, clusterId).map((_, index) => index));
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
  });

  it('refuses a cluster of another agenda item and an unknown note', () => {
    expect(moveNote(board(), { noteId: 'a', clusterId: 'c-other', now: minuteAfter(40) })).toEqual({ ok: false, message: 'Notes can only move into a cluster of their own agenda item.' });
    expect(moveNote(board(), { noteId: 'zz', clusterId: null, now: minuteAfter(40) }).ok).toBe(false);
  });

  it('leaves the workshop passed in untouched', () => {
    const before = board();
    const snapshot = structuredClone(before);
    moveNote(before, { noteId: 'a', clusterId: 'c1', index: 0, now: minuteAfter(40) });
    expect(before).toEqual(snapshot);
  });
});

describe('mergeNotes', () => {
  /** a and b both voted on by Ana; b also by Ben; an action made from b. */
  function voted(): Workshop {
    let workshop = board();
    for (const [participantId, targetId, id] of [['p-ana', 'a', 'v1'], ['p-ana', 'b', 'v2'], ['p-ben', 'b', 'v3'], ['p-ben', 'b', 'v3']] as const) {
      workshop = applied(castDot(workshop, { agendaItemId: 'i-dots', participantId, targetId, id, now: minuteAfter(50) }));
    }
    return applied(addAction(workshop, { id: 'act', what: 'Follow up', sourceNoteId: 'b', now: minuteAfter(51) }));
  }

  it('keeps the first note, joins texts and carries every dot over', () => {
    const workshop = applied(mergeNotes(voted(), { noteIds: ['a', 'b'], now: minuteAfter(60) }));
    expect(workshop.notes.map((note) => note.id)).toEqual(['a', 'c', 'd', 'e']);
    expect(workshop.notes[0]).toMatchObject({ text: 'Note a\nNote b', updatedAt: minuteAfter(60) });
    expect(workshop.dotVotes.map((vote) => [vote.participantId, vote.targetId, vote.dots])).toEqual([
      ['p-ana', 'a', 2],
      ['p-ben', 'a', 2],
    ]);
    expect(workshop.actions[0]!.sourceNoteId).toBe('a');
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
  });

  it.each<[string, [string | null, string | null], string | null]>([
    ['keeps a shared author', ['p-ana', 'p-ana'], 'p-ana'],
    ['becomes anonymous with different authors', ['p-ana', 'p-ben'], null],
    ['becomes anonymous when one was anonymous', ['p-ana', null], null],
  ])('%s', (_label, [first, second], expected) => {
    let workshop = applied(editNote(board(), { noteId: 'a', authorParticipantId: first, now: minuteAfter(55) }));
    workshop = applied(editNote(workshop, { noteId: 'b', authorParticipantId: second, now: minuteAfter(55) }));
    expect(applied(mergeNotes(workshop, { noteIds: ['a', 'b'], now: minuteAfter(60) })).notes[0]!.authorParticipantId).toBe(expected);
  });

  it('drops an identical text and stays hidden if any note was hidden', () => {
    let workshop = applied(editNote(board(), { noteId: 'b', text: 'Note a', now: minuteAfter(55) }));
    workshop = { ...workshop, notes: workshop.notes.map((note) => (note.id === 'c' ? { ...note, hidden: true } : note)) };
    const merged = applied(mergeNotes(workshop, { noteIds: ['a', 'b', 'c'], now: minuteAfter(60) })).notes[0]!;
    expect(merged).toMatchObject({ text: 'Note a\nNote c', hidden: true });
  });

  it.each<[string, string[], string]>([
    ['a single note', ['a', 'a'], 'Choose at least two notes to merge.'],
    ['a missing note', ['a', 'zz'], 'One of those notes no longer exists.'],
  ])('refuses %s', (_label, noteIds, message) => {
    expect(mergeNotes(board(), { noteIds, now: minuteAfter(60) })).toEqual({ ok: false, message });
  });

  it('refuses notes of different agenda items', () => {
    const workshop = applied(addNote(board(), { id: 'w', agendaItemId: 'i-wrap', text: 'x', now: minuteAfter(60) }));
    expect(mergeNotes(workshop, { noteIds: ['a', 'w'], now: minuteAfter(61) })).toEqual({ ok: false, message: 'Only notes of the same agenda item can be merged.' });
  });

  it('states its rule about votes', () => {
    expect(MERGE_RULE).toMatch(/nobody gains or loses a dot/);
  });
});

describe('deleteNote', () => {
  it('removes the note and its dots and unlinks actions made from it', () => {
    let workshop = applied(castDot(board(), { agendaItemId: 'i-dots', participantId: 'p-ana', targetId: 'a', id: 'v1', now: minuteAfter(50) }));
    workshop = applied(addAction(workshop, { id: 'act', what: 'Follow up', sourceNoteId: 'a', now: minuteAfter(51) }));
    const after = deleteNote(workshop, { noteId: 'a', now: minuteAfter(52) });
    expect(after.notes.some((note) => note.id === 'a')).toBe(false);
    expect(after.dotVotes).toEqual([]);
    expect(after.actions[0]).toMatchObject({ what: 'Follow up', sourceNoteId: null });
    expect(deleteNote(after, { noteId: 'a', now: minuteAfter(53) })).toBe(after);
  });
});
