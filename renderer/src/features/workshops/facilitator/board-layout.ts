import { visibleNotes, type Workshop, type WorkshopNote } from '../../../../../shared/workshop';

/** Gap between cards, in px. The other sizes are in the board's em (type grows with the screen). */
export const GAP = 14;
const CARD_MIN_WIDTH_EM = 13;
/** A card is 6.7 em tall (facilitator-board.css); a cluster heading 2.5 × 1.35 em. */
const CARD_HEIGHT_EM = 6.7;
const HEADING_HEIGHT_EM = 2.5 * 1.35;

/** Row heights and columns for a board of this width whose type is `em` px. */
export function boardMetrics(width: number, em: number): { columns: number; noteRow: number; headerRow: number } {
  const columns = Math.max(1, Math.floor((width + GAP) / (CARD_MIN_WIDTH_EM * em + GAP)));
  return { columns, noteRow: Math.round(CARD_HEIGHT_EM * em) + GAP, headerRow: Math.round(HEADING_HEIGHT_EM * em) + 8 };
}

export type BoardGroup = { clusterId: string | null; label: string; notes: WorkshopNote[] };
export type BoardRow = { kind: 'header'; key: string; group: BoardGroup } | { kind: 'notes'; key: string; notes: WorkshopNote[]; group: BoardGroup };

/**
 * The groups as the board shows them: the unclustered notes first, newest first so a note
 * just typed appears at the top beside the note box, then each labelled cluster in order.
 */
export function boardGroups(workshop: Workshop, itemId: string): BoardGroup[] {
  const board = visibleNotes(workshop, itemId, { facilitatorView: false });
  return [
    { clusterId: null, label: 'Not yet clustered', notes: [...board.unclustered].reverse() },
    ...board.clusters.map(({ cluster, notes }) => ({ clusterId: cluster.id, label: cluster.label, notes })),
  ];
}

/** Board order as one list, for keyboard navigation (built when a key needs it, not per note typed). */
export const flatten = (groups: readonly BoardGroup[]): WorkshopNote[] => groups.flatMap((group) => group.notes);

/**
 * Rows for the virtualized list: a heading per group, then rows of `columns` cards. Rows are
 * keyed by their group and place, never by the note at their start, so a note typed at the
 * top does not remount the rows below it.
 */
export function toRows(groups: readonly BoardGroup[], columns: number): BoardRow[] {
  const rows: BoardRow[] = [];
  for (const group of groups) {
    // An empty "not yet clustered" group says nothing: no heading for it (M then 0 still moves a note out).
    if (group.clusterId === null && group.notes.length === 0) continue;
    rows.push({ kind: 'header', key: `h:${group.clusterId ?? ''}`, group });
    for (let start = 0; start < group.notes.length; start += columns) {
      rows.push({ kind: 'notes', key: `n:${group.clusterId ?? ''}:${start}`, notes: group.notes.slice(start, start + columns), group });
    }
  }
  return rows;
}

/** Where a note sits: its group and its place in the group as stored (the unclustered list is shown newest first). */
export function placeOf(groups: readonly BoardGroup[], noteId: string): { group: BoardGroup; shownAt: number; storedAt: number } | null {
  for (const group of groups) {
    const shownAt = group.notes.findIndex((note) => note.id === noteId);
    if (shownAt >= 0) return { group, shownAt, storedAt: group.clusterId === null ? group.notes.length - 1 - shownAt : shownAt };
  }
  return null;
}

/** The stored index a note moves to when shifted `by` places on screen within its group (null when it cannot move). */
export function shiftedIndex(groups: readonly BoardGroup[], noteId: string, by: number): { clusterId: string | null; index: number } | null {
  const place = placeOf(groups, noteId);
  if (!place) return null;
  const shown = Math.max(0, Math.min(place.group.notes.length - 1, place.shownAt + by));
  if (shown === place.shownAt) return null;
  const index = place.group.clusterId === null ? place.group.notes.length - 1 - shown : shown;
  return { clusterId: place.group.clusterId, index };
}
