import { COMMUNITY_MATURITY_MODEL, TEN_STAGES_MODEL } from '../../../frameworks/builtin';
import type { Framework } from '../../../frameworks/framework-schema';
import { AT_RISK_TOLERANCE, ON_TRACK_TOLERANCE } from '../../../kpi/kpi-status';
import { OBJECTIVES, PHASES } from '../../../roadmap/roadmap-reference';
import { DISAGREEMENT_SPREAD } from '../../../scoring/consensus';
import { frameworkFor } from '../../deliverable-scope';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { h2, sectionHeading, type ReportContext } from '../report-context';
import { INK, keepWithNext } from '../report-style';

/**
 * How the figures and judgements in this report were arrived at, said once, here, in the
 * consultant's voice (the body carries no rule notes under its tables).
 */
export const METHOD_NOTES: readonly [string, string][] = [
  [
    'Stages and the overall stage',
    'We placed each competency at the stage whose description fits what we saw on site, and agreed a target stage for it with you. The overall stage is the median of the competencies we rated (rounded down); competencies out of scope are left out of every figure.',
  ],
  [
    'Gaps',
    'A gap is the number of stages between where a competency stands and its target. We list gaps largest first; where several competencies share a value we name them together, or count them when there are more than three, rather than pick a few.',
  ],
  [
    'Participants’ ratings',
    `Where participants rated a competency, we show how many chose each stage and the median. We call it a disagreement when the highest and lowest ratings are ${DISAGREEMENT_SPREAD} stages or more apart, and we set the official stage ourselves, with the evidence.`,
  ],
  [
    'Ten stages',
    'We ticked the indicators we observed for each of the ten stages; the organization sits at the highest stage whose indicators are mostly met, and every stage below it too. Where we placed it differently, we give our reason.',
  ],
  [
    'Recommendations',
    'We rank recommendations in tiers: gaps of two stages or more come first (largest first, at most two), then KPIs off track, then the best-placed initiative not yet started, then gaps of one stage, then overdue actions. Each recommendation says which rule placed it; where we reworded, reordered or added one, it says so.',
  ],
  [
    'Top initiatives and quick wins',
    'We rank open initiatives near-term first (in progress, or starting before the end of next quarter), then by impact, earliest phase, lowest effort and start date. A quick win has an impact of 3 or more and an effort of 2 or less on the 1–5 scales.',
  ],
  [
    'KPI status',
    `A KPI is on track when its progress from baseline to target is within ${ON_TRACK_TOLERANCE} points of the straight-line pace to its target date, at risk up to ${AT_RISK_TOLERANCE} points behind, and off track beyond that. Without a baseline we only compare the latest value with the target.`,
  ],
  [
    'Findings marked “Draft”',
    'Cairn drafts a finding and a recommendation for each competency from the data. A text marked “Draft” has not been rewritten or accepted by us yet; the others are our own words.',
  ],
];

export function method(ctx: ReportContext): PdfContent[] {
  const frameworks = new Map<string, Framework>();
  for (const assessment of ctx.scope.assessments) {
    const framework = frameworkFor(ctx.client, assessment, ctx.input.frameworks);
    if (framework) frameworks.set(`${framework.id}@${framework.version}`, framework);
  }
  if (frameworks.size === 0) frameworks.set('cmm', COMMUNITY_MATURITY_MODEL);
  const models: PdfNode[] = [
    ...[...frameworks.values()].map(
      (framework): PdfNode => ({
        text: [
          { text: `${framework.name}. `, bold: true, color: INK },
          { text: `${framework.source ? `${framework.source}. ` : ''}${framework.stages.length} stages (${framework.stages.map((stage) => stage.name).join(', ')}); ${framework.competencies.length} competencies, each given a current and a target stage.` },
        ],
        style: 'body',
      }),
    ),
    { text: [{ text: `${TEN_STAGES_MODEL.name}. `, bold: true, color: INK }, { text: `${TEN_STAGES_MODEL.source}. Ten stages, each with indicators observed on site.` }], style: 'body' },
    {
      text: [
        { text: 'Four-phase transformation roadmap. ', bold: true, color: INK },
        { text: `${PHASES.map((phase) => `${phase.number} ${phase.name}`).join('; ')}. Every phase has internal and external activities, aligned to the objectives ${Object.values(OBJECTIVES).map((objective) => objective.name.toLowerCase()).join(', ')}.` },
      ],
      style: 'body',
    },
  ];
  return [
    ...sectionHeading(ctx, 'method'),
    keepWithNext(h2('The models we used'), models[0]!),
    ...models.slice(1),
    ...METHOD_NOTES.map(([label, text], index): PdfContent => {
      const line: PdfNode = { text: [{ text: `${label}. `, bold: true, color: INK }, { text }], style: 'body' };
      return index === 0 ? keepWithNext(h2('How we arrived at the figures'), line) : line;
    }),
  ];
}
