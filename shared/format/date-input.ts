/**
 * Calendar dates as a consultant types and reads them in a field: "15/03/2026" in en-GB or
 * en-FR, "03/15/2026" in en-US, "15.03.2026" in en-CH, always with a four-digit year. Pure:
 * a date is "YYYY-MM-DD" and never passes through a time zone.
 */
import { DEFAULT_LOCALE } from './format';

type Part = 'day' | 'month' | 'year';

interface DatePattern {
  order: [Part, Part, Part];
  separator: string;
}

const patterns = new Map<string, DatePattern>();

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The order of day, month and year in the locale's numeric dates, and what separates them. */
export function datePattern(locale: string = DEFAULT_LOCALE): DatePattern {
  const tag = safeLocale(locale);
  const known = patterns.get(tag);
  if (known) return known;
  const parts = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2026, 2, 15)));
  const order = parts.filter((part): part is Intl.DateTimeFormatPart & { type: Part } => part.type === 'day' || part.type === 'month' || part.type === 'year').map((part) => part.type);
  const separator = parts.find((part) => part.type === 'literal')?.value ?? '/';
  const pattern: DatePattern = order.length === 3 ? { order: order as [Part, Part, Part], separator } : { order: ['day', 'month', 'year'], separator: '/' };
  patterns.set(tag, pattern);
  return pattern;
}

/** "DD/MM/YYYY" (en-GB), "MM/DD/YYYY" (en-US): the hint shown in an empty date field. */
export function datePlaceholder(locale: string = DEFAULT_LOCALE): string {
  const { order, separator } = datePattern(locale);
  const letters: Record<Part, string> = { day: 'DD', month: 'MM', year: 'YYYY' };
  return order.map((part) => letters[part]).join(separator);
}

/** "2026-03-15" → "15/03/2026" (en-GB); empty for no date; anything else is returned as it is. */
export function formatDateInput(iso: string | null | undefined, locale: string = DEFAULT_LOCALE): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const { order, separator } = datePattern(locale);
  const values: Record<Part, string> = { year: match[1]!, month: match[2]!, day: match[3]! };
  return order.map((part) => values[part]).join(separator);
}

const isoOf = (year: number, month: number, day: number): string | null => {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * A typed date → "YYYY-MM-DD", or null when it is not a whole, real date. Reads the locale's
 * order with any separator ("15/3/2026", "15.03.2026", "15 03 2026"), and an ISO date as well.
 */
export function parseDateInput(text: string, locale: string = DEFAULT_LOCALE): string | null {
  const groups = text.trim().split(/[^0-9]+/).filter((group) => group !== '');
  if (groups.length !== 3 || groups.some((group) => group.length > 4)) return null;
  if (groups[0]!.length === 4) return isoOf(Number(groups[0]), Number(groups[1]), Number(groups[2]));
  const { order } = datePattern(locale);
  const values = {} as Record<Part, string>;
  order.forEach((part, index) => (values[part] = groups[index]!));
  if (values.year.length !== 4 || values.day.length > 2 || values.month.length > 2) return null;
  return isoOf(Number(values.year), Number(values.month), Number(values.day));
}
