import { describe, expect, it } from 'vitest';
import { SNAPSHOT_POLICY, decideSnapshotRetention, type DatedSnapshot } from './snapshot-retention';

const now = new Date('2026-05-20T12:00:00.000Z');
const hoursAgo = (hours: number): Date => new Date(now.getTime() - hours * 3_600_000);
const snapshots = (hours: number[]): DatedSnapshot[] => hours.map((h) => ({ id: `h${h}`, takenAt: hoursAgo(h) }));

describe('decideSnapshotRetention', () => {
  const cases: Array<{ name: string; hours: number[]; keep: string[]; offset?: number }> = [
    { name: 'keeps everything when there are few', hours: [0, 1, 2], keep: ['h0', 'h1', 'h2'] },
    { name: 'keeps nothing when there is nothing', hours: [], keep: [] },
    {
      name: 'keeps the newest ten of a busy day and drops the older ones of that day',
      hours: [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75],
      keep: ['h0', 'h0.25', 'h0.5', 'h0.75', 'h1', 'h1.25', 'h1.5', 'h1.75', 'h2', 'h2.25'],
    },
    {
      name: 'keeps the newest of each of the past seven days beyond the newest ten',
      hours: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 24, 30, 48, 72, 96, 120, 144, 168, 200],
      keep: ['h0', 'h0.1', 'h0.2', 'h0.3', 'h0.4', 'h0.5', 'h0.6', 'h0.7', 'h0.8', 'h0.9', 'h24', 'h48', 'h72', 'h96', 'h120', 'h144'],
    },
    {
      name: 'drops snapshots older than seven days once ten newer ones exist',
      hours: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 24 * 8, 24 * 30],
      keep: ['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9'],
    },
    {
      name: 'keeps old snapshots while they are among the newest ten',
      hours: [0, 24 * 8, 24 * 30],
      keep: ['h0', 'h192', 'h720'],
    },
    {
      name: 'reads calendar days in the consultant time zone',
      // 12:00Z is 23:00 in UTC+11: 22.5 h ago is still today there, 23.5 h ago is yesterday.
      hours: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 22.5, 23.5, 24],
      offset: 11 * 60,
      keep: ['h0', 'h0.1', 'h0.2', 'h0.3', 'h0.4', 'h0.5', 'h0.6', 'h0.7', 'h0.8', 'h0.9', 'h23.5'],
    },
    {
      name: 'reads the same hours as one UTC day when the offset is zero',
      hours: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 22.5, 23.5, 24],
      keep: ['h0', 'h0.1', 'h0.2', 'h0.3', 'h0.4', 'h0.5', 'h0.6', 'h0.7', 'h0.8', 'h0.9', 'h22.5'],
    },
  ];

  it.each(cases)('$name', ({ hours, keep, offset }) => {
    const input = snapshots(hours);
    const decision = decideSnapshotRetention(input, now, offset ?? 0);
    expect(decision.keep).toEqual(keep);
    expect([...decision.keep, ...decision.remove].sort()).toEqual(input.map((s) => s.id).sort());
  });

  it('states the policy in words for the snapshots screen', () => {
    expect(SNAPSHOT_POLICY).toMatch(/10 newest.*7 days/);
  });
});
