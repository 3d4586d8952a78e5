import { KPI_CATEGORY_LABELS, catalogueEntry, formatKpiValue, type DatedValue, type Kpi } from '../../../../shared/kpi';

/** The catalogue category of a KPI, or "Custom" for one the consultant wrote. */
export function kpiCategoryLabel(kpi: Pick<Kpi, 'catalogueId'>): string {
  const entry = kpi.catalogueId === null ? undefined : catalogueEntry(kpi.catalogueId);
  return entry ? KPI_CATEGORY_LABELS[entry.category] : 'Custom';
}

/** "42% by 2027-06-30", "42%", "by 2027-06-30" or an em dash when nothing is known. */
export function datedValueText(dated: DatedValue, unit: string, joiner: 'by' | 'on'): string {
  const value = dated.value === null ? null : formatKpiValue(dated.value, unit);
  if (value === null && dated.date === null) return '—';
  if (value === null) return `${joiner} ${dated.date}`;
  return dated.date === null ? value : `${value} ${joiner} ${dated.date}`;
}

/** Today as YYYY-MM-DD in the consultant's own time zone. */
export function todayDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
