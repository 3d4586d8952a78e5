import { dayNumber } from '../roadmap/calendar';
import { formatDate, formatPercent } from '../format/format';
import { formatKpiValue, type Kpi, type Measurement } from './kpi-schema';

export type KpiStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-data';

export const KPI_STATUS_LABELS: Record<KpiStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'no-data': 'No data',
};

/** Points of progress a KPI may lag the straight line and still be on track, or at risk. */
export const ON_TRACK_TOLERANCE = 10;
export const AT_RISK_TOLERANCE = 25;

export const KPI_STATUS_RULE =
  'The latest measurement decides. Without measurements or without a target value there is no status. ' +
  'A KPI that has reached its target (at or above it when higher is better, at or below it when lower is better) is on track. ' +
  'Otherwise, when the baseline value and date and the target date are known and the target lies beyond the baseline in the good direction, progress is the share of the way from baseline to target covered so far, ' +
  'and the progress expected by the date of the latest measurement grows in a straight line from 0% on the baseline date to 100% on the target date (100% from the target date on, even when both dates are the same day): ' +
  `on track when progress is at least the expected progress minus ${ON_TRACK_TOLERANCE} points, at risk down to ${AT_RISK_TOLERANCE} points behind, off track beyond that. ` +
  'Without such a baseline only the target is compared: short of it the KPI is at risk before its target date (or when it has none) and off track from the target date on.';

export interface KpiStatusResult {
  status: KpiStatus;
  /** One or two sentences for the consultant, with the figures. */
  reason: string;
  basis: 'paced' | 'target-only' | 'none';
  latest: Measurement | null;
  /** Percent of the way from baseline to target (paced basis only). */
  actualProgress: number | null;
  expectedProgress: number | null;
}

type StatusInput = Pick<Kpi, 'direction' | 'baseline' | 'target' | 'measurements' | 'unit'>;

/** The measurement with the latest date; among equal dates, the one entered last. */
export function latestMeasurement(measurements: readonly Measurement[]): Measurement | null {
  let latest: Measurement | null = null;
  for (const measurement of measurements) if (latest === null || measurement.date >= latest.date) latest = measurement;
  return latest;
}


/** The status of a KPI by KPI_STATUS_RULE, with the reason in words (figures and dates in `locale`'s way when given). */
export function kpiStatus(kpi: StatusInput, locale?: string): KpiStatusResult {
  const pct = (value: number) => (locale === undefined ? `${Math.round(value)}%` : formatPercent(value / 100, locale));
  const day = (date: string) => (locale === undefined ? date : formatDate(date, locale, 'short'));
  const latest = latestMeasurement(kpi.measurements);
  const none = { actualProgress: null, expectedProgress: null };
  if (latest === null) return { status: 'no-data', basis: 'none', latest, ...none, reason: 'No measurements recorded yet.' };
  const target = kpi.target.value;
  if (target === null) return { status: 'no-data', basis: 'none', latest, ...none, reason: 'No target value is set, so there is nothing to compare the measurements against.' };

  const show = (value: number) => formatKpiValue(value, kpi.unit, locale);
  const higher = kpi.direction === 'higher-is-better';
  const reached = higher ? latest.value >= target : latest.value <= target;
  const latestText = `The latest value, ${show(latest.value)} on ${day(latest.date)},`;
  if (reached) return { status: 'on-track', basis: 'target-only', latest, ...none, reason: `${latestText} has reached the target of ${show(target)}.` };

  const baseline = kpi.baseline.value;
  const paceable = baseline !== null && kpi.baseline.date !== null && kpi.target.date !== null && (higher ? target > baseline : target < baseline);
  if (!paceable) {
    const due = kpi.target.date;
    const overdue = due !== null && latest.date >= due;
    const why = baseline === null ? 'There is no baseline' : kpi.baseline.date === null || due === null ? 'The baseline or target date is missing' : 'The target does not lie beyond the baseline';
    const when = due === null ? 'no target date is set' : overdue ? `the target date, ${day(due)}, has come` : `the target date, ${day(due)}, is still ahead`;
    return {
      status: overdue ? 'off-track' : 'at-risk',
      basis: 'target-only',
      latest,
      ...none,
      reason: `${why}, so only the target is compared. ${latestText} is short of the target of ${show(target)}, and ${when}.`,
    };
  }

  const actualProgress = ((latest.value - baseline) / (target - baseline)) * 100;
  const from = dayNumber(kpi.baseline.date!);
  const to = dayNumber(kpi.target.date!);
  const at = dayNumber(latest.date);
  const expectedProgress = at >= to ? 100 : to <= from || at <= from ? 0 : ((at - from) / (to - from)) * 100;
  const status: KpiStatus = actualProgress >= expectedProgress - ON_TRACK_TOLERANCE ? 'on-track' : actualProgress >= expectedProgress - AT_RISK_TOLERANCE ? 'at-risk' : 'off-track';
  return {
    status,
    basis: 'paced',
    latest,
    actualProgress,
    expectedProgress,
    reason: `${latestText} covers ${pct(actualProgress)} of the way from the baseline of ${show(baseline)} to the target of ${show(target)}; ${pct(expectedProgress)} was expected by then on the way to ${day(kpi.target.date!)}.`,
  };
}
