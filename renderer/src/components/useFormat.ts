import { useMemo } from 'react';
import { DEFAULT_LOCALE, formatDate, formatDateTime, formatDuration, formatNumber, formatPercent, type DateStyle } from '../../../shared/format/format';
import { formatKpiValue } from '../../../shared/kpi/kpi-schema';
import { useCairn } from '../store/StoreContext';

export interface Formatter {
  locale: string;
  /** 42000 → "42,000" (en-GB), "42.000" (en-DE); at most `digits` decimals (default 1). */
  number(value: number, digits?: number): string;
  /** Percent points (37 for 37 %) in the locale's one percent style: "37%" or "37 %". */
  percent(points: number | null, digits?: number): string;
  /** A calendar date: "15 Mar 2026" (short, the default), "15 March 2026" (long), "Mar 2026" (month). Empty for none. */
  date(iso: string | null | undefined, style?: DateStyle): string;
  /** A moment with its time: "3 Dec 2026, 09:41". */
  dateTime(iso: string | null | undefined): string;
  /** Minutes: "1 h 30 min". */
  duration(minutes: number): string;
  /** A KPI value with its unit: "42,000 followers", "23.2%". */
  kpiValue(value: number, unit: string): string;
}

/** Formatting in one locale, by the shared module the reports and the workbook use too. */
export function formatterFor(locale: string): Formatter {
  return {
    locale,
    number: (value, digits = 1) => formatNumber(value, locale, digits),
    percent: (points, digits = 0) => (points === null ? '—' : formatPercent(points / 100, locale, digits)),
    date: (iso, style = 'short') => formatDate(iso, locale, style),
    dateTime: (iso) => formatDateTime(iso, locale),
    duration: (minutes) => formatDuration(minutes, locale),
    kpiValue: (value, unit) => formatKpiValue(value, unit, locale),
  };
}

/** The consultant's locale (Settings › "Numbers and dates"); the default until preferences load. */
export const useLocale = (): string => useCairn((state) => state.preferences?.profile.locale ?? DEFAULT_LOCALE);

/** Numbers, percentages, dates and durations the way the consultant chose in Settings. */
export function useFormat(): Formatter {
  const locale = useLocale();
  return useMemo(() => formatterFor(locale), [locale]);
}
