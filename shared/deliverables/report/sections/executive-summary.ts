import { keyFindings } from '../../key-findings';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { keepWithNext, paragraphs, tint } from '../report-style';
import { h2, nothingYet, sectionHeading, type ReportContext } from '../report-context';

export function executiveSummary(ctx: ReportContext): PdfContent[] {
  const findings = keyFindings(ctx.input);
  const consultantText = ctx.scope.engagement?.executiveSummary.trim() ?? '';
  const figures: { value: string; label: string }[] = [
    { value: findings.overallStage === null ? '–' : `${findings.overallStage}/${findings.assessment?.stageCount ?? ''}`, label: 'OVERALL MATURITY STAGE' },
    { value: findings.tenStage ? `${findings.tenStage.stage}/10` : '–', label: 'TEN-STAGE PLACEMENT' },
    { value: String(findings.largestGaps.length === 0 ? 0 : findings.largestGaps[0]!.gap), label: 'LARGEST GAP (STAGES)' },
    { value: String(ctx.scope.initiatives.filter((item) => item.status !== 'dropped').length), label: 'INITIATIVES PLANNED' },
  ];
  const tiles: PdfNode = {
    table: {
      widths: ['*', '*', '*', '*'],
      body: [figures.map((figure) => ({ stack: [{ text: figure.value, style: 'figure' }, { text: figure.label, style: 'figureLabel', margin: [0, 2, 0, 0] }], margin: [4, 6, 4, 6] }))],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (index) => (index === 0 || index === 4 ? 0 : 6),
      vLineColor: () => '#ffffff',
      fillColor: () => tint(ctx.brand, 0.92),
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 0, 0, 16],
  };
  return [
    ...sectionHeading(ctx, 'executive-summary', 'Summary'),
    tiles,
    ...(consultantText ? paragraphs(consultantText, 'lead') : []),
    keepWithNext(
      h2('Key findings'),
      findings.sentences.length > 0
        ? { ul: findings.sentences.map((sentence) => ({ text: sentence, style: 'body', margin: [0, 0, 0, 3] })), markerColor: ctx.brand }
        : nothingYet('No assessment, ten-stage placement or initiative has been recorded yet, so there are no findings to report.'),
    ),
  ];
}
