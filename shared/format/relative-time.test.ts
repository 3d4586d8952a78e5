import { describe, expect, it } from 'vitest';
import { timeAgo } from './relative-time';

const now = '2026-12-03T10:00:00.000Z';

describe('timeAgo', () => {
  it.each([
    ['2026-12-03T10:00:00.000Z', 'just now'],
    ['2026-12-03T09:59:01.000Z', 'just now'],
    ['2026-12-03T10:00:30.000Z', 'just now'],
    ['2026-12-03T09:59:00.000Z', '1 minute ago'],
    ['2026-12-03T09:58:00.000Z', '2 minutes ago'],
    ['2026-12-03T09:00:01.000Z', '59 minutes ago'],
    ['2026-12-03T09:00:00.000Z', '1 hour ago'],
    ['2026-12-02T11:00:00.000Z', '23 hours ago'],
    ['2026-12-01T09:00:00.000Z', '2 days ago'],
    ['not a time', 'just now'],
  ])('says %s was %s', (then, expected) => {
    expect(timeAgo(then, now)).toBe(expected);
  });
});
