import { quarterFromOrdinal, quarterLabel, quarterOfDate, quarterOfDay, quarterOrdinal, type Quarter } from '../../../../../shared/roadmap/calendar';
import { initiativeSpan, type Initiative } from '../../../../../shared/roadmap/initiative-schema';

/** The longest range the timeline opens with; the range control reaches further. */
export const DEFAULT_MAX_QUARTERS = 10;

export interface QuarterRange {
  from: number;
  to: number;
}

/**
 * The quarters the timeline opens on: from the earlier of last quarter and the first
 * scheduled start, through the later of the last scheduled end and a year ahead, capped
 * at DEFAULT_MAX_QUARTERS. Ordinals (year × 4 + quarter − 1) keep the arithmetic plain.
 */
export function defaultQuarterRange(initiatives: readonly Pick<Initiative, 'start' | 'end'>[], today: string): QuarterRange {
  const now = quarterOrdinal(quarterOfDate(today));
  const extent = scheduledExtent(initiatives);
  const from = Math.min(now - 1, extent?.from ?? now - 1);
  const to = Math.max(now + 3, extent?.to ?? now + 3);
  return { from, to: Math.min(to, from + DEFAULT_MAX_QUARTERS - 1) };
}

/** First and last quarter any initiative touches, or null when none is scheduled. */
export function scheduledExtent(initiatives: readonly Pick<Initiative, 'start' | 'end'>[]): QuarterRange | null {
  let first = Infinity;
  let last = -Infinity;
  for (const item of initiatives) {
    const span = initiativeSpan(item);
    if (!span) continue;
    first = Math.min(first, span.firstDay);
    last = Math.max(last, span.lastDay);
  }
  if (first === Infinity) return null;
  return { from: quarterOrdinal(quarterOfDay(first)), to: quarterOrdinal(quarterOfDay(last)) };
}

/** Quarters offered by the range control: the roadmap's extent and today, with room either side. */
export function quarterChoices(initiatives: readonly Pick<Initiative, 'start' | 'end'>[], today: string): { ordinal: number; label: string; quarter: Quarter }[] {
  const now = quarterOrdinal(quarterOfDate(today));
  const extent = scheduledExtent(initiatives);
  const first = Math.min(now, extent?.from ?? now) - 4;
  const last = Math.max(now, extent?.to ?? now) + 8;
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const quarter = quarterFromOrdinal(first + index);
    return { ordinal: first + index, label: quarterLabel(quarter), quarter };
  });
}
