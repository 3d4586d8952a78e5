/**
 * Words around a count. Numbers, percentages, dates and durations are written by the shared
 * formatting module in the consultant's locale: see useFormat.
 */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
