import { z } from 'zod';
import { DateOnlySchema } from '../domain/common';

/**
 * Calendar arithmetic on plain ISO dates (YYYY-MM-DD) and calendar quarters, so roadmap
 * timing and KPI pacing need no clock and no time zone: every date is a UTC day.
 */

export const QuarterSchema = z.object({
  year: z.int().min(1900).max(2200),
  quarter: z.int().min(1).max(4),
});
export type Quarter = z.infer<typeof QuarterSchema>;

/** When an initiative starts or ends: a calendar quarter, an exact date, or not yet set. */
export const TimingSchema = z
  .discriminatedUnion('kind', [QuarterSchema.extend({ kind: z.literal('quarter') }), z.object({ kind: z.literal('date'), date: DateOnlySchema })])
  .nullable();
export type Timing = z.infer<typeof TimingSchema>;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date; Date.UTC is pure arithmetic, not a clock read. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The ISO date of a day number (inverse of dayNumber). */
export function dateOfDay(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Quarters counted from year 0, so consecutive quarters differ by one. */
export const quarterOrdinal = (q: Quarter): number => q.year * 4 + (q.quarter - 1);
export const quarterFromOrdinal = (ordinal: number): Quarter => ({ year: Math.floor(ordinal / 4), quarter: (ordinal - Math.floor(ordinal / 4) * 4 + 1) as 1 | 2 | 3 | 4 });

export const quarterLabel = (q: Quarter): string => `Q${q.quarter} ${q.year}`;

/** The day number of the first day of a quarter. */
export const quarterFirstDay = (q: Quarter): number => Math.round(Date.UTC(q.year, (q.quarter - 1) * 3, 1) / MS_PER_DAY);
/** The day number of the last day of a quarter. */
export const quarterLastDay = (q: Quarter): number => quarterFirstDay(quarterFromOrdinal(quarterOrdinal(q) + 1)) - 1;

export const quarterOfDate = (date: string): Quarter => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
};

/** First day covered by a timing: a quarter's first day, or the date itself. */
export const timingFirstDay = (timing: NonNullable<Timing>): number => (timing.kind === 'quarter' ? quarterFirstDay(timing) : dayNumber(timing.date));
/** Last day covered by a timing: a quarter's last day, or the date itself. */
export const timingLastDay = (timing: NonNullable<Timing>): number => (timing.kind === 'quarter' ? quarterLastDay(timing) : dayNumber(timing.date));

export const timingLabel = (timing: Timing): string => (timing === null ? 'unscheduled' : timing.kind === 'quarter' ? quarterLabel(timing) : timing.date);

/**
 * The days an item occupies: from the first day of its start to the last day of its end.
 * With only a start it occupies its start (a whole quarter, or one day); with only an end
 * it occupies its end; with neither it is unscheduled (null).
 */
export function scheduledSpan(start: Timing, end: Timing): { firstDay: number; lastDay: number } | null {
  if (start === null && end === null) return null;
  const from = start ?? end!;
  const to = end ?? start!;
  return { firstDay: timingFirstDay(from), lastDay: timingLastDay(to) };
}
