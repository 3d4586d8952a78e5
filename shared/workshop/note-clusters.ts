import { byCodeUnit, compareNotes, edited, idTaken, notesInGroup, refused, touch, type WorkshopEditResult } from './workshop-edit';
import { retargetDots } from './workshop-notes';
import type { NoteCluster, Workshop, WorkshopNote } from './workshop-schema';

/** Stated beside the dissolve command. */
export const DISSOLVE_RULE =
  'Dissolving a cluster keeps its notes: they return to the unclustered notes, after the ones already there, in the order they had. Dots placed on the cluster itself go back to the voters, who may place them again.';

/** Clusters of one agenda item in display order. */
export function clustersOf(workshop: Workshop, agendaItemId: string): NoteCluster[] {
  return workshop.clusters.filter((cluster) => cluster.agendaItemId === agendaItemId).sort((a, b) => a.order - b.order || byCodeUnit(a.id, b.id));
}

/**
 * Groups notes into a new labelled cluster placed after the item's other clusters; the
 * notes keep the order in which they were chosen. Dots on the notes stay on the notes.
 */
export function groupNotes(workshop: Workshop, input: { clusterId: string; label: string; noteIds: readonly string[]; now: string }): WorkshopEditResult {
  const label = input.label.trim();
  if (label === '') return refused('A cluster needs a label.');
  if (idTaken(workshop.clusters, input.clusterId)) return refused(`A cluster with the id "${input.clusterId}" already exists.`);
  const ids = [...new Set(input.noteIds)];
  if (ids.length === 0) return refused('Choose at least one note to group.');
  const byId = new Map(workshop.notes.map((note) => [note.id, note]));
  const chosen = ids.map((id) => byId.get(id));
  if (chosen.some((note) => note === undefined)) return refused('One of those notes no longer exists.');
  const agendaItemId = chosen[0]!.agendaItemId;
  if (chosen.some((note) => note!.agendaItemId !== agendaItemId)) return refused('Only notes of the same agenda item can share a cluster.');
  const siblings = clustersOf(workshop, agendaItemId);
  const cluster: NoteCluster = { id: input.clusterId, agendaItemId, label, order: (siblings.at(-1)?.order ?? -1) + 1 };
  const position = new Map(ids.map((id, order) => [id, order]));
  return edited(
    touch(workshop, input.now, {
      clusters: [...workshop.clusters, cluster],
      notes: workshop.notes.map((note) => {
        const order = position.get(note.id);
        return order === undefined ? note : { ...note, clusterId: cluster.id, order, updatedAt: input.now };
      }),
    }),
  );
}

export function renameCluster(workshop: Workshop, input: { clusterId: string; label: string; now: string }): WorkshopEditResult {
  const label = input.label.trim();
  if (label === '') return refused('A cluster needs a label.');
  if (!idTaken(workshop.clusters, input.clusterId)) return refused('That cluster no longer exists.');
  return edited(touch(workshop, input.now, { clusters: workshop.clusters.map((cluster) => (cluster.id === input.clusterId ? { ...cluster, label } : cluster)) }));
}

/** Moves a cluster to position `index` (clamped) among its item's clusters. */
export function moveCluster(workshop: Workshop, input: { clusterId: string; index: number; now: string }): WorkshopEditResult {
  const cluster = workshop.clusters.find((entry) => entry.id === input.clusterId);
  if (!cluster) return refused('That cluster no longer exists.');
  const others = clustersOf(workshop, cluster.agendaItemId).filter((entry) => entry.id !== cluster.id);
  const index = Math.max(0, Math.min(others.length, Math.trunc(input.index)));
  const arranged = [...others.slice(0, index), cluster, ...others.slice(index)];
  const order = new Map(arranged.map((entry, position) => [entry.id, position]));
  return edited(touch(workshop, input.now, { clusters: workshop.clusters.map((entry) => (order.has(entry.id) ? { ...entry, order: order.get(entry.id)! } : entry)) }));
}

/** Removes a cluster following {@link DISSOLVE_RULE}. */
export function dissolveCluster(workshop: Workshop, input: { clusterId: string; now: string }): WorkshopEditResult {
  const cluster = workshop.clusters.find((entry) => entry.id === input.clusterId);
  if (!cluster) return refused('That cluster no longer exists.');
  const start = notesInGroup(workshop, cluster.agendaItemId, null).length;
  const members = workshop.notes.filter((note) => note.clusterId === cluster.id).sort(compareNotes);
  const released = new Map<string, WorkshopNote>(members.map((note, index) => [note.id, { ...note, clusterId: null, order: start + index, updatedAt: input.now }]));
  return edited(
    touch(workshop, input.now, {
      clusters: workshop.clusters.filter((entry) => entry.id !== cluster.id),
      notes: workshop.notes.map((note) => released.get(note.id) ?? note),
      dotVotes: workshop.dotVotes.filter((vote) => vote.targetId !== cluster.id),
    }),
  );
}

/**
 * Merges one cluster into another of the same item: its notes join the end of the other,
 * in the order they had, the emptied cluster goes, and dots placed on it move to the one
 * kept (a voter's dots on both add up).
 */
export function mergeClusters(workshop: Workshop, input: { fromId: string; intoId: string; now: string }): WorkshopEditResult {
  if (input.fromId === input.intoId) return refused('Choose another cluster to merge into.');
  const from = workshop.clusters.find((entry) => entry.id === input.fromId);
  const into = workshop.clusters.find((entry) => entry.id === input.intoId);
  if (!from || !into) return refused('That cluster no longer exists.');
  if (from.agendaItemId !== into.agendaItemId) return refused('Only clusters of the same agenda item can be merged.');
  const start = notesInGroup(workshop, into.agendaItemId, into.id).length;
  const members = workshop.notes.filter((note) => note.clusterId === from.id).sort(compareNotes);
  const joined = new Map<string, WorkshopNote>(members.map((note, index) => [note.id, { ...note, clusterId: into.id, order: start + index, updatedAt: input.now }]));
  return edited(
    touch(workshop, input.now, {
      clusters: workshop.clusters.filter((entry) => entry.id !== from.id),
      notes: workshop.notes.map((note) => joined.get(note.id) ?? note),
      dotVotes: retargetDots(workshop.dotVotes, new Map([[from.id, into.id]])),
    }),
  );
}
