import { describe, expect, it } from 'vitest';
import { datePlaceholder, formatDateInput, parseDateInput } from './date-input';

describe('date fields in the consultant’s locale', () => {
  it.each([
    ['en-GB', '15/03/2026', 'DD/MM/YYYY'],
    ['en-FR', '15/03/2026', 'DD/MM/YYYY'],
    ['en-US', '03/15/2026', 'MM/DD/YYYY'],
    ['en-CH', '15.03.2026', 'DD.MM.YYYY'],
  ])('writes 2026-03-15 in %s as %s (hint %s)', (locale, shown, hint) => {
    expect(formatDateInput('2026-03-15', locale)).toBe(shown);
    expect(datePlaceholder(locale)).toBe(hint);
    expect(parseDateInput(shown, locale)).toBe('2026-03-15');
  });

  it('reads typed dates in the locale’s order with any separator, and ISO dates', () => {
    expect(parseDateInput('5/3/2026', 'en-GB')).toBe('2026-03-05');
    expect(parseDateInput('3/5/2026', 'en-US')).toBe('2026-03-05');
    expect(parseDateInput('05.03.2026', 'en-DE')).toBe('2026-03-05');
    expect(parseDateInput('2026-03-05', 'en-US')).toBe('2026-03-05');
  });

  it('refuses what is not a whole, real date', () => {
    expect(parseDateInput('31/02/2026', 'en-GB')).toBeNull();
    expect(parseDateInput('15/03/26', 'en-GB')).toBeNull();
    expect(parseDateInput('15/03', 'en-GB')).toBeNull();
    expect(parseDateInput('', 'en-GB')).toBeNull();
    expect(parseDateInput('03/15/2026', 'en-GB')).toBeNull();
  });

  it('leaves no date empty', () => {
    expect(formatDateInput(null, 'en-GB')).toBe('');
  });
});
