import { KPI_CATEGORY_LABELS, catalogueEntry, type Kpi } from '../../../../shared/kpi';

/** The catalogue category of a KPI, or "Custom" for one the consultant wrote. */
export function kpiCategoryLabel(kpi: Pick<Kpi, 'catalogueId'>): string {
  const entry = kpi.catalogueId === null ? undefined : catalogueEntry(kpi.catalogueId);
  return entry ? KPI_CATEGORY_LABELS[entry.category] : 'Custom';
}

/** Today as YYYY-MM-DD in the consultant's own time zone. */
export function todayDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
