import type { ReportContext } from '../report-context';

/**
 * The most recent record (by assessedOn, then last edit) that belongs to the report's
 * engagement, or to any engagement when the report covers them all. For instruments the
 * deliverable scope does not carry itself (audits, stage-1 diagnoses).
 */
export function latestInScope<T extends { engagementId: string; assessedOn: string; updatedAt: string }>(ctx: Pick<ReportContext, 'input'>, records: readonly T[]): T | null {
  const engagementId = ctx.input.engagementId;
  const inScope = records.filter((record) => engagementId === null || record.engagementId === engagementId);
  inScope.sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.updatedAt.localeCompare(b.updatedAt));
  return inScope[inScope.length - 1] ?? null;
}
