import { describe, expect, it } from 'vitest';
import { IdSchema } from '../domain/common';
import { makeSnapshotId, parseCompactTimestamp, snapshotTakenAt } from './snapshot-ids';

describe('snapshot ids', () => {
  const takenAt = new Date('2026-01-15T09:30:00.123Z');

  it('round-trips the moment a snapshot was taken', () => {
    expect(snapshotTakenAt(makeSnapshotId(takenAt, 'k3f9'))).toEqual(takenAt);
  });

  it('is a valid entity id and sorts by time as a string', () => {
    const earlier = makeSnapshotId(new Date('2025-12-31T23:59:59.999Z'), 'zzzz');
    const later = makeSnapshotId(takenAt, 'aaaa');
    expect(IdSchema.safeParse(later).success).toBe(true);
    expect([later, earlier].sort()).toEqual([earlier, later]);
  });

  it.each(['', 'notes', '20261315T093000123Z-abcd', '20260115T093000123Z', '../20260115T093000123Z-abcd'])('rejects %j', (name) => {
    expect(snapshotTakenAt(name)).toBeNull();
  });

  it('reads back the compact stamps used in quarantine and purge names', () => {
    expect(parseCompactTimestamp('20260115T093000123Z')).toEqual(takenAt);
  });
});
