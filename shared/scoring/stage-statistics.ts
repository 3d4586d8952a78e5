/** Small order statistics shared by the scoring rules; inputs are never mutated. */

const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/**
 * The median, taking the lower of the two middle values when the count is even, so the
 * result is always a stage someone actually chose and never rounds maturity up.
 * Null for no values.
 */
export function lowerMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return ascending(values)[Math.floor((values.length - 1) / 2)]!;
}

/** The textbook median: the midpoint of the two middle values when the count is even. */
export function midpointMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = ascending(values);
  const upper = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[upper]! : (sorted[upper - 1]! + sorted[upper]!) / 2;
}

/** True for a whole stage number inside 1…stageCount. */
export const isStageWithin = (value: number | null | undefined, stageCount: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= stageCount;
