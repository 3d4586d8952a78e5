import type { Assessment } from '../../assessment/assessment-schema';
import { assessmentHeatmap, assessmentRadar } from '../../charts/assessment-charts';
import { renderSvgToString } from '../../charts/render-svg';
import type { Client } from '../../domain/client';
import { COMMUNITY_MATURITY_MODEL, TEN_STAGES_MODEL, TEN_STAGES_MODEL_ID } from '../../frameworks/builtin';
import type { Framework } from '../../frameworks/framework-schema';
import { formatKpiValue, type Kpi } from '../../kpi/kpi-schema';
import { KPI_STATUS_LABELS, KPI_STATUS_RULE, kpiStatus, type KpiStatus } from '../../kpi/kpi-status';
import { timingLabel } from '../../roadmap/calendar';
import type { Initiative } from '../../roadmap/initiative-schema';
import { INITIATIVE_STATUS_LABELS, OBJECTIVES, PHASES, PHASE_IDS, TRACK_IDS, TRACK_LABELS, phaseOf } from '../../roadmap/roadmap-reference';
import { CONFIDENCE_LEVELS } from '../../assessment/assessment-schema';
import { GAP_TABLE_RULE, gapTable } from '../../scoring/gap-table';
import { OVERALL_STAGE_RULE } from '../../scoring/overall-stage';
import { TEN_STAGE_RULE, deriveTenStage } from '../../scoring/ten-stage-derivation';
import { SUMMARY_ORDER_RULE, workshopSummary, type SummaryNote } from '../../workshop/workshop-summary';
import type { DeliverableInput } from '../deliverable-input';
import type { ReportSection } from '../deliverable-request';
import { REPORT_SECTIONS } from '../deliverable-request';
import { deliverableScope, frameworkFor, type DeliverableScope } from '../deliverable-scope';
import { KEY_FINDINGS_RULE, keyFindings } from '../key-findings';
import { isAllowedLink } from './document-safety';
import type { PdfContent, PdfNode, ReportDocument } from './pdf-doc-types';
import {
  CONTENT_WIDTH,
  DANGER,
  INK,
  MUTED,
  PAGE,
  RULE,
  SUCCESS,
  WARNING,
  brandColour,
  cell,
  dataTable,
  keepWithNext,
  longDate,
  shortDate,
  paragraphs,
  reportStyles,
  tint,
} from './report-style';

export type { ReportDocument } from './pdf-doc-types';

export const REPORT_TITLE = 'Social business maturity report';

/** Section headings, as they appear in the contents and at the top of each section. */
export const REPORT_SECTION_TITLES: Record<ReportSection, string> = {
  'executive-summary': 'Executive summary',
  maturity: 'Maturity assessment',
  gaps: 'Gap analysis',
  'ten-stages': 'Ten-stage placement',
  roadmap: 'Transformation roadmap',
  initiatives: 'Initiatives',
  kpis: 'KPI plan',
  workshops: 'Workshop outcomes',
  actions: 'Actions',
  method: 'Appendix: method',
};

const LOGO_DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;

interface Context {
  input: DeliverableInput;
  client: Client;
  scope: DeliverableScope;
  brand: string;
  today: string;
  assessment: { assessment: Assessment; framework: Framework; previous: Assessment | null } | null;
  stakeholderNames: Map<string, string>;
}

function latestAssessment(input: DeliverableInput, scope: DeliverableScope): Context['assessment'] {
  for (let index = scope.assessments.length - 1; index >= 0; index -= 1) {
    const assessment = scope.assessments[index]!;
    const framework = frameworkFor(input.client, assessment, input.frameworks);
    if (!framework) continue;
    const previous = scope.assessments.slice(0, index).reverse().find((earlier) => earlier.frameworkId === assessment.frameworkId) ?? null;
    return { assessment, framework, previous };
  }
  return null;
}

/** A section's opening: on a new page, in the contents, with a thin brand rule. */
function sectionHeading(ctx: Context, section: ReportSection, kicker: string): PdfContent[] {
  return [
    { text: kicker.toUpperCase(), style: 'kicker', pageBreak: 'before' },
    { text: REPORT_SECTION_TITLES[section], style: 'h1', tocItem: true, id: `section-${section}`, tocMargin: [0, 4, 0, 0] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 48, y2: 0, lineWidth: 2.5, lineColor: ctx.brand }], margin: [0, 4, 0, 14] },
  ];
}

const h2 = (text: string): PdfNode => ({ text, style: 'h2', headlineLevel: 1 });
const h3 = (text: string): PdfNode => ({ text, style: 'h3', headlineLevel: 2 });
const note = (text: string): PdfNode => ({ text, style: 'note' });
/** What a requested section says when there is nothing to show yet. */
const nothingYet = (text: string): PdfNode => ({ text, style: 'note', margin: [0, 6, 0, 6] });

function stageLabel(framework: Framework, level: number | null): string {
  if (level === null) return '–';
  const name = framework.stages.find((stage) => stage.level === level)?.name;
  return name ? `${level} · ${name}` : String(level);
}

// ---------------------------------------------------------------- cover and contents

function cover(ctx: Context): PdfContent[] {
  const { input, client, scope } = ctx;
  const engagement = scope.engagement;
  const logo: PdfContent[] = input.logoDataUrl && LOGO_DATA_URL.test(input.logoDataUrl) ? [{ image: 'logo', fit: [150, 56], margin: [0, 0, 0, 0] }] : [{ text: ' ', fontSize: 1 }];
  const consultant = input.profile.name.trim();
  const firm = input.profile.firm.trim();
  const email = input.profile.email.trim();
  const mailto = `mailto:${email}`;
  return [
    { stack: logo, margin: [0, 0, 0, 170] },
    { text: REPORT_TITLE.toUpperCase(), style: 'kicker', fontSize: 9, characterSpacing: 2 },
    { text: client.name, fontSize: 32, bold: true, color: INK, lineHeight: 1.05, margin: [0, 4, 0, 8] },
    { text: engagement ? engagement.title : 'All engagements', fontSize: 15, color: MUTED, margin: [0, 0, 0, 18] },
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 64, h: 4, color: ctx.brand }], margin: [0, 0, 0, 18] },
    { text: longDate(input.generatedAt), fontSize: 11, color: INK },
    ...(client.industry || client.region ? [{ text: [client.industry, client.region].filter(Boolean).join(' · '), fontSize: 10, color: MUTED, margin: [0, 2, 0, 0] } as PdfNode] : []),
    {
      stack: [
        { text: 'Prepared by', style: 'small', margin: [0, 0, 0, 2] },
        ...(consultant ? [{ text: consultant, fontSize: 11, bold: true, color: INK } as PdfNode] : []),
        ...(firm ? [{ text: firm, fontSize: 10, color: INK } as PdfNode] : []),
        ...(email && isAllowedLink(mailto) ? [{ text: email, fontSize: 9, color: ctx.brand, link: mailto } as PdfNode] : []),
      ],
      absolutePosition: { x: PAGE.marginX + 10, y: PAGE.height - 150 },
    },
  ];
}

function contents(): PdfContent[] {
  return [
    { text: 'CONTENTS', style: 'kicker', pageBreak: 'before' },
    {
      toc: {
        title: { text: 'Contents', style: 'h1', margin: [0, 0, 0, 18] },
        textStyle: { fontSize: 11, color: INK },
        numberStyle: { fontSize: 11, color: MUTED },
        textMargin: [0, 4, 0, 4],
      },
    },
  ];
}

// ---------------------------------------------------------------- sections

function executiveSummary(ctx: Context): PdfContent[] {
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

function maturity(ctx: Context): PdfContent[] {
  const head = sectionHeading(ctx, 'maturity', 'Where the organization stands');
  if (!ctx.assessment) return [...head, nothingYet('No maturity assessment has been recorded yet.')];
  const { assessment, framework, previous } = ctx.assessment;
  const radar = renderSvgToString(assessmentRadar(assessment, framework, { previous, idPrefix: 'report-radar', title: `${framework.name}: current and target stage` }));
  const heatmap = renderSvgToString(assessmentHeatmap(assessment, framework, { idPrefix: 'report-heatmap', title: 'Current and target stage per competency', targetColour: ctx.brand }));
  return [
    ...head,
    { text: `${assessment.title} · ${framework.name} · assessed ${longDate(assessment.assessedOn)}`, style: 'small', margin: [0, 0, 0, 10] },
    ...paragraphs(assessment.consultantSummary),
    keepWithNext(
      h2('Maturity radar'),
      { svg: radar, fit: [CONTENT_WIDTH, 330], alignment: 'center', margin: [0, 4, 0, 4] },
      note(previous ? `The dashed outline shows the previous assessment of ${longDate(previous.assessedOn)}.` : 'Current stage (filled) against the target stage (outline) for each competency.'),
    ),
    keepWithNext(h2('Heat map'), { svg: heatmap, fit: [CONTENT_WIDTH, 360], alignment: 'center', margin: [0, 4, 0, 4] }, note(OVERALL_STAGE_RULE)),
  ];
}

function gaps(ctx: Context): PdfContent[] {
  const head = sectionHeading(ctx, 'gaps', 'From current to target');
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
    note(GAP_TABLE_RULE),
  ];
}

function tenStages(ctx: Context): PdfContent[] {
  const head = sectionHeading(ctx, 'ten-stages', 'Social media business integration');
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
    { text: `Observed ${longDate(placement.assessedOn)}. ${TEN_STAGES_MODEL.source}.`, style: 'small', margin: [0, 0, 0, 6] },
    ...paragraphs(placement.notes),
    dataTable(
      ctx.brand,
      [28, '*', 70, 60],
      ['Stage', 'Name', 'Indicators met', 'Mostly met'],
      result.stages.map((stage) => {
        const name = TEN_STAGES_MODEL.stages.find((candidate) => candidate.id === stage.stageId)?.name ?? stage.stageId;
        const here = stage.level === current;
        const fill = here ? tint(ctx.brand, 0.85) : undefined;
        return [
          cell(String(stage.level), { alignment: 'center', bold: here, ...(fill ? { fillColor: fill } : {}) }),
          cell(here ? `${name}  (current stage)` : name, { bold: here, color: here ? INK : undefined, ...(fill ? { fillColor: fill } : {}) }),
          cell(`${stage.met} of ${stage.total}`, { alignment: 'center', ...(fill ? { fillColor: fill } : {}) }),
          cell(stage.mostlyMet ? 'Yes' : 'No', { alignment: 'center', color: stage.mostlyMet ? SUCCESS : MUTED, ...(fill ? { fillColor: fill } : {}) }),
        ];
      }),
    ),
    note(TEN_STAGE_RULE),
  ];
}

const byBoard = (a: Initiative, b: Initiative) => PHASE_IDS.indexOf(a.phase) - PHASE_IDS.indexOf(b.phase) || TRACK_IDS.indexOf(a.track) - TRACK_IDS.indexOf(b.track) || a.order - b.order;

function roadmap(ctx: Context): PdfContent[] {
  const head = sectionHeading(ctx, 'roadmap', 'Four phases, inside and outside');
  const initiatives = ctx.scope.initiatives.filter((item) => item.status !== 'dropped').sort(byBoard);
  if (initiatives.length === 0) return [...head, nothingYet('No initiatives have been placed on the roadmap yet.')];
  const entry = (item: Initiative | undefined): PdfContent =>
    item
      ? {
          text: [
            { text: `${item.title}\n`, bold: true, color: INK },
            { text: `${INITIATIVE_STATUS_LABELS[item.status]}${timingLabel(item.start) === 'unscheduled' ? '' : ` · from ${timingLabel(item.start)}`}`, fontSize: 8, color: MUTED },
          ],
          style: 'td',
        }
      : '';
  const phases = PHASES.flatMap((phase) => {
    const internal = initiatives.filter((item) => item.phase === phase.id && item.track === 'internal');
    const external = initiatives.filter((item) => item.phase === phase.id && item.track === 'external');
    const rows = Math.max(internal.length, external.length);
    const heading: PdfContent[] = [h2(`Phase ${phase.number}: ${phase.name}`), { text: phase.description, style: 'body' }];
    if (rows === 0) return [keepWithNext(...heading, nothingYet('Nothing planned in this phase yet.'))];
    // The phase heading is the table's first header row: it repeats on a continued page and never stays behind alone.
    const table = dataTable(ctx.brand, ['*', '*'], [TRACK_LABELS.internal, TRACK_LABELS.external], Array.from({ length: rows }, (_, index) => [entry(internal[index]), entry(external[index])]));
    table.table!.body.unshift([{ stack: heading, colSpan: 2, fillColor: '#ffffff', margin: [-6, 0, 0, 0] }, '']);
    table.table!.headerRows = 2;
    table.table!.keepWithHeaderRows = 1;
    table.margin = [0, 6, 0, 10];
    return [table];
  });
  return [...head, { text: 'Every phase has work inside the organization and work facing the outside world. Dropped initiatives are left out.', style: 'body' }, ...phases];
}

function initiativesSection(ctx: Context): PdfContent[] {
  const head = sectionHeading(ctx, 'initiatives', 'What we will do');
  const initiatives = [...ctx.scope.initiatives].sort(byBoard);
  if (initiatives.length === 0) return [...head, nothingYet('No initiatives have been recorded yet.')];
  const framework = ctx.assessment?.framework ?? COMMUNITY_MATURITY_MODEL;
  const competencyName = new Map(framework.competencies.map((competency) => [competency.id, competency.name]));
  const kpiName = new Map(ctx.client.kpis.map((kpi) => [kpi.id, kpi.name]));
  const titles = new Map(ctx.client.initiatives.map((item) => [item.id, item.title]));
  // One text node per field (label over value): 300 initiatives make 2,400 of them.
  const field = (label: string, value: string): PdfNode => ({
    text: [{ text: `${label.toUpperCase()}\n`, fontSize: 7.5, color: MUTED, characterSpacing: 0.4 }, { text: value || '–' }],
    style: 'td',
  });
  return [
    ...head,
    ...initiatives.map((item): PdfNode => {
      const owner = item.ownerStakeholderId ? (ctx.stakeholderNames.get(item.ownerStakeholderId) ?? '') : (item.ownerRole ?? '');
      const timing = item.start || item.end ? `${timingLabel(item.start)} – ${timingLabel(item.end)}` : 'Not scheduled';
      const grid: PdfNode[][] = [
        [field('Status', INITIATIVE_STATUS_LABELS[item.status]), field('Owner', owner), field('Timing', timing), field('Impact / effort', `${item.impact} / ${item.effort}`)],
        [
          field('Objective', item.objective ? OBJECTIVES[item.objective].name : ''),
          field('Competencies', item.competencyIds.map((id) => competencyName.get(id) ?? id).join(', ')),
          field('KPIs', item.kpiIds.flatMap((id) => kpiName.get(id) ?? []).join(', ')),
          field('Depends on', item.dependsOn.flatMap((id) => titles.get(id) ?? []).join(', ')),
        ],
      ];
      return {
        unbreakable: true,
        margin: [0, 0, 0, 14],
        stack: [
          { text: `PHASE ${phaseOf(item.phase).number} · ${TRACK_LABELS[item.track].toUpperCase()}${item.pilot.isPilot ? ' · PILOT' : ''}`, style: 'kicker', margin: [0, 6, 0, 2] },
          { text: item.title, fontSize: 12, bold: true, color: INK, margin: [0, 0, 0, 4] },
          ...paragraphs(item.description),
          {
            table: { widths: ['*', '*', '*', '*'], body: grid },
            layout: { hLineWidth: (index) => (index === 0 || index === 2 ? 0.5 : 0), vLineWidth: () => 0, hLineColor: () => RULE, paddingLeft: () => 0, paddingRight: () => 8, paddingTop: () => 5, paddingBottom: () => 5 },
          },
          ...(item.notes.trim() ? [{ text: item.notes.trim(), style: 'note' } as PdfNode] : []),
        ],
      };
    }),
  ];
}

const STATUS_COLOUR: Record<KpiStatus, string> = { 'on-track': SUCCESS, 'at-risk': WARNING, 'off-track': DANGER, 'no-data': MUTED };

function kpis(ctx: Context): PdfContent[] {
  const head = sectionHeading(ctx, 'kpis', 'How progress is measured');
  const list = ctx.client.kpis;
  if (list.length === 0) return [...head, nothingYet('No KPIs have been defined yet.')];
  const value = (kpi: Kpi, dated: { value: number | null; date: string | null }) =>
    dated.value === null ? '–' : `${formatKpiValue(dated.value, kpi.unit)}${dated.date ? `\n${shortDate(dated.date)}` : ''}`;
  return [
    ...head,
    { text: 'Each KPI with its definition, where it started, where it should be and the latest measurement. The status compares progress with the pace needed to reach the target on time.', style: 'body' },
    dataTable(
      ctx.brand,
      ['*', 62, 62, 62, 50],
      ['KPI and definition', 'Baseline', 'Target', 'Latest', 'Status'],
      list.map((kpi) => {
        const status = kpiStatus(kpi);
        return [
          {
            stack: [
              { text: kpi.name, style: 'tdStrong' },
              ...(kpi.definition || kpi.formula ? [{ text: kpi.definition || kpi.formula, style: 'td', margin: [0, 1, 0, 0] } as PdfNode] : []),
              ...(kpi.dataSource.trim() ? [{ text: `Source: ${kpi.dataSource.trim()}`, style: 'small', margin: [0, 2, 0, 0] } as PdfNode] : []),
            ],
          },
          cell(value(kpi, kpi.baseline)),
          cell(value(kpi, kpi.target)),
          cell(status.latest ? value(kpi, status.latest) : '–'),
          cell(KPI_STATUS_LABELS[status.status], { bold: true, color: STATUS_COLOUR[status.status] }),
        ];
      }),
    ),
    note(KPI_STATUS_RULE),
  ];
}

/** One note as a plain line (a workshop can hold thousands: plain strings lay out fastest). */
function noteLine(item: SummaryNote): string {
  const dots = item.dots > 0 ? `  (${item.dots} ${item.dots === 1 ? 'dot' : 'dots'})` : '';
  return `${item.text}${item.author ? ` — ${item.author}` : ''}${dots}`;
}

function workshops(ctx: Context): PdfContent[] {
  const head = sectionHeading(ctx, 'workshops', 'What the workshops produced');
  if (ctx.scope.workshops.length === 0) return [...head, nothingYet('No workshops have been held yet.')];
  const framework = ctx.assessment?.framework ?? COMMUNITY_MATURITY_MODEL;
  const blocks = ctx.scope.workshops.flatMap((workshop, index): PdfContent[] => {
    const summary = workshopSummary(workshop, framework, { today: ctx.today });
    const boards = summary.boards.filter((board) => board.noteCount > 0);
    return [
      keepWithNext(
        { ...h2(summary.title), ...(index > 0 ? { margin: [0, 22, 0, 6] as [number, number, number, number] } : {}) },
        { text: [longDate(summary.date), summary.place].filter(Boolean).join(' · '), style: 'small', margin: [0, 0, 0, 6] },
        ...(summary.objectives.trim() ? [{ text: [{ text: 'Objectives. ', bold: true, color: INK }, { text: summary.objectives.trim() }], style: 'body' } as PdfNode] : []),
        ...(summary.participants.length > 0
          ? [{ text: [{ text: 'Participants. ', bold: true, color: INK }, { text: summary.participants.map((person) => (person.role ? `${person.name} (${person.role})` : person.name)).join(', ') }], style: 'body' } as PdfNode]
          : []),
      ),
      ...boards.flatMap((board): PdfContent[] => {
        // Small blocks: a cluster's label with its first notes never splits; longer lists flow on.
        const groups: PdfContent[] = [];
        const list = (lines: string[], margin: [number, number, number, number]): PdfNode => ({ ul: lines, style: 'td', markerColor: RULE, margin });
        for (const cluster of board.clusters) {
          const lines = cluster.notes.map(noteLine);
          const label: PdfNode = { text: [{ text: cluster.label, bold: true, color: INK }, ...(cluster.totalDots > 0 ? [{ text: `  ${cluster.totalDots} ${cluster.totalDots === 1 ? 'dot' : 'dots'}`, color: ctx.brand, bold: true }] : [])], style: 'td', margin: [0, 2, 0, 2] };
          groups.push({ stack: [label, list(lines.slice(0, 3), [8, 0, 0, lines.length > 3 ? 0 : 4])], unbreakable: true });
          if (lines.length > 3) groups.push(list(lines.slice(3), [8, 0, 0, 4]));
        }
        const loose = board.unclustered.map(noteLine);
        if (loose.length > 0) groups.push(list(loose.slice(0, 3), [0, 2, 0, loose.length > 3 ? 0 : 4]));
        if (loose.length > 3) groups.push(list(loose.slice(3), [0, 0, 0, 4]));
        const [first, ...rest] = groups;
        return [keepWithNext(h3(`${board.title} · ${board.noteCount} ${board.noteCount === 1 ? 'note' : 'notes'}`), ...(first === undefined ? [] : [first])), ...rest];
      }),
      ...summary.ratings
        .filter((rating) => rating.revealed && rating.competencies.some((competency) => competency.raters > 0))
        .map((rating) =>
          keepWithNext(
            h3(`${rating.title} · ${rating.participantsVoted} ${rating.participantsVoted === 1 ? 'participant' : 'participants'} rated`),
            dataTable(
              ctx.brand,
              ['*', 110, 44, 60],
              ['Competency', 'Median stage', 'Spread', 'Agreement'],
              rating.competencies.map((competency) => [
                cell(competency.name, { bold: true, color: INK }),
                cell(stageLabel(framework, competency.median)),
                cell(competency.spread === null ? '–' : String(competency.spread), { alignment: 'center' }),
                cell(competency.raters === 0 ? 'No ratings' : competency.disagreement ? 'Disagreement' : 'Agreed', competency.disagreement ? { color: WARNING, bold: true } : {}),
              ]),
            ),
          ),
        ),
      ...(summary.decisions.length > 0
        ? [
            keepWithNext(h3('Decisions'), { ol: summary.decisions.slice(0, 2).map((decision) => ({ text: decision.text, margin: [0, 0, 0, 2] })), style: 'td' }),
            ...(summary.decisions.length > 2 ? [{ ol: summary.decisions.slice(2).map((decision) => ({ text: decision.text, margin: [0, 0, 0, 2] })), start: 3, style: 'td' } as PdfNode] : []),
          ]
        : []),
      ...(summary.actions.length > 0 ? [{ text: `${summary.actions.length} ${summary.actions.length === 1 ? 'action was' : 'actions were'} agreed; see Actions.`, style: 'note' } as PdfNode] : []),
    ];
  });
  return [...head, ...blocks, note(SUMMARY_ORDER_RULE)];
}

const ACTION_STATUS_LABELS = { open: 'Open', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' } as const;

function actions(ctx: Context): PdfContent[] {
  const head = sectionHeading(ctx, 'actions', 'Who does what, by when');
  const rows = ctx.scope.workshops.flatMap((workshop) => workshop.actions.map((action) => ({ action, workshop })));
  if (rows.length === 0) return [...head, nothingYet('No actions have been agreed yet.')];
  rows.sort((a, b) => (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999') || a.action.createdAt.localeCompare(b.action.createdAt));
  return [
    ...head,
    { text: 'Actions agreed in the workshops, soonest due first. Overdue actions are marked in red.', style: 'body' },
    dataTable(
      ctx.brand,
      ['*', 92, 70, 56, 110],
      ['Action', 'Owner', 'Due', 'Status', 'Workshop'],
      rows.map(({ action, workshop }) => {
        const overdue = action.dueDate !== null && action.dueDate < ctx.today && (action.status === 'open' || action.status === 'in-progress');
        return [
          cell(action.what, { style: 'tdStrong' }),
          cell(action.ownerName || 'Unassigned', action.ownerName ? {} : { color: MUTED }),
          cell(action.dueDate ? shortDate(action.dueDate) : '–', overdue ? { color: DANGER, bold: true } : {}),
          cell(overdue ? 'Overdue' : ACTION_STATUS_LABELS[action.status], overdue ? { color: DANGER, bold: true } : {}),
          cell(workshop.title, { color: MUTED }),
        ];
      }),
    ),
  ];
}

function method(ctx: Context): PdfContent[] {
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

const SECTION_BUILDERS: Record<ReportSection, (ctx: Context) => PdfContent[]> = {
  'executive-summary': executiveSummary,
  maturity,
  gaps,
  'ten-stages': tenStages,
  roadmap,
  initiatives: initiativesSection,
  kpis,
  workshops,
  actions,
  method,
};

/**
 * The report as a pdfmake document: a branded cover, contents, then the requested
 * sections in the canonical order (REPORT_SECTIONS), each on a new page. A requested
 * section with no data yet keeps its heading and says so in one line, so the contents
 * always match what was asked for. Pure: no fonts, files or clock; the only image is the
 * consultant's logo from the input, and charts are SVG markup from shared/charts.
 */
export function buildReportDocument(input: DeliverableInput, sections: readonly ReportSection[]): ReportDocument {
  const scope = deliverableScope(input);
  const brand = brandColour(input.profile.brandColour);
  const ctx: Context = {
    input,
    client: input.client,
    scope,
    brand,
    today: input.generatedAt.slice(0, 10),
    assessment: latestAssessment(input, scope),
    stakeholderNames: new Map(input.client.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.name])),
  };
  const wanted = new Set(sections);
  const body = REPORT_SECTIONS.filter((section) => wanted.has(section)).flatMap((section) => SECTION_BUILDERS[section](ctx));
  const footerName = input.profile.firm.trim() || input.profile.name.trim() || `${input.client.name} · ${REPORT_TITLE}`;
  const logo = input.logoDataUrl && LOGO_DATA_URL.test(input.logoDataUrl) ? { logo: input.logoDataUrl } : undefined;
  return {
    info: {
      title: `${input.client.name} – ${scope.engagement?.title ?? 'All engagements'} – ${REPORT_TITLE}`,
      author: [input.profile.name, input.profile.firm].filter(Boolean).join(', '),
      subject: REPORT_TITLE,
      creator: `Cairn ${input.appVersion}`,
      producer: 'Cairn',
    },
    pageSize: 'A4',
    pageMargins: [PAGE.marginX, PAGE.marginTop, PAGE.marginX, PAGE.marginBottom],
    defaultStyle: { fontSize: 9.5, color: INK, lineHeight: 1.25 },
    styles: reportStyles(brand),
    ...(logo ? { images: logo } : {}),
    // The running header and its rule are drawn with the page background, and the footer
    // carries the page number: pdfmake lays out every dynamic header, footer and background
    // on every page, so two blocks instead of three is measurably faster on a long report.
    background: (page) =>
      page === 1
        ? [
            { canvas: [{ type: 'rect', x: 0, y: 0, w: 14, h: PAGE.height, color: brand }] },
            { canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE.width, h: 6, color: tint(brand, 0.6) }], absolutePosition: { x: 0, y: PAGE.height - 6 } },
          ]
        : [
            { text: [{ text: input.client.name, bold: true, color: INK }, { text: `   ·   ${REPORT_TITLE}` }], style: 'small', absolutePosition: { x: PAGE.marginX, y: 30 } },
            { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: RULE }], absolutePosition: { x: PAGE.marginX, y: 46 } },
          ],
    footer: (page, pages) =>
      page === 1
        ? ''
        : {
            margin: [PAGE.marginX, 24, PAGE.marginX, 0],
            text: [{ text: `${footerName}   ·   ` }, { text: `${page}`, bold: true, color: INK }, { text: ` / ${pages}` }],
            style: 'small',
            alignment: 'right',
          },
    // No pageBreakBefore: pdfmake lays the whole document out again for every break it asks
    // for, and collects node details for every node just to ask. Headings are kept with their
    // content by construction instead (keepWithNext blocks, phase headings in table header rows).
    content: [...cover(ctx), ...contents(), ...body],
  };
}
