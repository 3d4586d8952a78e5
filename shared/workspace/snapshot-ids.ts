/**
 * Snapshot ids carry the moment they were taken (UTC, fixed width), so they sort by time
 * as plain strings and a listing needs no file reads to know their age.
 * Shape: 20260115T093000123Z-k3f9 (safe as an IdSchema id and as a file name).
 */

const SNAPSHOT_ID = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-[a-z0-9]{4,12}$/;

/** A compact UTC stamp, also used to name quarantined and purged files. */
export function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** Build a snapshot id from the moment and a short random suffix (lowercase base-36). */
export function makeSnapshotId(takenAt: Date, suffix: string): string {
  return `${compactTimestamp(takenAt)}-${suffix}`;
}

/** The moment encoded in a snapshot id, or null for a name that is not one. */
export function snapshotTakenAt(id: string): Date | null {
  const match = SNAPSHOT_ID.exec(id);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, millis] = match;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Reads a compact stamp back (the prefix of quarantined and purged file names). */
export function parseCompactTimestamp(stamp: string): Date | null {
  return snapshotTakenAt(`${stamp}-0000`);
}
