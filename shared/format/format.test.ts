import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDuration, formatNumber, formatPercent } from './format';

describe('formatNumber', () => {
  it.each([
    [1234.5, 'en-GB', '1,234.5'],
    [1234.5, 'de-DE', '1.234,5'],
    [0.333333, 'en-GB', '0.3'],
    [Number.NaN, 'en-GB', '–'],
  ])('writes %s in %s as %s', (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });

  it('falls back to the default locale for a tag Intl rejects', () => {
    expect(formatNumber(1234, 'not a locale!')).toBe('1,234');
  });
});

describe('formatPercent', () => {
  it('writes a fraction as a percentage in the locale’s way', () => {
    expect(formatPercent(0.42, 'en-GB')).toBe('42%');
    expect(formatPercent(0.42, 'de-DE')).toBe('42\u00a0%');
    expect(formatPercent(0.4251, 'en-GB', 1)).toBe('42.5%');
  });
});

describe('formatDate', () => {
  it('reads a calendar date without shifting it by a time zone', () => {
    expect(formatDate('2026-03-02', 'en-GB')).toBe('2 March 2026');
    expect(formatDate('2026-03-02T23:59:00.000Z', 'en-GB', 'short')).toBe('2 Mar 2026');
    expect(formatDate('2026-03-02', 'en-US')).toBe('March 2, 2026');
    expect(formatDate('2026-03-02', 'de-DE')).toBe('2. März 2026');
    expect(formatDate('2026-03-02', 'en-GB', 'month')).toBe('Mar 2026');
  });

  it('leaves what is not a date as it is, and no date empty', () => {
    expect(formatDate('2026-Q3')).toBe('2026-Q3');
    expect(formatDate('2026-02-31')).toBe('2026-02-31');
    expect(formatDate(null)).toBe('');
  });
});

describe('formatDuration', () => {
  it('writes minutes as hours and minutes', () => {
    expect(formatDuration(90, 'en-GB')).toBe('1 h 30 min');
    expect(formatDuration(45, 'en-GB')).toBe('45 min');
    expect(formatDuration(120, 'en-GB')).toBe('2 h');
    expect(formatDuration(61, 'en-GB')).toBe('1 h 1 min');
    expect(formatDuration(0, 'en-GB')).toBe('0 min');
    expect(formatDuration(-30, 'en-GB')).toBe('−30 min');
  });
});

describe('formatDateTime', () => {
  it('writes a moment with its time in the locale’s way', () => {
    expect(formatDateTime('2026-03-02T09:05:00', 'en-GB')).toBe('2 Mar 2026, 09:05');
    expect(formatDateTime('2026-03-02T09:05:00', 'en-US')).toBe('Mar 2, 2026, 09:05 AM');
    expect(formatDateTime('not a time', 'en-GB')).toBe('not a time');
    expect(formatDateTime(null)).toBe('');
  });
});
