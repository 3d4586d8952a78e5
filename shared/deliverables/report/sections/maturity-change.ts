import type { Assessment } from '../../../assessment/assessment-schema';
import { trendDeltaBars } from '../../../charts/assessment-charts';
import { renderSvgToString } from '../../../charts/render-svg';
import { compareAssessments } from '../../../scoring/trends';
import type { PdfContent } from '../pdf-doc-types';
import { CONTENT_WIDTH, keepWithNext, longDate } from '../report-style';
import { h2, note, type ReportContext } from '../report-context';

/**
 * The assessment before `current` with the same framework: within the report's scope first,
 * else from any engagement of the client, since a reassessment usually opens a new engagement
 * and "since the previous assessment" means the client's previous one.
 */
export function previousAssessment(ctx: Pick<ReportContext, 'assessment' | 'client'>): Assessment | null {
  if (!ctx.assessment) return null;
  if (ctx.assessment.previous) return ctx.assessment.previous;
  const current = ctx.assessment.assessment;
  const earlier = ctx.client.assessments
    .filter((candidate) => candidate.id !== current.id && candidate.frameworkId === current.frameworkId && candidate.assessedOn < current.assessedOn)
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.updatedAt.localeCompare(b.updatedAt));
  return earlier[earlier.length - 1] ?? null;
}

/** The change in current stage per competency since the previous assessment with the same framework; nothing without one. */
export function maturityChange(ctx: ReportContext): PdfContent[] {
  const previous = previousAssessment(ctx);
  if (!ctx.assessment || !previous) return [];
  const { assessment, framework } = ctx.assessment;
  const trend = compareAssessments(previous, assessment, framework);
  const moved = trend.competencies.filter((row) => row.currentDelta !== null && row.currentDelta !== 0);
  const up = moved.filter((row) => row.currentDelta! > 0).map((row) => row.name);
  const down = moved.filter((row) => row.currentDelta! < 0).map((row) => row.name);
  const chart = renderSvgToString(trendDeltaBars(previous, assessment, framework, { idPrefix: 'report-change', width: 620 }));
  const summary =
    moved.length === 0
      ? `No competency has changed stage since ${longDate(previous.assessedOn, ctx.locale)}.`
      : [up.length > 0 ? `Up since ${longDate(previous.assessedOn, ctx.locale)}: ${up.join(', ')}.` : '', down.length > 0 ? `Down: ${down.join(', ')}.` : ''].filter(Boolean).join(' ');
  return [
    keepWithNext(
      h2('Change since the previous assessment'),
      { text: summary, style: 'body' },
      { svg: chart, fit: [CONTENT_WIDTH, 300], alignment: 'center', margin: [0, 4, 0, 4] },
      note(`Current stage on ${longDate(assessment.assessedOn, ctx.locale)} minus current stage on ${longDate(previous.assessedOn, ctx.locale)}, per competency.`),
    ),
  ];
}
