import { describe, expect, it } from 'vitest';
import { cellsOf, moveDown, moveInitiative, moveLeft, moveRight, moveUp, nextOrder, placeOf, type BoardItem } from './board';
import type { PhaseId, TrackId } from './roadmap-reference';

/** A board written as "phase/track: ids in order", e.g. "establish/internal: a b c". */
function board(...cells: string[]): BoardItem[] {
  return cells.flatMap((cell) => {
    const [place, ids] = cell.split(':') as [string, string];
    const [phase, track] = place.trim().split('/') as [PhaseId, TrackId];
    return ids.trim().split(/\s+/).filter(Boolean).map((id, order) => ({ id, phase, track, order }));
  });
}

/** The board as the same shorthand, non-empty cells only. */
const shorthand = (list: BoardItem[]) =>
  cellsOf(list)
    .filter((cell) => cell.items.length > 0)
    .map((cell) => `${cell.phase}/${cell.track}: ${cell.items.map((item) => item.id).join(' ')}`);

/** Orders must be 0…n−1 in every cell after any move. */
const ordersAreDense = (list: BoardItem[]) => cellsOf(list).every((cell) => cell.items.every((item, index) => item.order === index));

describe('cellsOf', () => {
  it('returns all eight cells, phase by phase, internal first', () => {
    expect(cellsOf([]).map((cell) => `${cell.phase}/${cell.track}`)).toEqual([
      'establish/internal', 'establish/external', 'shape/internal', 'shape/external',
      'develop/internal', 'develop/external', 'innovate/internal', 'innovate/external',
    ]);
  });

  it('sorts by order, keeping list order between equal orders', () => {
    const list: BoardItem[] = [
      { id: 'x', phase: 'shape', track: 'external', order: 2 },
      { id: 'y', phase: 'shape', track: 'external', order: 0 },
      { id: 'z', phase: 'shape', track: 'external', order: 2 },
    ];
    expect(shorthand(list)).toEqual(['shape/external: y x z']);
  });
});

describe('moveInitiative', () => {
  const start = board('establish/internal: a b c', 'shape/internal: d e');
  it.each<[string, string, { phase: PhaseId; track: TrackId; index: number }, string[]]>([
    ['to another phase, in the middle', 'b', { phase: 'shape', track: 'internal', index: 1 }, ['establish/internal: a c', 'shape/internal: d b e']],
    ['to the top of another cell', 'c', { phase: 'shape', track: 'internal', index: 0 }, ['establish/internal: a b', 'shape/internal: c d e']],
    ['past the end (clamped)', 'a', { phase: 'shape', track: 'internal', index: 99 }, ['establish/internal: b c', 'shape/internal: d e a']],
    ['a negative index (clamped)', 'e', { phase: 'establish', track: 'internal', index: -3 }, ['establish/internal: e a b c', 'shape/internal: d']],
    ['to an empty cell', 'd', { phase: 'innovate', track: 'external', index: 0 }, ['establish/internal: a b c', 'shape/internal: e', 'innovate/external: d']],
    ['within its cell, downwards', 'a', { phase: 'establish', track: 'internal', index: 2 }, ['establish/internal: b c a', 'shape/internal: d e']],
    ['within its cell, upwards', 'c', { phase: 'establish', track: 'internal', index: 0 }, ['establish/internal: c a b', 'shape/internal: d e']],
    ['to the other track', 'a', { phase: 'establish', track: 'external', index: 0 }, ['establish/internal: b c', 'establish/external: a', 'shape/internal: d e']],
  ])('moves %s', (_label, id, to, expected) => {
    const moved = moveInitiative(start, id, to);
    expect(shorthand(moved)).toEqual(expected);
    expect(ordersAreDense(moved)).toBe(true);
    expect(moved.map((item) => item.id)).toEqual(start.map((item) => item.id));
  });

  it('returns the same list when nothing changes or the id is unknown', () => {
    expect(moveInitiative(start, 'b', { phase: 'establish', track: 'internal', index: 1 })).toBe(start);
    expect(moveInitiative(start, 'ghost', { phase: 'shape', track: 'internal', index: 0 })).toBe(start);
  });

  it('keeps untouched cards as the same objects', () => {
    const moved = moveInitiative(start, 'c', { phase: 'shape', track: 'internal', index: 2 });
    expect(moved.filter((item, index) => item !== start[index]).map((item) => item.id)).toEqual(['c']);
    const renumbered = moveInitiative(start, 'a', { phase: 'shape', track: 'internal', index: 0 });
    expect(renumbered.filter((item, index) => item !== start[index]).map((item) => item.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('repairs gaps and duplicates in the orders of the cells it touches', () => {
    const messy: BoardItem[] = [
      { id: 'a', phase: 'establish', track: 'internal', order: 4 },
      { id: 'b', phase: 'establish', track: 'internal', order: 4 },
      { id: 'c', phase: 'establish', track: 'internal', order: 9 },
    ];
    const moved = moveInitiative(messy, 'c', { phase: 'establish', track: 'internal', index: 0 });
    expect(moved.map((item) => [item.id, item.order])).toEqual([['a', 1], ['b', 2], ['c', 0]]);
  });
});

describe('keyboard moves', () => {
  const start = board('establish/internal: a b', 'establish/external: c', 'shape/internal: d', 'innovate/external: z');
  it.each<[string, (list: BoardItem[], id: string) => BoardItem[], string, string[] | 'unchanged']>([
    ['right keeps the row position where it can', moveRight, 'b', ['establish/internal: a', 'establish/external: c', 'shape/internal: d b', 'innovate/external: z']],
    ['right from the top', moveRight, 'a', ['establish/internal: b', 'establish/external: c', 'shape/internal: a d', 'innovate/external: z']],
    ['left back, at the same row position', moveLeft, 'd', ['establish/internal: d a b', 'establish/external: c', 'innovate/external: z']],
    ['left from phase 1 does nothing', moveLeft, 'a', 'unchanged'],
    ['right from phase 4 does nothing', moveRight, 'z', 'unchanged'],
    ['up within a cell', moveUp, 'b', ['establish/internal: b a', 'establish/external: c', 'shape/internal: d', 'innovate/external: z']],
    ['up from the top of external goes to the end of internal', moveUp, 'c', ['establish/internal: a b c', 'shape/internal: d', 'innovate/external: z']],
    ['up from the top of internal does nothing', moveUp, 'a', 'unchanged'],
    ['down within a cell', moveDown, 'a', ['establish/internal: b a', 'establish/external: c', 'shape/internal: d', 'innovate/external: z']],
    ['down from the bottom of internal goes to the top of external', moveDown, 'b', ['establish/internal: a', 'establish/external: b c', 'shape/internal: d', 'innovate/external: z']],
    ['down from the bottom of external does nothing', moveDown, 'z', 'unchanged'],
    ['an unknown id does nothing', moveDown, 'ghost', 'unchanged'],
  ])('%s', (_label, move, id, expected) => {
    const moved = move(start, id);
    if (expected === 'unchanged') expect(moved).toBe(start);
    else expect(shorthand(moved)).toEqual(expected);
    expect(ordersAreDense(moved)).toBe(true);
  });

  it('undoes itself: up then down returns to the same board', () => {
    expect(shorthand(moveDown(moveUp(start, 'c'), 'c'))).toEqual(shorthand(start));
  });
});

describe('placeOf and nextOrder', () => {
  const list = board('develop/external: p q r');
  it('reports where a card sits and where a new one would go', () => {
    expect(placeOf(list, 'q')).toEqual({ phase: 'develop', track: 'external', index: 1, cellSize: 3 });
    expect(placeOf(list, 'ghost')).toBeNull();
    expect(nextOrder(list, 'develop', 'external')).toBe(3);
    expect(nextOrder(list, 'develop', 'internal')).toBe(0);
  });
});
