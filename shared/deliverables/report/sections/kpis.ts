import { formatKpiValue, type Kpi } from '../../../kpi/kpi-schema';
import { KPI_STATUS_LABELS, KPI_STATUS_RULE, kpiStatus, type KpiStatus } from '../../../kpi/kpi-status';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { DANGER, MUTED, SUCCESS, WARNING, cell, dataTable, shortDate } from '../report-style';
import { note, nothingYet, sectionHeading, type ReportContext } from '../report-context';

const STATUS_COLOUR: Record<KpiStatus, string> = { 'on-track': SUCCESS, 'at-risk': WARNING, 'off-track': DANGER, 'no-data': MUTED };

export function kpis(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'kpis', 'How progress is measured');
  const list = ctx.client.kpis;
  if (list.length === 0) return [...head, nothingYet('No KPIs have been defined yet.')];
  const value = (kpi: Kpi, dated: { value: number | null; date: string | null }) =>
    dated.value === null ? '–' : `${formatKpiValue(dated.value, kpi.unit)}${dated.date ? `\n${shortDate(dated.date)}` : ''}`;
  return [
    ...head,
    { text: 'Each KPI with its definition, where it started, where it should be and the latest measurement. The status compares progress with the pace needed to reach the target on time.', style: 'body' },
    dataTable(
      ctx.brand,
      ['*', 62, 62, 62, 50],
      ['KPI and definition', 'Baseline', 'Target', 'Latest', 'Status'],
      list.map((kpi) => {
        const status = kpiStatus(kpi);
        return [
          {
            stack: [
              { text: kpi.name, style: 'tdStrong' },
              ...(kpi.definition || kpi.formula ? [{ text: kpi.definition || kpi.formula, style: 'td', margin: [0, 1, 0, 0] } as PdfNode] : []),
              ...(kpi.dataSource.trim() ? [{ text: `Source: ${kpi.dataSource.trim()}`, style: 'small', margin: [0, 2, 0, 0] } as PdfNode] : []),
            ],
          },
          cell(value(kpi, kpi.baseline)),
          cell(value(kpi, kpi.target)),
          cell(status.latest ? value(kpi, status.latest) : '–'),
          cell(KPI_STATUS_LABELS[status.status], { bold: true, color: STATUS_COLOUR[status.status] }),
        ];
      }),
    ),
    note(KPI_STATUS_RULE),
  ];
}
