import { describe, expect, it } from 'vitest';
import { cellBox, layoutInfluenceGrid, quadrantOf, spreadInCell, type GridInput } from './influence-grid';

const layout = { size: 500, inset: 40 };
const person = (id: string, influence: number, interest: number, name = id): GridInput => ({ id, name, influence, interest });

describe('quadrantOf', () => {
  it.each([
    [5, 5, 'manage-closely'],
    [3, 3, 'manage-closely'],
    [5, 1, 'keep-satisfied'],
    [3, 2, 'keep-satisfied'],
    [1, 5, 'keep-informed'],
    [2, 3, 'keep-informed'],
    [1, 1, 'monitor'],
    [2, 2, 'monitor'],
  ] as const)('influence %i, interest %i → %s', (influence, interest, quadrant) => {
    expect(quadrantOf(influence, interest)).toBe(quadrant);
  });
});

describe('cellBox', () => {
  it.each([
    [1, 5, { x: 40, y: 0 }],
    [5, 5, { x: 440, y: 0 }],
    [1, 1, { x: 40, y: 400 }],
    [3, 2, { x: 240, y: 300 }],
    [9, -4, { x: 440, y: 400 }],
  ])('interest %i, influence %i sits at %o (out-of-range levels are clamped)', (interest, influence, corner) => {
    expect(cellBox(interest, influence, layout)).toEqual({ ...corner, width: 100, height: 100 });
  });
});

describe('spreadInCell', () => {
  it.each([
    [0, []],
    [1, [{ fx: 0.5, fy: 0.5, labelBelow: true }]],
    [2, [{ fx: 0.25, fy: 0.5, labelBelow: true }, { fx: 0.75, fy: 0.5, labelBelow: false }]],
    [
      3,
      [
        { fx: 0.25, fy: 0.25, labelBelow: false },
        { fx: 0.75, fy: 0.25, labelBelow: false },
        { fx: 0.5, fy: 0.75, labelBelow: true },
      ],
    ],
  ])('spreads %i markers to %o', (count, offsets) => {
    expect(spreadInCell(count)).toEqual(offsets);
  });

  it.each([4, 5, 9, 12, 30])('keeps %i markers inside the cell and apart from each other', (count) => {
    const offsets = spreadInCell(count);
    expect(offsets).toHaveLength(count);
    for (const { fx, fy } of offsets) {
      expect(fx).toBeGreaterThan(0);
      expect(fx).toBeLessThan(1);
      expect(fy).toBeGreaterThan(0);
      expect(fy).toBeLessThan(1);
    }
    const keys = new Set(offsets.map(({ fx, fy }) => `${fx.toFixed(4)}:${fy.toFixed(4)}`));
    expect(keys.size).toBe(count);
  });
});

describe('layoutInfluenceGrid', () => {
  it('centres a lone stakeholder in its cell', () => {
    expect(layoutInfluenceGrid([person('a', 5, 1)], layout)).toEqual([
      { id: 'a', x: 90, y: 50, interest: 1, influence: 5, cellmates: 1, labelBelow: true },
    ]);
  });

  it('spreads stakeholders who share a cell, ordered by name, regardless of input order', () => {
    const markers = layoutInfluenceGrid([person('z', 4, 4, 'Zoe'), person('a', 4, 4, 'Anna')], layout);
    const anna = markers.find((m) => m.id === 'a');
    const zoe = markers.find((m) => m.id === 'z');
    expect(anna).toMatchObject({ x: 365, y: 150, cellmates: 2, labelBelow: true });
    expect(zoe).toMatchObject({ x: 415, y: 150, cellmates: 2, labelBelow: false });
  });

  it('leaves stakeholders in different cells unaffected by each other', () => {
    const markers = layoutInfluenceGrid([person('a', 1, 1), person('b', 1, 2)], layout);
    expect(markers.map((m) => [m.id, m.x, m.y, m.cellmates])).toEqual([
      ['a', 90, 450, 1],
      ['b', 190, 450, 1],
    ]);
  });

  it('returns no markers for no stakeholders', () => {
    expect(layoutInfluenceGrid([], layout)).toEqual([]);
  });
});
