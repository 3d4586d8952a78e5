import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSvgToString } from '../charts/render-svg';
import { findAll, textContent, walkSvg, isSvgText } from '../charts/svg-tree';
import { dateOfDay } from '../roadmap/calendar';
import type { Measurement } from './kpi-schema';
import { kpiSparkline } from './kpi-sparkline';

const m = (date: string, value: number): Measurement => ({ id: date, date, value, note: '' });
const size = { width: 120, height: 32 };

describe('kpiSparkline', () => {
  it('is an accessible image whose description lists the values oldest first', () => {
    const svg = kpiSparkline([m('2026-06-30', 30), m('2026-03-31', 25)], { ...size, target: 40, unit: '%', title: 'Share of voice trend', idPrefix: 'sov' });
    expect(svg.attrs).toMatchObject({ role: 'img', 'aria-labelledby': 'sov-title sov-desc' });
    expect(textContent(findAll(svg, 'title')[0]!)).toBe('Share of voice trend');
    expect(textContent(findAll(svg, 'desc')[0]!)).toBe('2 measurements, oldest first: 2026-03-31: 25%; 2026-06-30: 30%. Target 40%.');
  });

  it('rises left to right for rising values, with the target above and dashed', () => {
    const svg = kpiSparkline([m('2026-01-31', 10), m('2026-02-28', 20), m('2026-03-31', 30)], { ...size, target: 40 });
    const points = findAll(svg, 'polyline')[0]!.attrs['points']!.toString().split(' ').map((pair) => pair.split(',').map(Number) as [number, number]);
    expect(points).toHaveLength(3);
    expect(points[0]![0]).toBe(4);
    expect(points[2]![0]).toBe(116);
    expect(points[0]![1]).toBeGreaterThan(points[2]![1]);
    const target = findAll(svg, 'line')[0]!;
    expect(target.attrs['stroke-dasharray']).toBe('3 2');
    expect(Number(target.attrs['y1'])).toBe(4);
  });

  it.each([
    ['no measurements', [], 'No measurements yet.', 0, 0],
    ['one measurement', [m('2026-01-31', 5)], '1 measurement, oldest first: 2026-01-31: 5.', 0, 1],
    ['flat values on one day', [m('2026-01-31', 5), m('2026-01-31', 5)], '2 measurements, oldest first: 2026-01-31: 5; 2026-01-31: 5.', 1, 1],
  ])('draws %s without breaking', (_label, measurements, desc, polylines, circles) => {
    const svg = kpiSparkline(measurements, size);
    expect(textContent(findAll(svg, 'desc')[0]!)).toBe(desc);
    expect(findAll(svg, 'polyline')).toHaveLength(polylines);
    expect(findAll(svg, 'circle')).toHaveLength(circles);
  });

  it('never writes NaN or Infinity, whatever the values, dates, size and target', () => {
    const measurement = fc.record({
      id: fc.constant('m'),
      date: fc.integer({ min: 0, max: 60_000 }).map(dateOfDay),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      note: fc.constant(''),
    });
    fc.assert(
      fc.property(
        fc.array(measurement, { maxLength: 30 }),
        fc.double(),
        fc.double(),
        fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
        (measurements, width, height, target) => {
          const svg = kpiSparkline(measurements, { width, height, target });
          for (const node of walkSvg(svg)) {
            if (isSvgText(node)) continue;
            for (const value of Object.values(node.attrs)) expect(String(value)).not.toMatch(/NaN|Infinity/);
          }
          expect(renderSvgToString(svg)).not.toMatch(/NaN|Infinity/);
        },
      ),
    );
  });
});
