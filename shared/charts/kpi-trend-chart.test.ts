import { describe, expect, it } from 'vitest';
import { kpiTrendChart, niceTicks, type TrendKpi } from './kpi-trend-chart';
import { findAll, textContent } from './svg-tree';

const kpi: TrendKpi = {
  name: 'Share of voice',
  unit: '%',
  baseline: { value: 18, date: '2025-03-31' },
  target: { value: 30, date: '2026-12-31' },
  measurements: [
    { id: 'm2', date: '2025-09-30', value: 22, note: '' },
    { id: 'm1', date: '2025-06-30', value: 20, note: '' },
    { id: 'm3', date: '2025-12-31', value: 25, note: '' },
  ],
};
const chart = kpiTrendChart({ kpi });
const series = (name: string) => findAll(chart, 'line').concat(findAll(chart, 'polyline'), findAll(chart, 'circle')).filter((node) => node.attrs['data-series'] === name);

describe('niceTicks', () => {
  it.each<[number, number, number[]]>([
    [18, 30, [15, 20, 25, 30]],
    [0, 1, [0, 0.25, 0.5, 0.75, 1]],
    [120, 120, [100, 110, 120, 130, 140]],
  ])('covers %d to %d with round steps', (low, high, expected) => {
    expect(niceTicks(low, high)).toEqual(expected);
  });
});

describe('kpiTrendChart', () => {
  it('draws the measurements in date order as one line with a point each', () => {
    const line = series('measurements')[0]!;
    const xs = String(line.attrs.points)
      .split(' ')
      .map((pair) => Number(pair.split(',')[0]));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(series('measurement')).toHaveLength(3);
  });

  it('draws the target as a dashed line across the plot, labelled with its value, above the measurements', () => {
    const target = series('target')[0]!;
    expect(target.attrs['stroke-dasharray']).toBe('6 3');
    expect(Number(target.attrs.y1)).toBe(Number(target.attrs.y2));
    const ys = findAll(chart, 'circle').filter((c) => c.attrs['data-series'] === 'measurement').map((c) => Number(c.attrs.cy));
    expect(Number(target.attrs.y1)).toBeLessThan(Math.min(...ys));
    expect(findAll(chart, 'text').map(textContent)).toContain('Target 30%');
  });

  it('shows the baseline and the pace from it to the target date', () => {
    expect(series('baseline')).toHaveLength(1);
    const pace = series('pace')[0]!;
    expect(Number(pace.attrs.y2)).toBeCloseTo(Number(series('target')[0]!.attrs.y1), 1);
  });

  it('labels quarters on the time axis and values on the other', () => {
    const quarters = findAll(chart, 'text').filter((t) => t.attrs['data-quarter']).map(textContent);
    expect(quarters[0]).toBe('Q2 2025');
    expect(findAll(chart, 'text').filter((t) => t.attrs['data-tick'] !== undefined).map(textContent)).toEqual(['15%', '20%', '25%', '30%']);
  });

  it('describes values and target, and says when nothing is measured yet', () => {
    expect(textContent(findAll(chart, 'desc')[0]!)).toBe('3 measurements, oldest first: 2025-06-30: 20%; 2025-09-30: 22%; 2025-12-31: 25%. Baseline 18% on 2025-03-31. Target 30% by 2026-12-31.');
    const empty = kpiTrendChart({ kpi: { ...kpi, measurements: [], baseline: { value: null, date: null } } });
    expect(findAll(empty, 'text').map(textContent)).toContain('No measurements yet');
    expect(JSON.stringify(empty)).not.toContain('NaN');
  });
});

describe('kpiTrendChart with a long unit', () => {
  it('names the unit once above the axis and keeps ticks and the target label to numbers', () => {
    const followers = kpiTrendChart({ kpi: { ...kpi, unit: 'followers', baseline: { value: 12000, date: '2025-03-31' }, target: { value: 50000, date: '2026-12-31' }, measurements: [{ id: 'f', date: '2025-06-30', value: 20000, note: '' }] } });
    const texts = findAll(followers, 'text').map(textContent);
    expect(findAll(followers, 'text').find((t) => t.attrs['data-unit'])).toBeDefined();
    expect(texts).toContain('Target 50000');
    expect(texts.filter((text) => text.includes('followers'))).toEqual(['followers']);
  });
});
