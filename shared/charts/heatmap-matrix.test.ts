import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heatmapCell, heatmapLayout, heatmapMatrix, type HeatmapOptions } from './heatmap-matrix';
import { renderSvgToString } from './render-svg';
import { findAll, isSvgText, textContent, walkSvg } from './svg-tree';

const stages = ['Hierarchy', 'Emergent Community', 'Community', 'Network'].map((label, index) => ({ level: index + 1, label }));
const options: HeatmapOptions = {
  competencies: [
    { id: 'strategy', label: 'Strategy' },
    { id: 'culture', label: 'Culture', notApplicable: true, note: 'Handled by HR programme' },
    { id: 'tools', label: 'Tools' },
    { id: 'metrics', label: 'Metrics & Measurement' },
  ],
  stages,
  current: { strategy: 2, culture: 3, tools: 4, metrics: null },
  target: { strategy: 3, culture: 4, tools: 4, metrics: 2 },
};
const chart = heatmapMatrix(options);
const cells = findAll(chart, 'rect').filter((rect) => rect.attrs['data-level'] !== undefined);

describe('heatmapLayout and heatmapCell', () => {
  it.each<[number, number, { x: number; y: number }]>([
    [0, 1, { x: 167, y: 46 }],
    [0, 4, { x: 467, y: 46 }],
    [3, 2, { x: 267, y: 166 }],
  ])('row %i, stage %i sits at %o (label column fits "Metrics & Measurement")', (row, level, corner) => {
    expect(heatmapCell(heatmapLayout(options), row, level)).toEqual({ ...corner, width: 100, height: 40 });
  });
});

describe('heatmapMatrix', () => {
  it('draws one cell per stage for each competency in scope and one band for each N/A row', () => {
    expect(cells).toHaveLength(3 * 4);
    const band = findAll(chart, 'g').find((g) => g.attrs['data-state'] === 'not-applicable')!;
    expect(textContent(band)).toBe('CultureNot in scope: Handled by HR programme');
  });

  it('fills cells up to the current stage, darker for higher stages', () => {
    const reached = (row: string) => findAll(findAll(chart, 'g').find((g) => g.attrs['data-row'] === row)!, 'rect').filter((r) => r.attrs['data-reached'] === 'yes');
    expect(reached('strategy').map((rect) => rect.attrs.fill)).toEqual(['#dbe8f6', '#99afcb']);
    expect(reached('tools')).toHaveLength(4);
    expect(reached('metrics')).toHaveLength(0);
  });

  it('outlines the target cell and says it in words', () => {
    expect(findAll(chart, 'rect').filter((rect) => rect.attrs['data-marker'] === 'target')).toHaveLength(3);
    const words = findAll(chart, 'text').map(textContent);
    expect(words).toEqual(expect.arrayContaining(['Current', 'Target', 'Current · Target', 'Not rated', 'Target']));
  });

  it('describes every row in its desc', () => {
    expect(textContent(findAll(chart, 'desc')[0]!)).toBe(
      'Heatmap of 4 competencies across 4 stages; filled cells run up to the current stage and the outlined cell is the target. ' +
        'Strategy: current stage 2 (Emergent Community), target stage 3 (Community). Culture: not in scope (Handled by HR programme). ' +
        'Tools: current stage 4 (Network), target stage 4 (Network). Metrics & Measurement: current stage not set, target stage 2 (Emergent Community).',
    );
    expect(chart.attrs.role).toBe('img');
  });

  it('escapes hostile competency names in the rendered string', () => {
    const out = renderSvgToString(heatmapMatrix({ ...options, competencies: [{ id: 'x', label: '<script>alert("&")</script>' }] }));
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;');
  });

  it('clamps stages beyond the last one and handles no competencies', () => {
    const clamped = heatmapMatrix({ ...options, competencies: [{ id: 'a', label: 'A' }], current: { a: 9 }, target: { a: 9 } });
    expect(findAll(clamped, 'rect').filter((rect) => rect.attrs['data-reached'] === 'yes')).toHaveLength(4);
    expect(textContent(findAll(heatmapMatrix({ ...options, competencies: [] }), 'desc')[0]!)).toBe('No competencies to show.');
  });
});

describe('heatmapMatrix properties', () => {
  it('never produces NaN, and draws stages × in-scope rows cells for 3–10 stages', () => {
    const input = fc.integer({ min: 3, max: 10 }).chain((count) =>
      fc.record({
        count: fc.constant(count),
        rows: fc.array(
          fc.record({
            label: fc.string({ maxLength: 50 }),
            notApplicable: fc.boolean(),
            current: fc.option(fc.integer({ min: 1, max: count }), { nil: null }),
            target: fc.option(fc.integer({ min: 1, max: count }), { nil: null }),
          }),
          { maxLength: 12 },
        ),
      }),
    );
    fc.assert(
      fc.property(input, ({ count, rows }) => {
        const tree = heatmapMatrix({
          competencies: rows.map((row, index) => ({ id: `c${index}`, label: row.label, notApplicable: row.notApplicable })),
          stages: Array.from({ length: count }, (_, index) => ({ level: index + 1, label: `Stage ${index + 1}` })),
          current: Object.fromEntries(rows.map((row, index) => [`c${index}`, row.current])),
          target: Object.fromEntries(rows.map((row, index) => [`c${index}`, row.target])),
        });
        for (const node of walkSvg(tree)) if (!isSvgText(node)) for (const value of Object.values(node.attrs)) expect(String(value)).not.toMatch(/NaN|Infinity/);
        const inScope = rows.filter((row) => !row.notApplicable).length;
        expect(findAll(tree, 'rect').filter((rect) => rect.attrs['data-level'] !== undefined)).toHaveLength(inScope * count);
      }),
    );
  });
});

describe('heatmapMatrix: not in scope at a glance', () => {
  const band = findAll(chart, 'g').find((g) => g.attrs['data-state'] === 'not-applicable')!;
  const hatched = (node: Parameters<typeof findAll>[0]) => findAll(node, 'g').filter((g) => g.attrs['data-pattern'] === 'hatched');

  it('hatches the not-in-scope band with diagonal lines inside it, and no reached cell', () => {
    const [hatch] = hatched(band);
    expect(hatch).toBeDefined();
    const lines = findAll(hatch!, 'line');
    expect(lines.length).toBeGreaterThan(10);
    const rect = findAll(band, 'rect')[0]!;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((key) => Number(rect.attrs[key]));
    for (const line of lines) {
      expect(Number(line.attrs.x1)).toBeGreaterThanOrEqual(x! - 0.01);
      expect(Number(line.attrs.x2)).toBeLessThanOrEqual(x! + w! + 0.01);
      expect(Number(line.attrs.y1)).toBeLessThanOrEqual(y! + h! + 0.01);
      expect(Number(line.attrs.y2)).toBeGreaterThanOrEqual(y! - 0.01);
      // Diagonal: it rises as it goes right.
      expect(Number(line.attrs.x2) - Number(line.attrs.x1)).toBeCloseTo(Number(line.attrs.y1) - Number(line.attrs.y2), 1);
    }
    const rows = findAll(chart, 'g').filter((g) => g.attrs['data-row'] !== undefined && g.attrs['data-state'] === undefined);
    expect(rows.flatMap((row) => hatched(row))).toHaveLength(0);
  });

  it('gives the band a fill no reached cell has, and a hatched swatch in the legend', () => {
    const bandFill = findAll(band, 'rect')[0]!.attrs.fill;
    expect(cells.map((cell) => cell.attrs.fill)).not.toContain(bandFill);
    const legend = findAll(chart, 'g').find((g) => g.attrs['data-part'] === 'legend')!;
    expect(hatched(legend)).toHaveLength(1);
    expect(findAll(legend, 'text').map(textContent)).toEqual(['Reached (up to the current stage)', 'Target stage', 'Not in scope (hatched)', 'Not reached']);
  });

  it('keeps the legend within the grid width by wrapping it', () => {
    expect(Number(chart.attrs.width)).toBeLessThanOrEqual(heatmapLayout(options).labelWidth + 4 * 100 + 8);
  });
});
