import { describe, expect, it } from 'vitest';
import { percentile } from './stats';

describe('percentile', () => {
  it.each([
    { values: [5], p: 50, expected: 5 },
    { values: [1, 2, 3, 4], p: 50, expected: 2 },
    { values: [4, 3, 2, 1], p: 100, expected: 4 },
    { values: Array.from({ length: 100 }, (_, i) => i + 1), p: 95, expected: 95 },
    { values: Array.from({ length: 20 }, (_, i) => 20 - i), p: 95, expected: 19 },
  ])('gives the nearest-rank p$p', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});
