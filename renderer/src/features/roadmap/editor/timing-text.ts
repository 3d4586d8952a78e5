import { DateOnlySchema } from '../../../../../shared/domain/common';
import type { Timing } from '../../../../../shared/roadmap/calendar';

/** How a timing is written in the editor: "2027 Q2" or "2027-05-31"; empty when unset. */
export const timingText = (timing: Timing): string => (timing === null ? '' : timing.kind === 'quarter' ? `${timing.year} Q${timing.quarter}` : timing.date);

/**
 * Reads what the consultant typed: a quarter ("2027 Q2", "Q2 2027", "2027-Q2") or an ISO
 * date. Empty text clears the timing; anything else is undefined (not understood).
 */
export function parseTiming(text: string): Timing | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const yearFirst = /^(\d{4})\s*[-/ ]?\s*Q([1-4])$/i.exec(trimmed);
  const quarterFirst = /^Q([1-4])\s*[-/ ]?\s*(\d{4})$/i.exec(trimmed);
  if (yearFirst) return { kind: 'quarter', year: Number(yearFirst[1]), quarter: Number(yearFirst[2]) };
  if (quarterFirst) return { kind: 'quarter', year: Number(quarterFirst[2]), quarter: Number(quarterFirst[1]) };
  return DateOnlySchema.safeParse(trimmed).success ? { kind: 'date', date: trimmed } : undefined;
}
