/** Nearest-rank percentile (p in 0..100) of a list of durations; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export const formatMs = (ms: number): string => `${ms.toFixed(2)} ms`;

/** One frame at 60 Hz: screen work that takes longer makes the UI stutter. */
export const FRAME_BUDGET_MS = 16;

/** Run `work` `count` times and return each run's duration in ms, in run order. */
export function timeEach(count: number, work: (index: number) => void): number[] {
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    work(index);
    times.push(performance.now() - start);
  }
  return times;
}
