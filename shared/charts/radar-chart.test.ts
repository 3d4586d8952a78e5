import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSvgToString } from './render-svg';
import { axisAngle, labelGap, placeAxisLabel, radarChart, radarPoint, type RadarAxis } from './radar-chart';
import { findAll, isSvgText, textContent, walkSvg, type SvgElement, type SvgNode } from './svg-tree';

const center = { x: 200, y: 200 };

describe('radarPoint', () => {
  it.each<[number, number, number, number, { x: number; y: number }]>([
    [0, 4, 4, 4, { x: 200, y: 100 }],
    [1, 4, 4, 4, { x: 300, y: 200 }],
    [2, 4, 2, 4, { x: 200, y: 250 }],
    [3, 4, 1, 4, { x: 175, y: 200 }],
    [0, 8, 0, 4, { x: 200, y: 200 }],
    [1, 8, 4, 4, { x: 270.71, y: 129.29 }],
    [1, 3, 3, 3, { x: 286.6, y: 250 }],
    [0, 6, 9, 6, { x: 200, y: 100 }],
  ])('axis %i of %i at stage %i of %i → %o', (index, count, value, maxStage, point) => {
    expect(radarPoint(index, count, value, maxStage, center, 100)).toEqual(point);
  });
});

describe('placeAxisLabel', () => {
  it.each<[number, number, 'start' | 'middle' | 'end']>([
    [0, 8, 'middle'],
    [1, 8, 'start'],
    [2, 8, 'start'],
    [4, 8, 'middle'],
    [6, 8, 'end'],
    [7, 8, 'end'],
  ])('anchors the label of axis %i of %i at %s', (index, count, anchor) => {
    expect(placeAxisLabel('Label', axisAngle(index, count), center, 100).anchor).toBe(anchor);
  });

  it('stacks a top label above its anchor and a bottom label below it', () => {
    const top = placeAxisLabel('Strategy', axisAngle(0, 4), center, 100);
    const bottom = placeAxisLabel('Culture', axisAngle(2, 4), center, 100);
    expect(top.top + top.height).toBeCloseTo(200 - 100 - labelGap(100));
    expect(bottom.top).toBeCloseTo(200 + 100 + labelGap(100));
  });
});

const axis = (label: string, current: number | null, target: number | null, extra: Partial<RadarAxis> = {}): RadarAxis => ({ label, current, target, ...extra });
const seriesPointCount = (tree: SvgElement, key: string): number | null => {
  const group = findAll(tree, 'g').find((node) => node.attrs['data-series'] === key);
  return group ? findAll(group, 'circle').length : null;
};

describe('radarChart', () => {
  const axes = [axis('Strategy', 2, 3), axis('Leadership', 1, 3), axis('Culture', null, null, { notApplicable: true }), axis('Tools', 3, 4)];
  const chart = radarChart({ axes, maxStage: 4, size: 400 });

  it('draws one ring per stage, one spoke per axis, and a polygon per series', () => {
    expect(findAll(findAll(chart, 'g').find((g) => g.attrs['data-part'] === 'rings')!, 'circle')).toHaveLength(4);
    expect(findAll(chart, 'line').filter((line) => line.attrs.stroke === '#9aa5b1')).toHaveLength(4);
    expect(findAll(chart, 'polygon')).toHaveLength(2);
  });

  it('leaves N/A axes without a point but keeps their label', () => {
    expect(seriesPointCount(chart, 'current')).toBe(3);
    expect(seriesPointCount(chart, 'target')).toBe(3);
    expect(textContent(chart)).toContain('Culture (N/A)');
  });

  it('adds the previous assessment as a third, dashed series with a legend entry', () => {
    const withPrevious = radarChart({ axes: axes.map((item, index) => ({ ...item, previous: index === 1 ? null : 1 })), maxStage: 4 });
    const polygons = findAll(withPrevious, 'polygon');
    expect(polygons).toHaveLength(3);
    expect(polygons[0]!.attrs['stroke-dasharray']).toBe('5 4');
    expect(seriesPointCount(withPrevious, 'previous')).toBe(2);
    expect(textContent(findAll(withPrevious, 'g').find((g) => g.attrs['data-part'] === 'legend')!)).toBe('CurrentTargetPrevious assessment');
  });

  it('is an accessible image whose description carries the values', () => {
    expect(chart.attrs).toMatchObject({ role: 'img', 'aria-labelledby': 'radar-title radar-desc' });
    expect(textContent(findAll(chart, 'title')[0]!)).toBe('Maturity radar: current and target stage per competency');
    expect(textContent(findAll(chart, 'desc')[0]!)).toBe(
      'Radar chart of 4 competencies on a scale of 1 to 4. Strategy: current 2, target 3. Leadership: current 1, target 3. Culture: not in scope. Tools: current 3, target 4.',
    );
  });

  it('draws rings and a legend but no series for no axes', () => {
    const empty = radarChart({ axes: [], maxStage: 3 });
    expect(findAll(empty, 'polygon')).toHaveLength(0);
    expect(textContent(findAll(empty, 'desc')[0]!)).toBe('No competencies to show.');
  });

  it('places the points where the geometry says', () => {
    const square = radarChart({ axes: [axis('A', 4, 4), axis('B', 4, 4), axis('C', 4, 4), axis('D', 4, 4)], maxStage: 4, size: 400 });
    const points = String(findAll(square, 'polygon')[1]!.attrs.points).split(' ');
    expect(points).toHaveLength(4);
    const [x0, y0] = points[0]!.split(',').map(Number);
    const [x1, y1] = points[1]!.split(',').map(Number);
    expect(x0).toBe(200);
    expect(y1).toBe(200);
    expect(x1! - 200).toBeCloseTo(200 - y0!);
  });
});

const everyNumber = (tree: SvgNode): (string | number)[] =>
  [...walkSvg(tree)].flatMap((node) => (isSvgText(node) ? [] : Object.values(node.attrs)));

describe('radarChart properties', () => {
  const stageValue = (maxStage: number) => fc.option(fc.integer({ min: 1, max: maxStage }), { nil: null });
  const input = fc.integer({ min: 3, max: 10 }).chain((maxStage) =>
    fc.record({
      maxStage: fc.constant(maxStage),
      size: fc.integer({ min: 120, max: 1200 }),
      axes: fc.array(
        fc.record({ label: fc.string({ maxLength: 40 }), current: stageValue(maxStage), target: stageValue(maxStage), previous: stageValue(maxStage), notApplicable: fc.boolean() }),
        { maxLength: 14 },
      ),
    }),
  );

  it('never produces NaN or Infinity, in the tree or the string', () => {
    fc.assert(
      fc.property(input, (options) => {
        const tree = radarChart(options);
        for (const value of everyNumber(tree)) expect(String(value)).not.toMatch(/NaN|Infinity/);
        expect(renderSvgToString(tree)).not.toMatch(/NaN|Infinity/);
      }),
    );
  });

  it('keeps every axis label box off the outer ring', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 40, max: 900 }), fc.string({ minLength: 1, maxLength: 40 }), (count, radius, label) => {
        for (let index = 0; index < count; index += 1) {
          const box = placeAxisLabel(label, axisAngle(index, count), center, radius);
          const nearestX = Math.min(Math.max(center.x, box.left), box.left + box.width);
          const nearestY = Math.min(Math.max(center.y, box.top), box.top + box.height);
          expect(Math.hypot(nearestX - center.x, nearestY - center.y)).toBeGreaterThan(radius);
        }
      }),
    );
  });
});
