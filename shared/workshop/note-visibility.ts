import { byCodeUnit, compareNotes, touch } from './workshop-edit';
import type { NoteCluster, Workshop, WorkshopNote } from './workshop-schema';

/** The board of one agenda item as a screen shows it. */
export interface BoardView {
  clusters: { cluster: NoteCluster; notes: WorkshopNote[] }[];
  unclustered: WorkshopNote[];
  /** Notes still hidden in private mode: the room sees this count and nothing else. */
  hiddenCount: number;
}

/**
 * The notes of one agenda item grouped by cluster, in display order. The room view (the
 * projector) leaves hidden notes out entirely, text, author and place, and shows only how
 * many there are, so nobody can tell who wrote what before the reveal. The facilitator
 * view includes them, still marked `hidden`, for a screen the room cannot see.
 */
export function visibleNotes(workshop: Workshop, agendaItemId: string, options: { facilitatorView: boolean }): BoardView {
  const groups = new Map<string | null, WorkshopNote[]>();
  let hiddenCount = 0;
  for (const note of workshop.notes) {
    if (note.agendaItemId !== agendaItemId) continue;
    if (note.hidden) {
      hiddenCount += 1;
      if (!options.facilitatorView) continue;
    }
    const group = groups.get(note.clusterId);
    if (group) group.push(note);
    else groups.set(note.clusterId, [note]);
  }
  const clusters = workshop.clusters
    .filter((cluster) => cluster.agendaItemId === agendaItemId)
    .sort((a, b) => a.order - b.order || byCodeUnit(a.id, b.id))
    .map((cluster) => ({ cluster, notes: (groups.get(cluster.id) ?? []).sort(compareNotes) }));
  return { clusters, unclustered: (groups.get(null) ?? []).sort(compareNotes), hiddenCount };
}

/** Shows every hidden note of the item at once: the reveal moment of private mode. */
export function revealNotes(workshop: Workshop, agendaItemId: string, now: string): Workshop {
  if (!workshop.notes.some((note) => note.agendaItemId === agendaItemId && note.hidden)) return workshop;
  return touch(workshop, now, {
    notes: workshop.notes.map((note) => (note.agendaItemId === agendaItemId && note.hidden ? { ...note, hidden: false, updatedAt: now } : note)),
  });
}
