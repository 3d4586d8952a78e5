import type { Initiative } from './initiative-schema';
import { PHASE_IDS, TRACK_IDS, phaseIndex, type PhaseId, type TrackId } from './roadmap-reference';

/**
 * The roadmap board: phases as columns, tracks (internal above external) as rows, cards
 * ordered within each cell. Moves return a new list in the input's order; cards whose
 * place did not change keep their identity, so the caller can stamp `updatedAt` on (and
 * save) only the ones that moved or were renumbered. A move that changes nothing returns
 * the very same list (which is why moves take a mutable array type: they hand it back).
 */
export type BoardItem = Pick<Initiative, 'id' | 'phase' | 'track' | 'order'>;

export interface BoardCell<T extends BoardItem> {
  phase: PhaseId;
  track: TrackId;
  items: T[];
}

export interface BoardPlace {
  phase: PhaseId;
  track: TrackId;
  /** Position in the target cell once the card has left its old place; clamped to the cell. */
  index: number;
}

const cellKey = (phase: PhaseId, track: TrackId) => `${phase}:${track}`;

/** All eight cells, phase by phase, internal before external; cards by `order`, then list order. */
export function cellsOf<T extends BoardItem>(list: readonly T[]): BoardCell<T>[] {
  const cells = new Map<string, BoardCell<T>>();
  for (const phase of PHASE_IDS) for (const track of TRACK_IDS) cells.set(cellKey(phase, track), { phase, track, items: [] });
  const ranked = list.map((item, position) => ({ item, position })).sort((a, b) => a.item.order - b.item.order || a.position - b.position);
  for (const { item } of ranked) cells.get(cellKey(item.phase, item.track))!.items.push(item);
  return [...cells.values()];
}

const cellItems = <T extends BoardItem>(list: readonly T[], phase: PhaseId, track: TrackId): T[] =>
  list
    .map((item, position) => ({ item, position }))
    .filter(({ item }) => item.phase === phase && item.track === track)
    .sort((a, b) => a.item.order - b.item.order || a.position - b.position)
    .map(({ item }) => item);

/** The `order` a card appended to a cell should get. */
export const nextOrder = (list: readonly BoardItem[], phase: PhaseId, track: TrackId): number => cellItems(list, phase, track).length;

/** Where a card sits now, or null when the id is not on the board. */
export function placeOf(list: readonly BoardItem[], id: string): (BoardPlace & { cellSize: number }) | null {
  const item = list.find((candidate) => candidate.id === id);
  if (!item) return null;
  const cell = cellItems(list, item.phase, item.track);
  return { phase: item.phase, track: item.track, index: cell.indexOf(item), cellSize: cell.length };
}

/** Moves a card to a cell and position, renumbering `order` 0…n−1 in the cells it left and entered. */
export function moveInitiative<T extends BoardItem>(list: T[], id: string, to: BoardPlace): T[] {
  const moving = list.find((item) => item.id === id);
  if (!moving) return list;
  const source = cellItems(list, moving.phase, moving.track).filter((item) => item !== moving);
  const sameCell = moving.phase === to.phase && moving.track === to.track;
  const target = sameCell ? source : cellItems(list, to.phase, to.track);
  const index = Math.min(Math.max(0, Math.trunc(to.index)), target.length);
  const placed = [...target.slice(0, index), moving, ...target.slice(index)];
  const places = new Map<string, { phase: PhaseId; track: TrackId; order: number }>();
  if (!sameCell) source.forEach((item, order) => places.set(item.id, { phase: item.phase, track: item.track, order }));
  placed.forEach((item, order) => places.set(item.id, { phase: to.phase, track: to.track, order }));
  let changed = false;
  const next = list.map((item) => {
    const place = places.get(item.id);
    if (!place || (place.phase === item.phase && place.track === item.track && place.order === item.order)) return item;
    changed = true;
    return { ...item, ...place };
  });
  return changed ? next : list;
}

/** Keyboard: one phase to the left, same track, keeping the row position where it can. */
export function moveLeft<T extends BoardItem>(list: T[], id: string): T[] {
  return movePhase(list, id, -1);
}

/** Keyboard: one phase to the right, same track, keeping the row position where it can. */
export function moveRight<T extends BoardItem>(list: T[], id: string): T[] {
  return movePhase(list, id, 1);
}

function movePhase<T extends BoardItem>(list: T[], id: string, step: -1 | 1): T[] {
  const place = placeOf(list, id);
  const phase = place ? PHASE_IDS[phaseIndex(place.phase) + step] : undefined;
  if (!place || !phase) return list;
  return moveInitiative(list, id, { phase, track: place.track, index: place.index });
}

/** Keyboard: one place up; from the top of the external row it goes to the end of the internal row above. */
export function moveUp<T extends BoardItem>(list: T[], id: string): T[] {
  const place = placeOf(list, id);
  if (!place) return list;
  if (place.index > 0) return moveInitiative(list, id, { ...place, index: place.index - 1 });
  if (place.track === 'external') return moveInitiative(list, id, { phase: place.phase, track: 'internal', index: Number.MAX_SAFE_INTEGER });
  return list;
}

/** Keyboard: one place down; from the bottom of the internal row it goes to the top of the external row below. */
export function moveDown<T extends BoardItem>(list: T[], id: string): T[] {
  const place = placeOf(list, id);
  if (!place) return list;
  if (place.index < place.cellSize - 1) return moveInitiative(list, id, { ...place, index: place.index + 1 });
  if (place.track === 'internal') return moveInitiative(list, id, { phase: place.phase, track: 'external', index: 0 });
  return list;
}
