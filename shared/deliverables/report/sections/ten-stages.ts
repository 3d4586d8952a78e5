import { TEN_STAGES_MODEL, TEN_STAGES_MODEL_ID } from '../../../frameworks/builtin';
import { deriveTenStage } from '../../../scoring/ten-stage-derivation';
import type { PdfContent } from '../pdf-doc-types';
import { mixWithWhite } from '../../../design/colour';
import { INK, MUTED, SUCCESS, cell, dataTable, longDate, paragraphs } from '../report-style';
import { note, nothingYet, sectionHeading, type ReportContext } from '../report-context';

export function tenStages(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'ten-stages');
  const placement = [...ctx.scope.placements].reverse().find((candidate) => candidate.modelId === TEN_STAGES_MODEL_ID);
  if (!placement) return [...head, nothingYet('No placement on the ten stages has been recorded yet.')];
  const result = deriveTenStage(placement, TEN_STAGES_MODEL);
  const current = result.effectiveStage;
  const currentName = current === null ? null : TEN_STAGES_MODEL.stages[current - 1]?.name;
  return [
    ...head,
    {
      text:
        current === null
          ? 'Not enough indicators of stage 1 were observed to place the organization on the ten stages.'
          : [{ text: `Stage ${current} of 10: ` }, { text: currentName ?? '', bold: true, color: INK }],
      style: 'lead',
    },
    ...(result.overridden ? [note(`Placed by the consultant (derived from the indicators: ${result.derivedStage ?? 'none'}). Reason: ${result.overrideReason ?? ''}`)] : []),
    { text: `Observed ${longDate(placement.assessedOn, ctx.locale)}. ${TEN_STAGES_MODEL.source}.`, style: 'small', margin: [0, 0, 0, 6] },
    ...paragraphs(placement.notes),
    dataTable(
      ctx.brand,
      [28, '*', 70, 60],
      ['Stage', 'Name', 'Indicators met', 'Mostly met'],
      result.stages.map((stage) => {
        const name = TEN_STAGES_MODEL.stages.find((candidate) => candidate.id === stage.stageId)?.name ?? stage.stageId;
        const here = stage.level === current;
        const fill = here ? mixWithWhite(ctx.brand, 0.85) : undefined;
        return [
          cell(String(stage.level), { alignment: 'center', bold: here, ...(fill ? { fillColor: fill } : {}) }),
          cell(here ? `${name}  (current stage)` : name, { bold: here, color: here ? INK : undefined, ...(fill ? { fillColor: fill } : {}) }),
          cell(`${stage.met} of ${stage.total}`, { alignment: 'center', ...(fill ? { fillColor: fill } : {}) }),
          cell(stage.mostlyMet ? 'Yes' : 'No', { alignment: 'center', color: stage.mostlyMet ? SUCCESS : MUTED, ...(fill ? { fillColor: fill } : {}) }),
        ];
      }),
    ),
  ];
}
