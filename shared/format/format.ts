/**
 * One way to write numbers, percentages, dates and durations in every deliverable, through
 * the platform's Intl and the locale given. Pure: no clock, and dates are read as calendar
 * dates (never shifted by the machine's time zone).
 */

/** The locale deliverables use unless the caller names another. */
export const DEFAULT_LOCALE = 'en-GB';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key);
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format as T;
}

/** A locale Intl accepts, or the default when it does not know the one given. */
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** 1234.5 → "1,234.5" (en-GB), "1.234,5" (de-DE). At most `maximumFractionDigits` decimals (default 1). */
export function formatNumber(value: number, locale: string = DEFAULT_LOCALE, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return '–';
  const tag = safeLocale(locale);
  return cached(`n|${tag}|${maximumFractionDigits}`, () => new Intl.NumberFormat(tag, { maximumFractionDigits })).format(value);
}

/** A fraction as a percentage: 0.42 → "42%" (en-GB), "42 %" (de-DE). */
export function formatPercent(fraction: number, locale: string = DEFAULT_LOCALE, maximumFractionDigits = 0): string {
  if (!Number.isFinite(fraction)) return '–';
  const tag = safeLocale(locale);
  return cached(`p|${tag}|${maximumFractionDigits}`, () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits })).format(fraction);
}

export type DateStyle = 'long' | 'short' | 'month';
const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
};

/**
 * "2026-03-02" or an ISO timestamp → "2 March 2026" (long), "2 Mar 2026" (short) or
 * "Mar 2026" (month), in the locale's own order. Empty for no date; anything that is not
 * an ISO date is returned as it is.
 */
export function formatDate(iso: string | null | undefined, locale: string = DEFAULT_LOCALE, style: DateStyle = 'long'): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(match[2]) - 1) return iso;
  const tag = safeLocale(locale);
  return cached(`d|${tag}|${style}`, () => new Intl.DateTimeFormat(tag, { ...DATE_OPTIONS[style], timeZone: 'UTC' })).format(date);
}

/** Minutes as hours and minutes: 90 → "1 h 30 min", 45 → "45 min", 120 → "2 h"; the numbers in the locale's digits. */
export function formatDuration(minutes: number, locale: string = DEFAULT_LOCALE): string {
  if (!Number.isFinite(minutes)) return '–';
  const whole = Math.round(Math.abs(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const parts = [...(hours > 0 ? [`${formatNumber(hours, locale, 0)} h`] : []), ...(rest > 0 || hours === 0 ? [`${rest} min`] : [])];
  return `${minutes < 0 ? '−' : ''}${parts.join(' ')}`;
}

/**
 * A moment (an ISO timestamp) in the machine's time zone: "3 Dec 2026, 09:41" (en-GB),
 * "Dec 3, 2026, 9:41 AM" (en-US). Empty for none; what cannot be read is returned as it is.
 */
export function formatDateTime(iso: string | null | undefined, locale: string = DEFAULT_LOCALE): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = safeLocale(locale);
  return cached(`t|${tag}`, () => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })).format(date);
}
