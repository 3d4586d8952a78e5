import { formatNumber } from '../../../format/format';
import { phaseOf } from '../../../roadmap/roadmap-reference';
import { keyFindings } from '../../key-findings';
import { counted, countedFigure } from '../../narrative/editorial';
import { reportRecommendations } from '../../narrative/recommendations';
import { storyline } from '../../narrative/storyline';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { h2, nothingYet, sectionHeading, type ReportContext } from '../report-context';
import { mixWithWhite } from '../../../design/colour';
import { DANGER, INK, MUTED, SUCCESS, WARNING, keepWithNext, paragraphs } from '../report-style';

/** How many quick wins the summary lists. */
const QUICK_WINS_SHOWN = 3;

/** "15 initiatives" → the number at figure size and its unit smaller, so a tile's figure stays on one line. */
function figureRuns(value: string): PdfNode[] {
  const space = value.indexOf(' ');
  if (space < 0 || !/\d/.test(value.slice(0, space))) return [{ text: value }];
  return [{ text: value.slice(0, space) }, { text: value.slice(space), fontSize: 11, bold: false }];
}

function tiles(ctx: ReportContext): PdfNode {
  const { facts, locale } = ctx;
  const stageCount = facts.assessment?.framework.stages.length;
  const figures: { value: string; label: string }[] = [
    { value: facts.overallStage === null ? '–' : `${facts.overallStage} of ${stageCount}`, label: 'OVERALL MATURITY STAGE' },
    { value: facts.largestGap ? countedFigure(facts.largestGap.value, 'stage', 'stages', locale) : '–', label: facts.largestGap ? `LARGEST GAP, ${countedFigure(facts.largestGap.ids.length, 'COMPETENCY', 'COMPETENCIES', locale)}` : 'LARGEST GAP' },
    { value: countedFigure(facts.initiatives.total, 'initiative', 'initiatives', locale), label: `${formatNumber(facts.initiatives.done, locale)} DONE, ${formatNumber(facts.initiatives.inProgress, locale)} IN PROGRESS` },
    { value: countedFigure(facts.actions.overdue, 'action', 'actions', locale), label: `OVERDUE OF ${formatNumber(facts.actions.open, locale)} OPEN` },
  ];
  // Four tiles as columns with a gap, so the row is exactly the text column's width.
  return {
    columns: figures.map((figure) => ({
      width: '*',
      table: {
        widths: ['*'],
        body: [[{ stack: [{ text: figureRuns(figure.value), style: 'figure' }, { text: figure.label, style: 'figureLabel', margin: [0, 2, 0, 0] }], margin: [4, 6, 4, 6] }]],
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        fillColor: () => mixWithWhite(ctx.brand, 0.92),
        paddingLeft: () => 8,
        paddingRight: () => 8,
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
    })),
    columnGap: 6,
    margin: [0, 0, 0, 14],
  };
}

const label = (text: string, draft: boolean): PdfNode => ({
  text: [{ text: text.toUpperCase() }, ...(draft ? [{ text: '   DRAFT', color: WARNING }] : [])],
  style: 'label',
});

/** The state of the KPI plan and of the actions, as counts that say what they count. */
function states(ctx: ReportContext): PdfContent[] {
  const { kpis, actions } = ctx.facts;
  const { locale } = ctx;
  const kpiLine: PdfNode =
    kpis.total === 0
      ? { text: 'No KPIs have been defined yet.', style: 'body' }
      : {
          text: [
            { text: `${countedFigure(kpis.total, 'KPI', 'KPIs', locale)}: `, bold: true, color: INK },
            { text: `${formatNumber(kpis.counts['on-track'], locale)} on track`, color: SUCCESS, bold: true },
            ', ',
            { text: `${formatNumber(kpis.counts['at-risk'], locale)} at risk`, color: WARNING, bold: true },
            ', ',
            { text: `${formatNumber(kpis.counts['off-track'], locale)} off track`, color: DANGER, bold: true },
            `, ${formatNumber(kpis.counts['no-data'], locale)} without data yet.`,
          ],
          style: 'body',
        };
  const actionLine: PdfNode =
    actions.total === 0
      ? { text: 'No actions have been agreed yet.', style: 'body' }
      : {
          text: [
            { text: `${countedFigure(actions.total, 'action', 'actions', locale)} agreed: `, bold: true, color: INK },
            `${formatNumber(actions.open, locale)} open, of which `,
            { text: `${formatNumber(actions.overdue, locale)} overdue`, color: actions.overdue > 0 ? DANGER : INK, bold: true },
            `; ${formatNumber(actions.done, locale)} done.`,
          ],
          style: 'body',
        };
  return [keepWithNext(h2('State of the plan'), kpiLine, actionLine)];
}

export function executiveSummary(ctx: ReportContext): PdfContent[] {
  const { facts } = ctx;
  const intro = facts.narrativeEngagement?.executiveSummary.trim() ?? '';
  const story = storyline(facts);
  const recommendations = reportRecommendations(facts);
  const findings = keyFindings(ctx.input);
  const scr = (['situation', 'complication', 'resolution'] as const).flatMap((part) =>
    story[part].text ? [{ stack: [label(part, !story[part].written), ...paragraphs(story[part].text)], unbreakable: true } as PdfNode] : [],
  );
  const quickWins = facts.quickWins.slice(0, QUICK_WINS_SHOWN);
  return [
    ...sectionHeading(ctx, 'executive-summary'),
    tiles(ctx),
    ...(intro ? paragraphs(intro, 'lead') : []),
    ...scr,
    recommendations.items.length > 0
      ? keepWithNext(
          h2('Recommendations'),
          {
            ol: recommendations.items.map((item) => ({
              stack: [{ text: item.text, style: 'body', margin: [0, 0, 0, 1] }, { text: `Why here: ${item.rule || 'the consultant’s judgement.'}`, style: 'small', margin: [0, 0, 0, 5] }],
            })),
            markerColor: ctx.brand,
          },
          ...(recommendations.edited ? [] : [{ text: 'Derived from the gaps, the roadmap and the KPI plan; the consultant has not yet reviewed this list.', style: 'small', margin: [0, 0, 0, 4] } as PdfNode]),
        )
      : keepWithNext(h2('Recommendations'), nothingYet('There is not yet enough data (gaps, KPIs, initiatives or actions) to recommend anything.')),
    ...(quickWins.length > 0
      ? [
          keepWithNext(
            h2('Quick wins'),
            {
              ul: quickWins.map((item) => ({ text: [{ text: item.title, bold: true, color: INK }, { text: `  phase ${phaseOf(item.phase).number} · impact ${item.impact} of 5, effort ${item.effort} of 5`, color: MUTED }], style: 'body', margin: [0, 0, 0, 2] })),
              markerColor: ctx.brand,
            },
            { text: `${counted(facts.quickWins.length, 'open initiative')} with high impact and low effort${facts.quickWins.length > QUICK_WINS_SHOWN ? `; the first ${QUICK_WINS_SHOWN} by rank` : ''}.`, style: 'small', margin: [0, 0, 0, 4] },
          ),
        ]
      : []),
    ...states(ctx),
    ...(findings.sentences.length > 0 ? [keepWithNext(h2('Key findings'), { ul: findings.sentences.map((sentence) => ({ text: sentence, style: 'body', margin: [0, 0, 0, 3] })), markerColor: ctx.brand })] : []),
  ];
}
