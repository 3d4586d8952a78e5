import { COMMUNITY_MATURITY_MODEL, TEN_STAGES_MODEL } from '../../../frameworks/builtin';
import type { Framework } from '../../../frameworks/framework-schema';
import { KPI_STATUS_RULE } from '../../../kpi/kpi-status';
import { OBJECTIVES, PHASES } from '../../../roadmap/roadmap-reference';
import { GAP_TABLE_RULE } from '../../../scoring/gap-table';
import { OVERALL_STAGE_RULE } from '../../../scoring/overall-stage';
import { TEN_STAGE_RULE } from '../../../scoring/ten-stage-derivation';
import { SUMMARY_ORDER_RULE } from '../../../workshop/workshop-summary';
import { frameworkFor } from '../../deliverable-scope';
import { KEY_FINDINGS_RULE } from '../../key-findings';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { INK, keepWithNext, longDate } from '../report-style';
import { h2, sectionHeading, type ReportContext } from '../report-context';

export function method(ctx: ReportContext): PdfContent[] {
  const frameworks = new Map<string, Framework>();
  for (const assessment of ctx.scope.assessments) {
    const framework = frameworkFor(ctx.client, assessment, ctx.input.frameworks);
    if (framework) frameworks.set(`${framework.id}@${framework.version}`, framework);
  }
  if (frameworks.size === 0) frameworks.set('cmm', COMMUNITY_MATURITY_MODEL);
  const models: PdfContent[] = [
    ...[...frameworks.values()].map((framework) => ({
      text: [
        { text: `${framework.name}. `, bold: true, color: INK },
        { text: `${framework.source ? `${framework.source}. ` : ''}${framework.stages.length} stages (${framework.stages.map((stage) => stage.name).join(', ')}); ${framework.competencies.length} competencies, each given a current and a target stage.` },
      ],
      style: 'body',
    })),
    {
      text: [{ text: `${TEN_STAGES_MODEL.name}. `, bold: true, color: INK }, { text: `${TEN_STAGES_MODEL.source}. Ten stages, each with indicators observed on site.` }],
      style: 'body',
    },
    {
      text: [
        { text: 'Four-phase transformation roadmap. ', bold: true, color: INK },
        { text: `${PHASES.map((phase) => `${phase.number} ${phase.name}`).join('; ')}. Every phase has internal and external activities, aligned to the objectives ${Object.values(OBJECTIVES).map((objective) => objective.name.toLowerCase()).join(', ')}.` },
      ],
      style: 'body',
    },
  ];
  const rules: [string, string][] = [
    ['Overall stage', OVERALL_STAGE_RULE],
    ['Gap table', GAP_TABLE_RULE],
    ['Ten-stage placement', TEN_STAGE_RULE],
    ['KPI status', KPI_STATUS_RULE],
    ['Key findings', KEY_FINDINGS_RULE],
    ['Workshop outcomes', SUMMARY_ORDER_RULE],
  ];
  return [
    ...sectionHeading(ctx, 'method', 'How this report was made'),
    keepWithNext(h2('Models'), models[0]!),
    ...models.slice(1),
    ...rules.map(([label, rule], index): PdfContent => {
      const line: PdfNode = { text: [{ text: `${label}. `, bold: true, color: INK }, { text: rule }], style: 'body' };
      return index === 0 ? keepWithNext(h2('How the figures are derived'), line) : line;
    }),
    { text: `Made with Cairn ${ctx.input.appVersion} on ${longDate(ctx.input.generatedAt)}.`, style: 'small', margin: [0, 12, 0, 0] },
  ];
}
