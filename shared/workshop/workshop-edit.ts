import type { Workshop, WorkshopNote } from './workshop-schema';

/**
 * Every workshop edit returns a new workshop, never mutating the one passed in, so a store
 * can keep the previous value for undo and a save can run on a stable snapshot. Edits that
 * can be refused say why in one sentence the facilitator can read.
 */
export type WorkshopEditResult = { ok: true; workshop: Workshop } | { ok: false; message: string };

export const edited = (workshop: Workshop): WorkshopEditResult => ({ ok: true, workshop });
export const refused = (message: string): WorkshopEditResult => ({ ok: false, message });

/** The workshop with `updatedAt` moved to `now` and the given fields replaced. */
export const touch = (workshop: Workshop, now: string, change: Partial<Workshop> = {}): Workshop => ({ ...workshop, ...change, updatedAt: now });

/** Plain code-unit order: right for ids and ISO dates, and much cheaper than a locale-aware compare. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Display order of notes: by `order`, then capture time, then id, so ties never flicker. */
export function compareNotes(a: WorkshopNote, b: WorkshopNote): number {
  return a.order - b.order || byCodeUnit(a.createdAt, b.createdAt) || byCodeUnit(a.id, b.id);
}

/** The notes of one group (a cluster, or the unclustered notes of an item) in display order. */
export function notesInGroup(workshop: Workshop, agendaItemId: string, clusterId: string | null): WorkshopNote[] {
  return workshop.notes.filter((note) => note.agendaItemId === agendaItemId && note.clusterId === clusterId).sort(compareNotes);
}

/** Name of a participant for messages; falls back to the id so a message is never blank. */
export function participantName(workshop: Workshop, participantId: string): string {
  return workshop.participants.find((participant) => participant.id === participantId)?.name ?? participantId;
}

/** Ids must be new within their collection; a reused id would make two records one. */
export const idTaken = (items: readonly { id: string }[], id: string): boolean => items.some((item) => item.id === id);

/** Appends to the list under `key`, creating it; grouping this way stays linear on large boards. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
