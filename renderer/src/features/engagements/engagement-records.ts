import type { Client, Engagement } from '../../../../shared/domain/client';
import { plural } from '../../components/format';

export interface DatedRecord {
  id: string;
  engagementId: string;
  assessedOn: string;
  createdAt: string;
}

/** Newest first: by assessment date, then by creation (two records on one day). */
export function newestFirst<T extends DatedRecord>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.localeCompare(a.createdAt));
}

/** The engagement a new record most likely belongs to: an active one, else the newest. */
export function defaultEngagement(engagements: readonly Engagement[]): Engagement | undefined {
  const byStart = [...engagements].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''));
  return byStart.find((engagement) => engagement.status === 'active') ?? byStart[0];
}

/** "2 assessments · 1 audit", or "No records yet". */
export function engagementRecordSummary(client: Client, engagementId: string): string {
  const parts: [number, string, string?][] = [
    [client.assessments.filter((item) => item.engagementId === engagementId).length, 'assessment'],
    [client.tenStagePlacements.filter((item) => item.engagementId === engagementId).length, 'ten-stage placement'],
    [client.audits.filter((item) => item.engagementId === engagementId).length, 'audit'],
    [client.stageOneDiagnoses.filter((item) => item.engagementId === engagementId).length, 'stage-1 diagnosis', 'stage-1 diagnoses'],
  ];
  const present = parts.filter(([count]) => count > 0).map(([count, one, many]) => plural(count, one, many));
  return present.length === 0 ? 'No records yet' : present.join(' · ');
}

/** Today as a calendar date in the consultant's time zone. */
export function todayDate(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}
