import { describe, expect, it } from 'vitest';
import { DEFAULT_DELIVERABLE_LOCALE, DELIVERABLE_LOCALES } from './deliverable-locales';
import { formatDate, formatNumber, formatPercent } from './format';

describe('deliverable locales', () => {
  it('keep English month names while numbers follow the country', () => {
    expect(formatNumber(1234.5, 'en-DE')).toBe('1.234,5');
    expect(formatPercent(0.42, 'en-DE')).toBe('42\u00a0%');
    expect(formatDate('2026-03-15', 'en-DE')).toBe('15 March 2026');
    expect(formatDate('2026-03-15', 'en-US')).toBe('March 15, 2026');
    expect(formatNumber(1234.5, 'en-GB')).toBe('1,234.5');
  });

  it('are all known to Intl, distinct, and include the default', () => {
    const tags = DELIVERABLE_LOCALES.map((locale) => locale.tag);
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags).toContain(DEFAULT_DELIVERABLE_LOCALE);
    for (const tag of tags) {
      expect(Intl.NumberFormat.supportedLocalesOf([tag])).toEqual([tag]);
      expect(formatDate('2026-03-15', tag)).toMatch(/March/);
    }
  });
});
