import { describe, expect, it } from 'vitest';
import { isStageWithin, lowerMedian, midpointMedian } from './stage-statistics';

describe('lowerMedian and midpointMedian', () => {
  it.each<[number[], number | null, number | null]>([
    [[], null, null],
    [[3], 3, 3],
    [[1, 2], 1, 1.5],
    [[4, 1, 3], 3, 3],
    [[1, 1, 4, 4], 1, 2.5],
    [[2, 3, 3, 2], 2, 2.5],
    [[5, 5, 5, 5], 5, 5],
    [[1, 2, 3, 4, 5, 6], 3, 3.5],
  ])('%j → lower %s, midpoint %s', (values, lower, midpoint) => {
    expect(lowerMedian(values)).toBe(lower);
    expect(midpointMedian(values)).toBe(midpoint);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    lowerMedian(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('isStageWithin', () => {
  it.each<[number | null, number, boolean]>([
    [1, 4, true],
    [4, 4, true],
    [5, 4, false],
    [0, 4, false],
    [2.5, 4, false],
    [null, 4, false],
    [Number.NaN, 4, false],
  ])('%s within %i stages → %s', (value, count, expected) => {
    expect(isStageWithin(value, count)).toBe(expected);
  });
});
