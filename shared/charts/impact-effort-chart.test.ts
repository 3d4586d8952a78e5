import { describe, expect, it } from 'vitest';
import { impactEffortChart, type MatrixChartItem } from './impact-effort-chart';
import { findAll, textContent } from './svg-tree';

const item = (id: string, impact: number, effort: number, status: MatrixChartItem['status'] = 'planned'): MatrixChartItem => ({ id, title: `Initiative ${id}`, impact, effort, status });
const initiatives = [item('a', 5, 1), item('b', 4, 2, 'done'), item('c', 5, 5), item('d', 1, 1), item('e', 2, 4), item('f', 3, 3)];
const chart = impactEffortChart({ initiatives });
const dot = (id: string) => findAll(chart, 'g').find((g) => g.attrs['data-initiative-id'] === id)!;
const centre = (id: string) => {
  const circle = findAll(dot(id), 'circle')[0]!;
  return { x: Number(circle.attrs.cx), y: Number(circle.attrs.cy) };
};

describe('impactEffortChart', () => {
  it('assigns each initiative to its quadrant by MATRIX_RULE (3 counts as high)', () => {
    expect(Object.fromEntries(initiatives.map((entry) => [entry.id, dot(entry.id).attrs['data-quadrant-of']]))).toEqual({
      a: 'quick-wins',
      b: 'quick-wins',
      c: 'major-projects',
      d: 'fill-ins',
      e: 'thankless-tasks',
      f: 'major-projects',
    });
  });

  it('places higher impact higher and higher effort further right', () => {
    expect(centre('a').y).toBeLessThan(centre('d').y);
    expect(centre('c').x).toBeGreaterThan(centre('a').x);
    expect(centre('e').x).toBeGreaterThan(centre('d').x);
  });

  it('names the four quadrants with their counts and labels quick wins first in the key', () => {
    const quadrantLabels = findAll(chart, 'g')
      .filter((g) => g.attrs['data-quadrant'])
      .map((g) => textContent(findAll(g, 'text')[0]!));
    expect(quadrantLabels).toEqual(['Quick wins (2)', 'Major projects (2)', 'Fill-ins (1)', 'Thankless tasks (1)']);
    const key = findAll(chart, 'g').find((g) => g.attrs['data-part'] === 'key')!;
    expect(findAll(key, 'text').map(textContent).slice(0, 3)).toEqual(['Quick wins', '1. Initiative a', '2. Initiative b']);
    expect(textContent(key)).toContain('Hollow: done');
  });

  it('numbers the dots in input order and draws done work hollow', () => {
    expect(textContent(dot('c'))).toBe('3');
    expect(findAll(dot('b'), 'circle')[0]!.attrs.fill).toBe('#ffffff');
    expect(findAll(dot('a'), 'circle')[0]!.attrs.fill).not.toBe('#ffffff');
  });

  it('lists every quadrant in the desc, and says when there is nothing to place', () => {
    const desc = textContent(findAll(chart, 'desc')[0]!);
    expect(desc).toContain('Quick wins: 1. Initiative a (planned); 2. Initiative b (done).');
    expect(desc).toContain('Fill-ins: 4. Initiative d (planned).');
    expect(textContent(findAll(impactEffortChart({ initiatives: [] }), 'desc')[0]!)).toBe('No initiatives to place yet.');
  });

  it('drops numbers and key for a long list, and adds buttons only for the app', () => {
    const many = Array.from({ length: 40 }, (_, index) => item(`m${index}`, 1 + (index % 5), 1 + ((index * 2) % 5)));
    const big = impactEffortChart({ initiatives: many });
    expect(findAll(big, 'g').find((g) => g.attrs['data-part'] === 'key')!.children).toHaveLength(0);
    expect(findAll(chart, 'g').filter((g) => g.attrs.role === 'button')).toHaveLength(0);
    const app = impactEffortChart({ initiatives, interactive: true });
    expect(findAll(app, 'g').filter((g) => g.attrs.role === 'button').map((g) => g.attrs['aria-label'])[0]).toBe('Initiative a: impact 5, effort 1, quick win');
    expect(app.attrs['aria-label']).toBe('6 initiatives by impact and effort');
  });
});
