import { edited, idTaken, notesInGroup, refused, touch, type WorkshopEditResult } from './workshop-edit';
import type { DotVote, Workshop, WorkshopNote } from './workshop-schema';

/**
 * Capturing and arranging notes on the board. Orders are renumbered 0, 1, 2… only within
 * the groups an edit touches, so an edit costs one pass over the notes, not a re-sort of
 * the whole board.
 */

/** Stated beside the merge command so the room knows what happens to its votes. */
export const MERGE_RULE =
  'Merging keeps the first note chosen and adds the others’ text below it, one per line (an identical text is kept once). Dots on the merged notes move to the kept note, so nobody gains or loses a dot; a participant who voted for several of them keeps the sum. The author stays only if every note had the same one; otherwise the merged note is anonymous. If any note was still hidden, the merged note stays hidden.';

const maxOrder = (notes: readonly WorkshopNote[], agendaItemId: string, clusterId: string | null): number => {
  let max = -1;
  for (const note of notes) if (note.agendaItemId === agendaItemId && note.clusterId === clusterId && note.order > max) max = note.order;
  return max;
};

/**
 * Adds a note at the end of its group. In private mode (the item's `privateNotes`) it
 * starts hidden, so early voices cannot steer the ones still typing.
 */
export function addNote(
  workshop: Workshop,
  input: { id: string; agendaItemId: string; text: string; now: string; authorParticipantId?: string | null; clusterId?: string | null },
): WorkshopEditResult {
  const item = workshop.agenda.find((entry) => entry.id === input.agendaItemId);
  if (!item) return refused('That agenda item no longer exists.');
  const text = input.text.trim();
  if (text === '') return refused('A note needs some text.');
  if (idTaken(workshop.notes, input.id)) return refused(`A note with the id "${input.id}" already exists.`);
  const author = input.authorParticipantId ?? null;
  if (author !== null && !workshop.participants.some((participant) => participant.id === author)) return refused('That participant is not on the list.');
  const clusterId = input.clusterId ?? null;
  if (clusterId !== null && !workshop.clusters.some((cluster) => cluster.id === clusterId && cluster.agendaItemId === item.id)) {
    return refused('That cluster does not belong to this agenda item.');
  }
  const note: WorkshopNote = {
    id: input.id,
    agendaItemId: item.id,
    text,
    authorParticipantId: author,
    clusterId,
    order: maxOrder(workshop.notes, item.id, clusterId) + 1,
    hidden: item.privateNotes,
    createdAt: input.now,
    updatedAt: input.now,
  };
  return edited(touch(workshop, input.now, { notes: [...workshop.notes, note] }));
}

/** Changes a note's text and, when given, its author (null makes it anonymous). */
export function editNote(workshop: Workshop, input: { noteId: string; now: string; text?: string; authorParticipantId?: string | null }): WorkshopEditResult {
  const note = workshop.notes.find((entry) => entry.id === input.noteId);
  if (!note) return refused('That note no longer exists.');
  const text = input.text === undefined ? note.text : input.text.trim();
  if (text === '') return refused('A note needs some text; delete it instead.');
  const author = input.authorParticipantId === undefined ? note.authorParticipantId : input.authorParticipantId;
  if (author !== null && !workshop.participants.some((participant) => participant.id === author)) return refused('That participant is not on the list.');
  const changed = { ...note, text, authorParticipantId: author, updatedAt: input.now };
  return edited(touch(workshop, input.now, { notes: workshop.notes.map((entry) => (entry.id === note.id ? changed : entry)) }));
}

/** Removes a note with the dots on it; actions made from it keep their text but lose the link. */
export function deleteNote(workshop: Workshop, input: { noteId: string; now: string }): Workshop {
  if (!workshop.notes.some((note) => note.id === input.noteId)) return workshop;
  return touch(workshop, input.now, {
    notes: workshop.notes.filter((note) => note.id !== input.noteId),
    dotVotes: workshop.dotVotes.filter((vote) => vote.targetId !== input.noteId),
    actions: workshop.actions.map((action) => (action.sourceNoteId === input.noteId ? { ...action, sourceNoteId: null } : action)),
  });
}

/**
 * Moves a note into a cluster (or out of any, with null) at position `index` (clamped;
 * omitted means the end), or reorders it within its own group. Notes stay with their
 * agenda item: a cluster of another item is refused.
 */
export function moveNote(workshop: Workshop, input: { noteId: string; clusterId: string | null; index?: number; now: string }): WorkshopEditResult {
  const note = workshop.notes.find((entry) => entry.id === input.noteId);
  if (!note) return refused('That note no longer exists.');
  if (input.clusterId !== null && !workshop.clusters.some((cluster) => cluster.id === input.clusterId && cluster.agendaItemId === note.agendaItemId)) {
    return refused('Notes can only move into a cluster of their own agenda item.');
  }
  const source = notesInGroup(workshop, note.agendaItemId, note.clusterId).filter((entry) => entry.id !== note.id);
  const target = input.clusterId === note.clusterId ? source : notesInGroup(workshop, note.agendaItemId, input.clusterId);
  const index = Math.max(0, Math.min(target.length, Math.trunc(input.index ?? target.length)));
  const moved = { ...note, clusterId: input.clusterId, updatedAt: input.now };
  const arranged = [...target.slice(0, index), moved, ...target.slice(index)];
  const changes = new Map<string, WorkshopNote>();
  const renumber = (group: WorkshopNote[]) =>
    group.forEach((entry, order) => {
      if (entry === moved || entry.order !== order) changes.set(entry.id, { ...entry, order });
    });
  if (target !== source) renumber(source);
  renumber(arranged);
  return edited(touch(workshop, input.now, { notes: workshop.notes.map((entry) => changes.get(entry.id) ?? entry) }));
}

/** Folds dot records onto new targets, summing a participant's dots that land on the same one. */
export function retargetDots(votes: readonly DotVote[], retarget: ReadonlyMap<string, string>): DotVote[] {
  const result: DotVote[] = [];
  const byKey = new Map<string, number>();
  for (const vote of votes) {
    const targetId = retarget.get(vote.targetId) ?? vote.targetId;
    const key = `${vote.agendaItemId}\u0000${vote.participantId}\u0000${targetId}`;
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, result.length);
      result.push(targetId === vote.targetId ? vote : { ...vote, targetId });
    } else {
      result[at] = { ...result[at]!, dots: result[at]!.dots + vote.dots };
    }
  }
  return result;
}

/** Merges notes into the first one named, following {@link MERGE_RULE}. */
export function mergeNotes(workshop: Workshop, input: { noteIds: readonly string[]; now: string }): WorkshopEditResult {
  const ids = [...new Set(input.noteIds)];
  if (ids.length < 2) return refused('Choose at least two notes to merge.');
  const byId = new Map(workshop.notes.map((note) => [note.id, note]));
  const chosen = ids.map((id) => byId.get(id));
  if (chosen.some((note) => note === undefined)) return refused('One of those notes no longer exists.');
  const [kept, ...absorbed] = chosen as WorkshopNote[];
  if (absorbed.some((note) => note.agendaItemId !== kept!.agendaItemId)) return refused('Only notes of the same agenda item can be merged.');
  const texts: string[] = [];
  for (const note of [kept!, ...absorbed]) if (!texts.includes(note.text)) texts.push(note.text);
  const authors = new Set([kept!, ...absorbed].map((note) => note.authorParticipantId));
  const merged: WorkshopNote = {
    ...kept!,
    text: texts.join('\n'),
    authorParticipantId: authors.size === 1 ? kept!.authorParticipantId : null,
    hidden: [kept!, ...absorbed].some((note) => note.hidden),
    updatedAt: input.now,
  };
  const gone = new Set(absorbed.map((note) => note.id));
  const retarget = new Map(absorbed.map((note) => [note.id, kept!.id]));
  return edited(
    touch(workshop, input.now, {
      notes: workshop.notes.filter((note) => !gone.has(note.id)).map((note) => (note.id === kept!.id ? merged : note)),
      dotVotes: retargetDots(workshop.dotVotes, retarget),
      actions: workshop.actions.map((action) => (action.sourceNoteId !== null && gone.has(action.sourceNoteId) ? { ...action, sourceNoteId: kept!.id } : action)),
    }),
  );
}

