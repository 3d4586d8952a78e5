import { CONFIDENCE_LEVELS } from '../../../assessment/assessment-schema';
import { gapTable } from '../../../scoring/gap-table';
import type { PdfContent } from '../pdf-doc-types';
import { DANGER, MUTED, SUCCESS, WARNING, cell, dataTable } from '../report-style';
import { nothingYet, sectionHeading, stageLabel, type ReportContext } from '../report-context';

export function gaps(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'gaps');
  if (!ctx.assessment) return [...head, nothingYet('No maturity assessment has been recorded yet, so there are no gaps to show.')];
  const { assessment, framework } = ctx.assessment;
  const rows = gapTable(assessment, framework);
  const gapCell = (gap: number | null): PdfContent =>
    gap === null ? cell('–', { alignment: 'center', color: MUTED }) : cell(gap > 0 ? `+${gap}` : String(gap), { alignment: 'center', bold: true, color: gap >= 2 ? DANGER : gap === 1 ? WARNING : SUCCESS });
  const confidence = (value: string | null) => (value && (CONFIDENCE_LEVELS as readonly string[]).includes(value) ? value[0]!.toUpperCase() + value.slice(1) : '–');
  return [
    ...head,
    { text: `Each competency’s current stage against the target agreed for it, largest gap first (${framework.name}).`, style: 'body' },
    dataTable(
      ctx.brand,
      ['*', 120, 120, 34, 56],
      ['Competency', 'Current stage', 'Target stage', 'Gap', 'Confidence'],
      rows.map((row) => [
        cell(row.name, { style: 'tdStrong' }),
        cell(row.notApplicable ? 'Not applicable' : stageLabel(framework, row.current)),
        cell(row.notApplicable ? '' : stageLabel(framework, row.target)),
        gapCell(row.gap),
        cell(confidence(row.confidence)),
      ]),
    ),
  ];
}
