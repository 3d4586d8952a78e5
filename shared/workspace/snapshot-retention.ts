/**
 * Which snapshots of one client to keep. Pure: the caller passes the clock and the
 * offset of the consultant's time zone, so "a calendar day" means their day.
 */

export const SNAPSHOT_KEEP_NEWEST = 10;
export const SNAPSHOT_KEEP_DAYS = 7;
/** At most one snapshot per client per this interval while it is being edited. */
export const SNAPSHOT_INTERVAL_MS = 15 * 60 * 1000;

/** The policy in words, shown on the snapshots screen. */
export const SNAPSHOT_POLICY =
  `While a client is being edited, Cairn takes a snapshot at most every 15 minutes and keeps the ${SNAPSHOT_KEEP_NEWEST} newest, ` +
  `plus the last snapshot of each of the past ${SNAPSHOT_KEEP_DAYS} days.`;

export interface DatedSnapshot {
  id: string;
  takenAt: Date;
}

export interface RetentionDecision {
  keep: string[];
  remove: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keep the newest {@link SNAPSHOT_KEEP_NEWEST} plus the newest snapshot of each calendar
 * day among today and the {@link SNAPSHOT_KEEP_DAYS}-1 days before it; remove the rest.
 * Snapshots dated in the future (clock changes) count as today.
 */
export function decideSnapshotRetention(snapshots: readonly DatedSnapshot[], now: Date, utcOffsetMinutes = 0): RetentionDecision {
  const newestFirst = [...snapshots].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.id < b.id ? 1 : -1));
  const dayOf = (date: Date): number => Math.floor((date.getTime() + utcOffsetMinutes * 60_000) / DAY_MS);
  const today = dayOf(now);
  const keep = new Set(newestFirst.slice(0, SNAPSHOT_KEEP_NEWEST).map((snapshot) => snapshot.id));
  const daysSeen = new Set<number>();
  for (const snapshot of newestFirst) {
    const day = Math.min(dayOf(snapshot.takenAt), today);
    if (today - day >= SNAPSHOT_KEEP_DAYS || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(snapshot.id);
  }
  return {
    keep: newestFirst.filter((snapshot) => keep.has(snapshot.id)).map((snapshot) => snapshot.id),
    remove: newestFirst.filter((snapshot) => !keep.has(snapshot.id)).map((snapshot) => snapshot.id),
  };
}
