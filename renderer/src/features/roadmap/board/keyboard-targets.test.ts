import { describe, expect, it } from 'vitest';
import { nextKeyboardTarget, type ArrowDirection } from './keyboard-targets';

// Phase 1 internal: a, b, c · phase 2 internal: d · phase 1 external: e · everything else empty.
const cells = (['establish', 'shape', 'develop', 'innovate'] as const).flatMap((phase) =>
  (['internal', 'external'] as const).map((track) => ({
    phase,
    track,
    ids: phase === 'establish' && track === 'internal' ? ['a', 'b', 'c'] : phase === 'shape' && track === 'internal' ? ['d'] : phase === 'establish' && track === 'external' ? ['e'] : [],
  })),
);

describe('nextKeyboardTarget', () => {
  it.each<[active: string, current: string, direction: ArrowDirection, target: string | null]>([
    ['b', 'b', 'down', 'c'],
    ['b', 'c', 'down', 'e'],
    ['b', 'b', 'up', 'a'],
    ['a', 'a', 'up', null],
    ['b', 'b', 'right', 'cell:shape:internal'],
    ['a', 'a', 'right', 'd'],
    ['a', 'd', 'right', 'cell:develop:internal'],
    ['a', 'cell:develop:internal', 'left', 'd'],
    ['a', 'a', 'left', null],
    ['e', 'e', 'up', 'cell:establish:internal'],
    ['e', 'cell:establish:internal', 'down', 'e'],
    ['e', 'e', 'down', null],
    ['d', 'd', 'left', 'a'],
    ['c', 'e', 'up', 'c'],
    ['c', 'cell:establish:internal', 'down', 'e'],
    ['a', 'cell:innovate:internal', 'right', null],
  ])('dragging %s from %s, %s goes to %s', (active, current, direction, target) => {
    expect(nextKeyboardTarget(cells, active, current, direction)).toBe(target);
  });
});
