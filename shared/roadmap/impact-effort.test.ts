import { describe, expect, it } from 'vitest';
import { MATRIX_RULE, impactEffortMatrix, matrixQuadrant, type MatrixQuadrant } from './impact-effort';

describe('matrixQuadrant', () => {
  it.each<[number, number, MatrixQuadrant]>([
    [5, 1, 'quick-wins'],
    [3, 2, 'quick-wins'],
    [5, 5, 'major-projects'],
    [3, 3, 'major-projects'],
    [2, 2, 'fill-ins'],
    [1, 1, 'fill-ins'],
    [2, 3, 'thankless-tasks'],
    [1, 5, 'thankless-tasks'],
  ])('impact %i, effort %i is %s', (impact, effort, quadrant) => {
    expect(matrixQuadrant(impact, effort)).toBe(quadrant);
  });

  it('states its rule', () => {
    expect(MATRIX_RULE).toMatch(/quick win/);
  });
});

describe('impactEffortMatrix', () => {
  const card = (id: string, impact: number, effort: number, title = id) => ({ id, title, impact, effort });

  it.each([
    ['high impact, low effort sits top left', card('a', 5, 1), { x: 0.1, y: 0.1 }],
    ['low impact, high effort sits bottom right', card('a', 1, 5), { x: 0.9, y: 0.9 }],
    ['the middle sits in the middle', card('a', 3, 3), { x: 0.5, y: 0.5 }],
  ])('%s', (_label, input, position) => {
    const [point] = impactEffortMatrix([input]);
    expect(point!.x).toBeCloseTo(position.x);
    expect(point!.y).toBeCloseTo(position.y);
    expect(point!.cellmates).toBe(1);
  });

  it('spreads cards sharing a cell apart, ordered by title, inside the cell', () => {
    const points = impactEffortMatrix([card('c', 4, 2, 'Zeta'), card('a', 4, 2, 'Alpha'), card('b', 4, 2, 'Mid'), card('d', 1, 1)]);
    expect(points.map((point) => point.id)).toEqual(['c', 'a', 'b', 'd']);
    const shared = points.slice(0, 3);
    expect(new Set(shared.map((point) => `${point.x.toFixed(4)}:${point.y.toFixed(4)}`)).size).toBe(3);
    for (const point of shared) {
      expect(point).toMatchObject({ quadrant: 'quick-wins', cellmates: 3 });
      expect(point.x).toBeGreaterThan(0.2);
      expect(point.x).toBeLessThan(0.4);
      expect(point.y).toBeGreaterThan(0.2);
      expect(point.y).toBeLessThan(0.4);
    }
    const alpha = points.find((point) => point.id === 'a')!;
    const zeta = points.find((point) => point.id === 'c')!;
    expect(alpha.x < zeta.x || alpha.y < zeta.y).toBe(true);
  });

  it('keeps 40 cards in one cell apart', () => {
    const points = impactEffortMatrix(Array.from({ length: 40 }, (_, index) => card(`i${index}`, 2, 4)));
    expect(new Set(points.map((point) => `${point.x.toFixed(5)}:${point.y.toFixed(5)}`)).size).toBe(40);
  });
});
