import { KPI_STATUS_LABELS, type KpiStatus } from '../../../../shared/kpi';

/** The status of a KPI as a coloured chip; the word carries the meaning, the colour only repeats it. */
export function KpiStatusChip({ status, reason }: { status: KpiStatus; reason?: string }) {
  return (
    <span className={`kpi-status kpi-status--${status}`} title={reason}>
      <span className="kpi-status__dot" aria-hidden="true" />
      {KPI_STATUS_LABELS[status]}
    </span>
  );
}
