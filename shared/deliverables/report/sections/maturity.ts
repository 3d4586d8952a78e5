import { assessmentHeatmap, assessmentRadar } from '../../../charts/assessment-charts';
import { renderSvgToString } from '../../../charts/render-svg';
import type { PdfContent } from '../pdf-doc-types';
import { CONTENT_WIDTH, keepWithNext, longDate, paragraphs, shortDate } from '../report-style';
import { h2, note, nothingYet, sectionHeading, type ReportContext } from '../report-context';

export function maturity(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'maturity');
  if (!ctx.assessment) return [...head, nothingYet('No maturity assessment has been recorded yet.')];
  const { assessment, framework, previous } = ctx.assessment;
  const radar = renderSvgToString(assessmentRadar(assessment, framework, {
      previous,
      idPrefix: 'report-radar',
      title: `${framework.name}: current and target stage`,
      ...(previous ? { seriesLabels: { previous: `Previous (${shortDate(previous.assessedOn, ctx.locale)})` } } : {}),
    }));
  const heatmap = renderSvgToString(assessmentHeatmap(assessment, framework, { idPrefix: 'report-heatmap', title: 'Current and target stage per competency', targetColour: ctx.brand }));
  return [
    ...head,
    { text: `${assessment.title} · ${framework.name} · assessed ${longDate(assessment.assessedOn, ctx.locale)}`, style: 'small', margin: [0, 0, 0, 10] },
    ...paragraphs(assessment.consultantSummary),
    keepWithNext(
      h2('Maturity radar'),
      { svg: radar, fit: [CONTENT_WIDTH, 330], alignment: 'center', margin: [0, 4, 0, 4] },
      note(previous ? `The dashed outline shows the previous assessment of ${longDate(previous.assessedOn, ctx.locale)}.` : 'Current stage (filled) against the target stage (outline) for each competency.'),
    ),
    keepWithNext(h2('Heat map'), { svg: heatmap, fit: [CONTENT_WIDTH, 360], alignment: 'center', margin: [0, 4, 0, 4] }),
  ];
}
