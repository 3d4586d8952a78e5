import { kpiTrendChart } from '../../../charts/kpi-trend-chart';
import { renderSvgToString } from '../../../charts/render-svg';
import { shareOfVoiceChart } from '../../../charts/share-of-voice-chart';
import { kpiStatus, type KpiStatus } from '../../../kpi/kpi-status';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { CONTENT_WIDTH, keepWithNext } from '../report-style';
import { h2, note, type ReportContext } from '../report-context';

const GAP = 12;
/** At most this many trend charts in the body (two rows of two): the rest are in the table and the workbook. */
export const TREND_LIMIT = 4;
/**
 * A plan of more than LONG_PLAN KPIs already fills pages with its table: its trends are left to
 * the app and the workbook, so a long engagement's body stays under 30 pages.
 */
export const LONG_PLAN = 12;
export const LONG_PLAN_TREND_LIMIT = 0;
const STATUS_RANK: Record<KpiStatus, number> = { 'off-track': 0, 'at-risk': 1, 'on-track': 2, 'no-data': 3 };
const HALF = (CONTENT_WIDTH - GAP) / 2;

/**
 * The KPI plan's charts: each measured KPI's trend against its target, two to a row, and
 * share of voice by competitor per period for every KPI that tracks it.
 */
export function kpiCharts(ctx: ReportContext): PdfContent[] {
  const all = ctx.client.kpis.filter((kpi) => kpi.measurements.length > 0);
  // Those needing attention first, so a long plan still shows the trends that matter in the body.
  const measured = all
    .map((kpi, index) => ({ kpi, index, rank: STATUS_RANK[kpiStatus(kpi).status] }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, all.length > LONG_PLAN ? LONG_PLAN_TREND_LIMIT : TREND_LIMIT)
    .map(({ kpi }) => kpi);
  const sov = ctx.client.kpis.filter((kpi) => (kpi.shareOfVoice?.periods.length ?? 0) > 0);
  const trendCells: PdfNode[] = measured.map((kpi, index) => ({
    svg: renderSvgToString(kpiTrendChart({ kpi, width: 300, height: 180, idPrefix: `report-kpi-${index}`, title: kpi.name })),
    width: HALF,
  }));
  const rows: PdfNode[] = [];
  for (let index = 0; index < trendCells.length; index += 2) {
    const pair = trendCells.slice(index, index + 2);
    const names = measured.slice(index, index + 2).map((kpi): PdfNode => ({ text: kpi.name, style: 'tdStrong', width: HALF }));
    rows.push({
      unbreakable: true,
      margin: [0, 4, 0, 8],
      stack: [
        { columns: names.length === 2 ? names : [...names, { text: '', width: HALF }], columnGap: GAP },
        { columns: pair.length === 2 ? pair : [...pair, { text: '', width: HALF }], columnGap: GAP },
      ],
    });
  }
  const parts: PdfContent[] = [];
  if (rows.length > 0) {
    const rest = all.length - measured.length;
    parts.push(
      keepWithNext(h2('Trends against target'), rows[0]!),
      ...rows.slice(1),
      note(
        `Each line joins the measurements; the dashed line is the target and the dotted line the steady pace from the baseline to the target date.${
          rest > 0 ? ` Shown: the ${measured.length} KPIs most in need of attention (off track, then at risk, then on track); the other ${rest} are in the table above and the workbook.` : ''
        }`,
      ),
    );
  }
  if (rows.length === 0 && all.length > 0) {
    parts.push(note(`With ${all.length} measured KPIs, the table above gives each one’s latest value and status; their trend charts are in the app and on the workbook’s dashboard.`));
  }
  sov.forEach((kpi, index) => {
    const chart = renderSvgToString(shareOfVoiceChart({ periods: kpi.shareOfVoice!.periods, ownName: ctx.client.name, idPrefix: `report-sov-${index}`, width: 640, title: `${kpi.name}: share of voice by competitor per period` }));
    parts.push(keepWithNext(h2(sov.length === 1 ? 'Share of voice' : `Share of voice: ${kpi.name}`), { svg: chart, fit: [CONTENT_WIDTH, 300], alignment: 'center', margin: [0, 4, 0, 4] }, note('Each bar splits the period’s mentions between the brands; the figure on the right is the organization’s own share.')));
  });
  return parts;
}

