import { formatNumber, formatPercent } from '../../../format/format';
import type { Kpi } from '../../../kpi/kpi-schema';
import { KPI_STATUS_LABELS, kpiStatus, type KpiStatus } from '../../../kpi/kpi-status';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { DANGER, MUTED, SUCCESS, WARNING, cell, dataTable, shortDate } from '../report-style';
import { nothingYet, sectionHeading, type ReportContext } from '../report-context';
import { capitalise, countWord, counted } from '../../narrative/editorial';

const STATUS_COLOUR: Record<KpiStatus, string> = { 'on-track': SUCCESS, 'at-risk': WARNING, 'off-track': DANGER, 'no-data': MUTED };

/** A KPI value in the report's locale: "42,000 followers", "25.3%" (a % unit holds percentage points). */
export function kpiValue(value: number, unit: string, locale: string): string {
  const trimmed = unit.trim();
  if (trimmed === '%') return formatPercent(value / 100, locale, 1);
  const shown = formatNumber(value, locale, 2);
  return trimmed === '' ? shown : `${shown} ${trimmed}`;
}

/** Up to this many KPIs, each row carries its definition, source and dates. */
export const KPI_DETAIL_UP_TO = 15;

export function kpis(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'kpis');
  const list = ctx.client.kpis;
  if (list.length === 0) return [...head, nothingYet('No KPIs have been defined yet.')];
  // A long plan keeps one line per KPI (dates and definitions are in the workbook); a short one shows them.
  const detailed = list.length <= KPI_DETAIL_UP_TO;
  const value = (kpi: Kpi, dated: { value: number | null; date: string | null }) =>
    dated.value === null ? '–' : `${kpiValue(dated.value, kpi.unit, ctx.locale)}${detailed && dated.date ? `\n${shortDate(dated.date, ctx.locale)}` : ''}`;
  const { counts } = ctx.facts.kpis;
  return [
    ...head,
    {
      text: `${capitalise(counted(list.length, 'KPI'))}: ${countWord(counts['on-track'])} on track, ${countWord(counts['at-risk'])} at risk, ${countWord(counts['off-track'])} off track, ${countWord(counts['no-data'])} without data. Each with where it started, where it should be and the latest measurement; the status compares progress with the pace needed to reach the target on time.`,
      style: 'body',
    },
    dataTable(
      ctx.brand,
      ['*', 62, 62, 62, 50],
      [detailed ? 'KPI and definition' : 'KPI', 'Baseline', 'Target', 'Latest', 'Status'],
      list.map((kpi) => {
        const status = kpiStatus(kpi);
        return [
          detailed
            ? {
                stack: [
                  { text: kpi.name, style: 'tdStrong' },
                  ...(kpi.definition || kpi.formula ? [{ text: kpi.definition || kpi.formula, style: 'td', margin: [0, 1, 0, 0] } as PdfNode] : []),
                  ...(kpi.dataSource.trim() ? [{ text: `Source: ${kpi.dataSource.trim()}`, style: 'small', margin: [0, 2, 0, 0] } as PdfNode] : []),
                ],
              }
            : cell(kpi.name, { style: 'tdStrong' }),
          cell(value(kpi, kpi.baseline)),
          cell(value(kpi, kpi.target)),
          cell(status.latest ? value(kpi, status.latest) : '–'),
          cell(KPI_STATUS_LABELS[status.status], { bold: true, color: STATUS_COLOUR[status.status] }),
        ];
      }),
    ),
  ];
}
