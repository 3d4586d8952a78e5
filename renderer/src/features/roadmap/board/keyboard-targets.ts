import { PHASE_IDS, phaseIndex, type PhaseId, type TrackId } from '../../../../../shared/roadmap/roadmap-reference';
import { cellDropId, parseCellDropId } from './roadmap-format';

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

interface CellIds {
  phase: PhaseId;
  track: TrackId;
  /** Card ids in board order. */
  ids: readonly string[];
}

/**
 * Where a keyboard drag goes next, as the id of the droppable to be over: a card (the
 * dragged card lands before it, or after it within its own cell, as with the mouse) or a
 * cell (the end of it). dnd-kit's generic getter picks by geometry, which tall cells
 * confuse; this follows the board's own order instead: left/right keep the position in
 * the next phase, up/down go one place and cross between the internal and external rows.
 * Null when there is nowhere to go in that direction.
 */
export function nextKeyboardTarget(cells: readonly CellIds[], activeId: string, currentId: string, direction: ArrowDirection): string | null {
  const home = cells.find((cell) => cell.ids.includes(activeId));
  if (!home) return null;
  const cellOf = (phase: PhaseId, track: TrackId) => cells.find((cell) => cell.phase === phase && cell.track === track)!;
  /** The slots of a cell: its cards; in other cells, one more slot at the end. */
  const lastSlot = (cell: CellIds) => (cell === home ? cell.ids.length - 1 : cell.ids.length);
  const targetAt = (cell: CellIds, slot: number) => {
    const others = cell === home ? cell.ids : cell.ids.filter((id) => id !== activeId);
    return others[slot] ?? cellDropId(cell.phase, cell.track);
  };

  const asCell = parseCellDropId(currentId);
  const current = asCell ? cellOf(asCell.phase, asCell.track) : cells.find((cell) => cell.ids.includes(currentId));
  if (!current) return null;
  const slot = asCell ? lastSlot(current) : current.ids.filter((id) => current === home || id !== activeId).indexOf(currentId);

  if (direction === 'left' || direction === 'right') {
    const phase = PHASE_IDS[phaseIndex(current.phase) + (direction === 'right' ? 1 : -1)];
    if (!phase) return null;
    const next = cellOf(phase, current.track);
    return targetAt(next, Math.min(slot, lastSlot(next)));
  }
  if (direction === 'down') {
    if (slot < lastSlot(current)) return targetAt(current, slot + 1);
    return current.track === 'internal' ? targetAt(cellOf(current.phase, 'external'), 0) : null;
  }
  if (slot > 0) return targetAt(current, slot - 1);
  if (current.track === 'internal') return null;
  const above = cellOf(current.phase, 'internal');
  return targetAt(above, lastSlot(above));
}
