import { describe, expect, it } from 'vitest';
import type { Timing } from './calendar';
import { makeInitiative } from './initiative-factory';
import type { Initiative } from './initiative-schema';
import { timelineLayout } from './timeline-layout';

const q = (year: number, quarter: number): Timing => ({ kind: 'quarter', year, quarter });
const d = (date: string): Timing => ({ kind: 'date', date });
const range = { today: '2026-05-16', fromQuarter: { year: 2026, quarter: 1 }, toQuarter: { year: 2026, quarter: 4 } };

describe('timelineLayout', () => {
  it('labels the quarters and places today', () => {
    const layout = timelineLayout([], range);
    expect(layout.quarters).toEqual([
      { label: 'Q1 2026', x: 0 },
      { label: 'Q2 2026', x: 1 },
      { label: 'Q3 2026', x: 2 },
      { label: 'Q4 2026', x: 3 },
    ]);
    expect(layout.width).toBe(4);
    // 16 May is day 45 of the 91 days of Q2.
    expect(layout.todayX).toBeCloseTo(1 + 45 / 91);
  });

  it.each([
    ['before the range', '2025-12-31', null],
    ['on the first day', '2026-01-01', 0],
    ['on the last day', '2026-12-31', 3 + 91 / 92],
    ['after the range', '2027-01-01', null],
  ])('puts today %s at %s', (_label, today, x) => {
    const todayX = timelineLayout([], { ...range, today }).todayX;
    if (x === null) expect(todayX).toBeNull();
    else expect(todayX).toBeCloseTo(x);
  });

  it('gives every phase a lane, even an empty one', () => {
    const layout = timelineLayout([], range);
    expect(layout.lanes.map((lane) => [lane.phase, lane.firstRow, lane.rowCount])).toEqual([
      ['establish', 0, 1],
      ['shape', 1, 1],
      ['develop', 2, 1],
      ['innovate', 3, 1],
    ]);
    expect(layout.height).toBe(4);
  });

  it.each<[string, Timing, Timing, [number, number, boolean, boolean]]>([
    ['one quarter', q(2026, 2), null, [1, 2, false, false]],
    ['two quarters', q(2026, 2), q(2026, 3), [1, 3, false, false]],
    ['a date to a quarter', d('2026-02-15'), q(2026, 2), [45 / 90, 2, false, false]],
    ['one day', d('2026-01-01'), null, [0, 1 / 90, false, false]],
    ['starting before the range', q(2025, 3), q(2026, 1), [0, 1, true, false]],
    ['ending after the range', q(2026, 4), q(2027, 2), [3, 4, false, true]],
  ])('draws %s as a bar in quarter units', (_label, start, end, [x0, x1, clippedStart, clippedEnd]) => {
    const [bar] = timelineLayout([makeInitiative({ id: 'a', start, end })], range).bars;
    expect(bar!.x0).toBeCloseTo(x0);
    expect(bar!.x1).toBeCloseTo(x1);
    expect([bar!.clippedStart, bar!.clippedEnd]).toEqual([clippedStart, clippedEnd]);
  });

  it('lists unscheduled and out-of-range initiatives instead of drawing them', () => {
    const layout = timelineLayout(
      [makeInitiative({ id: 'none' }), makeInitiative({ id: 'old', start: q(2024, 1), end: q(2025, 4) }), makeInitiative({ id: 'later', start: q(2027, 1) }), makeInitiative({ id: 'in', start: q(2026, 1) })],
      range,
    );
    expect(layout.unscheduled).toEqual(['none']);
    expect(layout.outOfRange).toEqual(['old', 'later']);
    expect(layout.bars.map((bar) => bar.id)).toEqual(['in']);
  });

  it('stacks overlapping bars in a lane and reuses free rows', () => {
    const items: Initiative[] = [
      makeInitiative({ id: 'a', phase: 'shape', start: q(2026, 1), end: q(2026, 2) }),
      makeInitiative({ id: 'b', phase: 'shape', start: q(2026, 2), end: q(2026, 3) }),
      makeInitiative({ id: 'c', phase: 'shape', start: q(2026, 3), end: q(2026, 4) }),
      makeInitiative({ id: 'e', phase: 'establish', start: q(2026, 1) }),
      makeInitiative({ id: 'i', phase: 'innovate', start: q(2026, 4) }),
    ];
    const layout = timelineLayout(items, range);
    const rowOf = (id: string) => layout.bars.find((bar) => bar.id === id)!.row;
    expect(layout.lanes.map((lane) => [lane.phase, lane.firstRow, lane.rowCount])).toEqual([
      ['establish', 0, 1],
      ['shape', 1, 2],
      ['develop', 3, 1],
      ['innovate', 4, 1],
    ]);
    expect([rowOf('e'), rowOf('a'), rowOf('b'), rowOf('c'), rowOf('i')]).toEqual([0, 1, 2, 1, 4]);
    expect(layout.height).toBe(5);
  });

  it('draws dependency lines from the end of the dependency to the start of the waiting bar, marking conflicts (bars that do not overlap share a row)', () => {
    const items: Initiative[] = [
      makeInitiative({ id: 'listen', phase: 'establish', start: q(2026, 1) }),
      makeInitiative({ id: 'pilot', phase: 'shape', start: q(2026, 2), dependsOn: ['listen'] }),
      makeInitiative({ id: 'rush', phase: 'shape', start: d('2026-03-01'), end: d('2026-03-20'), dependsOn: ['listen'] }),
      makeInitiative({ id: 'orphan', phase: 'shape', start: q(2026, 3), dependsOn: ['none', 'ghost'] }),
      makeInitiative({ id: 'none', phase: 'develop' }),
    ];
    const layout = timelineLayout(items, range);
    expect(layout.links).toEqual([
      { fromId: 'listen', toId: 'pilot', x1: 1, y1: 0.5, x2: 1, y2: 1.5, conflict: false },
      { fromId: 'listen', toId: 'rush', x1: 1, y1: 0.5, x2: expect.closeTo(59 / 90), y2: 1.5, conflict: true },
    ]);
  });

  it('swaps a range given backwards', () => {
    const layout = timelineLayout([], { ...range, fromQuarter: { year: 2026, quarter: 4 }, toQuarter: { year: 2026, quarter: 1 } });
    expect(layout.quarters.map((quarter) => quarter.label)).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
  });
});
