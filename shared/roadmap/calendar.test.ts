import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, quarterFirstDay, quarterFromOrdinal, quarterLastDay, quarterOfDate, quarterOrdinal, scheduledSpan, type Timing } from './calendar';

describe('quarters', () => {
  it.each([
    [2026, 1, '2026-01-01', '2026-03-31'],
    [2026, 2, '2026-04-01', '2026-06-30'],
    [2026, 3, '2026-07-01', '2026-09-30'],
    [2026, 4, '2026-10-01', '2026-12-31'],
    [2028, 1, '2028-01-01', '2028-03-31'],
  ])('Q%i %i runs from %s to %s', (year, quarter, first, last) => {
    expect(dateOfDay(quarterFirstDay({ year, quarter }))).toBe(first);
    expect(dateOfDay(quarterLastDay({ year, quarter }))).toBe(last);
  });

  it.each([
    ['2026-01-01', 2026, 1],
    ['2026-03-31', 2026, 1],
    ['2026-04-01', 2026, 2],
    ['2026-12-31', 2026, 4],
  ])('%s is in Q%i of %i', (date, year, quarter) => {
    expect(quarterOfDate(date)).toEqual({ year, quarter });
  });

  it('round-trips quarter ordinals', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
      expect(quarterFromOrdinal(quarterOrdinal({ year, quarter }))).toEqual({ year, quarter });
    }));
  });

  it('agrees with the platform calendar (Date.UTC) on every day from 1900 to 2200', () => {
    fc.assert(fc.property(fc.integer({ min: -25_567, max: 84_000 }), (day) => {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(dateOfDay(day)).toBe(iso);
      expect(dayNumber(iso)).toBe(day);
    }), { numRuns: 2_000 });
  });

  it.each([
    ['1970-01-01', 0],
    ['2000-02-29', 11_016],
    ['2026-01-01', 20_454],
    ['1900-03-01', -25_508],
  ])('%s is day %i', (date, day) => {
    expect(dayNumber(date)).toBe(day);
  });

  it('round-trips day numbers', () => {
    fc.assert(fc.property(fc.integer({ min: -25_000, max: 80_000 }), (day) => {
      expect(dayNumber(dateOfDay(day))).toBe(day);
    }));
  });
});

describe('scheduledSpan', () => {
  const q = (year: number, quarter: number): Timing => ({ kind: 'quarter', year, quarter });
  const d = (date: string): Timing => ({ kind: 'date', date });
  it.each<[string, Timing, Timing, [string, string] | null]>([
    ['unscheduled', null, null, null],
    ['a start quarter alone covers the quarter', q(2026, 2), null, ['2026-04-01', '2026-06-30']],
    ['a start date alone is one day', d('2026-05-04'), null, ['2026-05-04', '2026-05-04']],
    ['an end alone covers the end', null, q(2026, 3), ['2026-07-01', '2026-09-30']],
    ['quarter to date', q(2026, 1), d('2026-08-20'), ['2026-01-01', '2026-08-20']],
    ['date to quarter', d('2026-02-10'), q(2026, 4), ['2026-02-10', '2026-12-31']],
  ])('%s', (_label, start, end, expected) => {
    const span = scheduledSpan(start, end);
    expect(span && [dateOfDay(span.firstDay), dateOfDay(span.lastDay)]).toEqual(expected);
  });
});
