import { quarterFirstDay, quarterOfDate, quarterOrdinal, quarterFromOrdinal, timingFirstDay } from '../../roadmap/calendar';
import type { Initiative } from '../../roadmap/initiative-schema';
import { PHASE_IDS } from '../../roadmap/roadmap-reference';

export const TOP_INITIATIVES_RULE =
  'Initiatives not done or dropped, near-term first (in progress, or starting before the end of next quarter), then by impact (highest first), phase (earliest first), effort (lowest first) and start date.';

/** Near-term: already in progress, or scheduled to start before the end of the quarter after today's. */
export function isNearTerm(initiative: Pick<Initiative, 'status' | 'start'>, today: string): boolean {
  if (initiative.status === 'in-progress') return true;
  if (initiative.start === null) return false;
  const horizon = quarterFirstDay(quarterFromOrdinal(quarterOrdinal(quarterOfDate(today)) + 2));
  return timingFirstDay(initiative.start) < horizon;
}

const startDay = (initiative: Initiative): number => (initiative.start ? timingFirstDay(initiative.start) : Number.MAX_SAFE_INTEGER);

/** Open initiatives ranked by TOP_INITIATIVES_RULE (a new array; the input is untouched). */
export function rankInitiatives(initiatives: readonly Initiative[], today: string): Initiative[] {
  const open = initiatives.filter((initiative) => initiative.status !== 'done' && initiative.status !== 'dropped');
  const near = new Map(open.map((initiative) => [initiative.id, isNearTerm(initiative, today)]));
  return open.sort(
    (a, b) =>
      Number(near.get(b.id)) - Number(near.get(a.id)) ||
      b.impact - a.impact ||
      PHASE_IDS.indexOf(a.phase) - PHASE_IDS.indexOf(b.phase) ||
      a.effort - b.effort ||
      startDay(a) - startDay(b) ||
      a.order - b.order ||
      a.title.localeCompare(b.title),
  );
}
