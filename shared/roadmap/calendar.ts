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

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil):
 * plain integer arithmetic, so layouts over thousands of items allocate no Date objects.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date of a day number (inverse of daysFromCivil). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD). */
export const dayNumber = (date: string): number => daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));

/** The ISO date of a day number (inverse of dayNumber). */
export function dateOfDay(day: number): string {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(dayOfMonth)}`;
}

/** Quarters counted from year 0, so consecutive quarters differ by one. */
export const quarterOrdinal = (q: Quarter): number => q.year * 4 + (q.quarter - 1);
export const quarterFromOrdinal = (ordinal: number): Quarter => ({ year: Math.floor(ordinal / 4), quarter: (ordinal - Math.floor(ordinal / 4) * 4 + 1) as 1 | 2 | 3 | 4 });

export const quarterLabel = (q: Quarter): string => `Q${q.quarter} ${q.year}`;

/** The day number of the first day of a quarter. */
export const quarterFirstDay = (q: Quarter): number => daysFromCivil(q.year, (q.quarter - 1) * 3 + 1, 1);
/** The day number of the last day of a quarter. */
export const quarterLastDay = (q: Quarter): number => quarterFirstDay(quarterFromOrdinal(quarterOrdinal(q) + 1)) - 1;

export const quarterOfDate = (date: string): Quarter => ({ year: Number(date.slice(0, 4)), quarter: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 });

/** The quarter a day number falls in. */
export const quarterOfDay = (day: number): Quarter => {
  const { year, month } = civilFromDays(day);
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
