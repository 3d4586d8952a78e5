import { KPI_STATUS_LABELS } from '../../../kpi/kpi-status';
import { INITIATIVE_STATUS_LABELS, phaseOf } from '../../../roadmap/roadmap-reference';
import { competencyFindingPages, type CompetencyFindingPage } from '../../narrative/competency-findings';
import { countWord, counted } from '../../narrative/editorial';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { nothingYet, sectionAnchor, sectionHeading, type ReportContext } from '../report-context';
import { mixWithWhite } from '../../../design/colour';
import { INK, MUTED, RULE, WARNING, cell, dataTable, keepWithNext, longDate, paragraphs } from '../report-style';

/** Linked initiatives and KPIs listed on a findings page (open, best-ranked first); the rest are counted. */
export const LINKS_SHOWN = 6;

const label = (text: string, draft = false): PdfNode => ({
  text: [{ text: text.toUpperCase() }, ...(draft ? [{ text: '   DRAFT', color: WARNING }] : [])],
  style: 'label',
});

function stageBox(ctx: ReportContext, heading: string, stage: CompetencyFindingPage['current'], fill: string): PdfNode {
  return {
    stack: [
      label(heading),
      { text: stage ? `Stage ${stage.level} · ${stage.name}` : 'Not set', fontSize: 11, bold: true, color: INK, margin: [0, 1, 0, 3] },
      { text: stage?.descriptor || '–', style: 'td' },
    ],
    fillColor: fill,
    margin: [6, 6, 6, 6],
  };
}

function participants(page: CompetencyFindingPage): string {
  const consensus = page.consensus;
  if (!consensus) return 'No participant ratings recorded.';
  const counts = consensus.distribution.filter((entry) => entry.count > 0).map((entry) => `stage ${entry.level}: ${entry.count}`);
  const verdict = consensus.disagreement ? 'Disagreement' : 'Agreement';
  return `${counted(consensus.raters, 'participant')} rated it (${counts.join(', ')}); median ${consensus.median}, spread ${consensus.spread}. ${verdict}.`;
}

function change(ctx: ReportContext, page: CompetencyFindingPage): string {
  if (!page.change) return 'This is the first assessment; there is nothing to compare with.';
  const { before, after, delta, previousOn } = page.change;
  const when = `the assessment of ${longDate(previousOn, ctx.locale)}`;
  if (delta === null) return `Not comparable with ${when} (unrated or out of scope in one of them).`;
  if (delta === 0) return `Unchanged since ${when} (stage ${after}).`;
  return `${delta > 0 ? 'Up' : 'Down'} ${counted(Math.abs(delta), 'stage')} since ${when}: from ${before} to ${after}.`;
}

/** The findings at a glance, on the section's opening page: one row per competency. */
function overview(ctx: ReportContext, pages: readonly CompetencyFindingPage[]): PdfContent {
  return dataTable(
    ctx.brand,
    ['*', 92, 92, 40, 74],
    ['Competency', 'Current stage', 'Target stage', 'Gap', 'Since last time'],
    pages.map((page) => [
      cell(page.name, { style: 'tdStrong' }),
      cell(page.notApplicable ? 'Not in scope' : page.current ? `${page.current.level} · ${page.current.name}` : '–', page.notApplicable ? { color: MUTED } : {}),
      cell(page.notApplicable ? '' : page.target ? `${page.target.level} · ${page.target.name}` : '–'),
      cell(page.gap === null || page.notApplicable ? '–' : page.gap > 0 ? `+${page.gap}` : String(page.gap), { alignment: 'center' }),
      cell(page.change?.delta === null || page.change === null ? '–' : page.change.delta === 0 ? 'Unchanged' : `${page.change.delta > 0 ? 'Up' : 'Down'} ${Math.abs(page.change.delta)}`),
    ]),
  );
}

function findingPage(ctx: ReportContext, page: CompetencyFindingPage, index: number, total: number): PdfContent[] {
  const fact = (name: string, value: string): PdfNode => ({ text: [{ text: `${name}  `, bold: true, color: INK }, { text: value }], style: 'body', margin: [0, 0, 0, 3] });
  const initiatives = page.initiatives.slice(0, LINKS_SHOWN);
  const kpis = page.kpis.slice(0, LINKS_SHOWN);
  const more = (all: number, shown: number, what: string): PdfContent[] =>
    all > shown ? [{ text: `and ${countWord(all - shown)} more ${all - shown === 1 ? what : `${what}s`} (see the appendix and the workbook)`, style: 'small', margin: [8, 2, 0, 0] }] : [];
  const links: PdfContent[] = [
    page.initiatives.length > 0
      ? { stack: [{ ul: initiatives.map((item) => ({ text: [{ text: item.title, color: INK }, { text: `  phase ${phaseOf(item.phase).number} · ${INITIATIVE_STATUS_LABELS[item.status]}`, color: MUTED }] })), style: 'td', markerColor: RULE }, ...more(page.initiatives.length, initiatives.length, 'initiative')] }
      : { text: 'No initiative on the roadmap lifts this competency yet.', style: 'td', color: MUTED },
    page.kpis.length > 0
      ? { stack: [{ ul: kpis.map((kpi) => ({ text: [{ text: kpi.name, color: INK }, { text: `  ${KPI_STATUS_LABELS[kpi.status]}`, color: MUTED }] })), style: 'td', markerColor: RULE }, ...more(page.kpis.length, kpis.length, 'KPI')] }
      : { text: 'No KPI measures this competency yet.', style: 'td', color: MUTED },
  ];
  return [
    {
      text: `FINDINGS · ${index + 1} OF ${total}`,
      style: 'kicker',
      pageBreak: 'before',
    },
    { text: page.name, style: 'h1', id: `${sectionAnchor('findings')}-${page.competencyId}`, outline: true, outlineParentId: sectionAnchor('findings') },
    ...(page.description ? [{ text: page.description, style: 'small', margin: [0, 0, 0, 10] } as PdfNode] : []),
    page.notApplicable
      ? nothingYet('Out of scope for this assessment: not scored and left out of every figure.')
      : {
          table: { widths: ['*', '*'], body: [[stageBox(ctx, 'Current stage', page.current, mixWithWhite(ctx.brand, 0.9)), stageBox(ctx, `Target stage${page.gap && page.gap > 0 ? ` · ${counted(page.gap, 'stage')} to go` : ''}`, page.target, '#f5f7f8')]] },
          layout: { hLineWidth: () => 0, vLineWidth: (i) => (i === 1 ? 8 : 0), vLineColor: () => '#ffffff', paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
          margin: [0, 0, 0, 12],
        },
    keepWithNext(label('Finding', page.finding.draft), ...paragraphs(page.finding.text, 'lead')),
    ...(page.recommendation.text ? [keepWithNext(label('Recommendation', page.recommendation.draft), ...paragraphs(page.recommendation.text, 'lead'))] : []),
    keepWithNext(
      label('Evidence and agreement'),
      fact('Evidence.', page.evidence || 'None recorded.'),
      fact('Confidence.', page.confidence ? page.confidence[0]!.toUpperCase() + page.confidence.slice(1) : '–'),
      fact('Participants.', participants(page)),
      fact('Since last time.', change(ctx, page)),
    ),
    {
      columns: [
        { stack: [label('Linked initiatives'), links[0]!], width: '*' },
        { stack: [label('Linked KPIs'), links[1]!], width: '*' },
      ],
      columnGap: 16,
      margin: [0, 8, 0, 0],
    },
  ];
}

/**
 * One page per competency of the latest assessment's framework, each a bookmark under
 * the section's in the PDF outline.
 */
export function findings(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'findings');
  if (!ctx.assessment) return [...head, nothingYet('No maturity assessment has been recorded yet, so there are no findings per competency.')];
  const { assessment, framework, previous } = ctx.assessment;
  const pages = competencyFindingPages(assessment, framework, previous, ctx.scope.initiatives, ctx.client.kpis);
  const drafts = pages.filter((page) => !page.notApplicable && (page.finding.draft || page.recommendation.draft)).length;
  return [
    ...head,
    {
      text: `One page for each of the ${counted(pages.length, 'competency', 'competencies')} of the ${framework.name}: where it stands and where it should be, the evidence and how far the participants agreed, what changed, and what to do.${
        drafts > 0 ? ` Texts marked “Draft” were drafted from the data and not yet reviewed by the consultant (${drafts} of ${pages.length}).` : ''
      }`,
      style: 'body',
      margin: [0, 0, 0, 10],
    },
    overview(ctx, pages),
    ...pages.flatMap((page, index) => findingPage(ctx, page, index, pages.length)),
  ];
}
