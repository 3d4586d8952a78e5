import { impactEffortChart } from '../../../charts/impact-effort-chart';
import { renderSvgToString } from '../../../charts/render-svg';
import { roadmapTimelineChart } from '../../../charts/roadmap-timeline-chart';
import { matrixQuadrant } from '../../../roadmap/impact-effort';
import type { PdfContent } from '../pdf-doc-types';
import { CONTENT_WIDTH, keepWithNext } from '../report-style';
import { h2, note, type ReportContext } from '../report-context';

/** Past this many initiatives the timeline shows one bar per phase and track. */
export const TIMELINE_DETAIL_LIMIT = 36;
/** Quick wins named after the matrix; a long roadmap names the first ones and counts the rest. */
export const QUICK_WIN_LIMIT = 5;

/**
 * The roadmap's two charts, drawn by the same builders as the app's Timeline and Matrix views:
 * the Gantt by phase over quarters with dependencies, and the impact/effort matrix with the
 * quick wins named. Nothing when the roadmap is empty (the section already says so).
 */
export function roadmapCharts(ctx: ReportContext): PdfContent[] {
  const initiatives = ctx.scope.initiatives.filter((item) => item.status !== 'dropped');
  if (initiatives.length === 0) return [];
  const summarised = initiatives.length > TIMELINE_DETAIL_LIMIT;
  const timeline = renderSvgToString(roadmapTimelineChart({ initiatives, today: ctx.today, maxRows: TIMELINE_DETAIL_LIMIT, idPrefix: 'report-timeline', width: 600 }));
  const matrix = renderSvgToString(impactEffortChart({ initiatives, idPrefix: 'report-matrix' }));
  const quickWins = initiatives.filter((item) => item.status !== 'done' && matrixQuadrant(item.impact, item.effort) === 'quick-wins');
  return [
    keepWithNext(
      h2('Timeline'),
      { svg: timeline, fit: [CONTENT_WIDTH, 260], alignment: 'center', margin: [0, 4, 0, 4] },
      note(
        summarised
          ? `With ${initiatives.length} initiatives, the timeline shows each phase’s internal and external work as one bar, from the earliest start to the latest end; the initiative pages give each one’s dates.`
          : 'Arrows run from the end of an initiative to the start of one that depends on it; a dashed red arrow marks one scheduled to start before its dependency ends.',
      ),
    ),
    // The heading, the quick wins named and the chart stay together; the list is capped so the block fits a page.
    keepWithNext(
      h2('Impact and effort'),
      {
        text:
          quickWins.length === 0
            ? 'No open initiative is a quick win: everything left to do needs real effort or brings little.'
            : `Quick wins still open (${quickWins.length}): ${quickWins
                .slice(0, QUICK_WIN_LIMIT)
                .map((item) => item.title)
                .join('; ')}${quickWins.length > QUICK_WIN_LIMIT ? `; and ${quickWins.length - QUICK_WIN_LIMIT} more, listed in the portfolio` : ''}.`,
        style: 'body',
        bold: true,
      },
      { svg: matrix, fit: [CONTENT_WIDTH, 225], alignment: 'center', margin: [0, 4, 0, 4] },
    ),
  ];
}
