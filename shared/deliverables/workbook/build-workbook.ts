import { raterLabels } from '../../assessment/rater-labels';
import { STAKEHOLDER_GROUP_LABELS } from '../../domain/reference-lists';
import { SOCIAL_BUSINESS_AUDIT_GUIDE, TEN_STAGES_MODEL, TEN_STAGES_MODEL_ID } from '../../frameworks/builtin';
import { INITIATIVE_STATUS_LABELS, OBJECTIVES, PHASE_IDS, TRACK_IDS, TRACK_LABELS, phaseIndex } from '../../roadmap/roadmap-reference';
import { deriveTenStage } from '../../scoring/ten-stage-derivation';
import type { DeliverableInput } from '../deliverable-input';
import { WORKBOOK_SHEETS, type WorkbookSheet } from '../deliverable-request';
import { deliverableScope, frameworkFor } from '../deliverable-scope';
import { keyFindings } from '../key-findings';
import { dashboardSheet } from './dashboard-sheet';
import { actionSheet, assessmentSheet, gapSheet, kpiSheet, measurementSheet } from './measured-sheets';
import { printSetup } from './print-setup';
import { relativeLuminance, mixWithWhite } from '../../design/colour';
import { day, joined, t, table, timingCell, type Context } from './sheet-context';
import {
  AUDIT_LEAD_COLUMNS,
  AUDIT_TAIL_COLUMNS,
  DECISION_COLUMNS,
  INITIATIVE_COLUMNS,
  INITIATIVE_STATUS_FILLS,
  PHASE_LABELS,
  RATING_COLUMNS,
  ROADMAP_COLUMNS,
  SHEET_DESCRIPTIONS,
  SHEET_NAMES,
  STAKEHOLDER_COLUMNS,
  SUMMARY_COLUMNS,
  TEN_STAGE_COLUMNS,
  WORKSHOP_COLUMNS,
} from './workbook-columns';
import { letterOf, statusColours } from './workbook-formulas';
import { safeLink, type CellValue, type ConditionalFormat, type WorkbookColumn, type WorkbookModel, type WorkbookRow, type WorkbookSheetModel } from './workbook-model';

export { GAP_FILL, sortableQuarter } from './sheet-context';

/** How to read and edit the workbook, on the Summary sheet. */
export const ABOUT_NOTES = [
  'Assessment: filled stage cells show the stages reached; amber cells the stages still to climb to the target.',
  'Drop-down lists offer the allowed values for status, phase and similar columns.',
  'Gap, progress to target, overdue and the Dashboard’s key figures are formulas: they follow your edits, and Cairn ignores them when the workbook comes back. Status colours follow edits too.',
  'Columns ending in “ID” tie each row to Cairn and do not print. Keep them when editing, so the changes can be imported back.',
] as const;

function summarySheet(ctx: Context): WorkbookSheetModel {
  const { input, scope } = ctx;
  const findings = keyFindings(input);
  const engagement = scope.engagement;
  const rows: WorkbookRow[] = [];
  const pair = (label: string, value: CellValue) => rows.push({ cells: [label, value], style: 'label' });
  rows.push({ cells: [t(input.client.name), null], style: 'title' });
  rows.push({ cells: [t(engagement ? engagement.title : 'All engagements'), null], style: 'subtitle' });
  rows.push({ cells: [null, null] });
  pair('Client', t(input.client.name));
  if (input.client.industry) pair('Industry', t(input.client.industry));
  if (input.client.region) pair('Region', t(input.client.region));
  pair('Engagement', t(engagement ? engagement.title : 'All engagements'));
  if (engagement?.startDate) pair('Started', day(engagement.startDate));
  if (engagement?.endDate) pair('Ended', day(engagement.endDate));
  pair('Prepared on', day(input.generatedAt));
  if (input.profile.name) pair('Consultant', t(input.profile.name));
  if (input.profile.firm) pair('Firm', t(input.profile.firm));
  if (input.profile.email) pair('Contact', safeLink(input.profile.email, `mailto:${input.profile.email}`));
  if (findings.assessment && findings.overallStage !== null) {
    pair('Overall stage', t(`${findings.overallStage} of ${findings.assessment.stageCount} (${findings.assessment.frameworkName}, assessed ${findings.assessment.assessedOn})`));
  }
  if (findings.tenStage) pair('Ten-stage placement', t(`Stage ${findings.tenStage.stage} of ${findings.tenStage.of}: ${findings.tenStage.name}${findings.tenStage.overridden ? ' (set by the consultant)' : ''}`));
  if (engagement?.executiveSummary) {
    rows.push({ cells: [null, null] });
    rows.push({ cells: ['Executive summary', null], style: 'section' });
    rows.push({ cells: [null, t(engagement.executiveSummary)], style: 'body' });
  }
  rows.push({ cells: [null, null] });
  rows.push({ cells: ['Key findings', null], style: 'section' });
  if (findings.sentences.length === 0) rows.push({ cells: [null, 'No assessment or ten-stage placement in scope yet.'], style: 'body' });
  findings.sentences.forEach((sentence, index) => rows.push({ cells: [index + 1, t(sentence)], style: 'body' }));
  rows.push({ cells: [null, null] });
  rows.push({ cells: ['Contents', null], style: 'section' });
  for (const id of ctx.sheets) rows.push({ cells: [{ text: SHEET_NAMES[id], sheet: SHEET_NAMES[id] }, SHEET_DESCRIPTIONS[id]], style: 'label' });
  rows.push({ cells: [null, null] });
  rows.push({ cells: ['About this workbook', null], style: 'section' });
  for (const note of ABOUT_NOTES) rows.push({ cells: [null, note], style: 'body' });
  return { id: 'summary', name: SHEET_NAMES.summary, columns: SUMMARY_COLUMNS, header: false, rows, frozen: { rows: 0, columns: 0 }, autoFilter: false, caption: 'Summary', print: printSetup(SUMMARY_COLUMNS) };
}

function stakeholderSheet(ctx: Context): WorkbookSheetModel {
  const departments = new Map(ctx.input.client.functions.map((f) => [f.id, f.name]));
  const rows = ctx.input.client.stakeholders.map((s) => ({
    cells: [
      t(s.name),
      t(s.title),
      t(s.departmentId ? (departments.get(s.departmentId) ?? '') : ''),
      STAKEHOLDER_GROUP_LABELS[s.group],
      s.influence,
      s.interest,
      s.isSponsor,
      s.isChampion,
      s.isCommunityLeader,
      t(s.contactNotes),
      s.id,
    ],
  }));
  return table('stakeholders', STAKEHOLDER_COLUMNS, rows, 'Stakeholders');
}

function ratingSheet(ctx: Context): WorkbookSheetModel {
  const rows: WorkbookRow[] = [];
  for (const { assessment, framework } of ctx.assessments) {
    const labels = raterLabels(assessment);
    const names = new Map(framework?.competencies.map((c) => [c.id, c.name]) ?? []);
    const ratings = [...assessment.participantRatings].sort((a, b) => (labels.get(a.participantId) ?? '').localeCompare(labels.get(b.participantId) ?? '') || a.competencyId.localeCompare(b.competencyId));
    for (const rating of ratings) {
      rows.push({
        cells: [
          t(assessment.title),
          day(assessment.assessedOn),
          t(labels.get(rating.participantId) ?? 'Participant'),
          t(names.get(rating.competencyId) ?? rating.competencyId),
          rating.stage,
          t(framework?.stages.find((stage) => stage.level === rating.stage)?.name ?? ''),
        ],
      });
    }
  }
  return table('ratings', RATING_COLUMNS, rows, 'Ratings by participant', 0);
}

function tenStageSheet(ctx: Context): WorkbookSheetModel {
  const rows: WorkbookRow[] = [];
  for (const placement of ctx.scope.placements) {
    if (placement.modelId !== TEN_STAGES_MODEL_ID) continue;
    const result = deriveTenStage(placement, TEN_STAGES_MODEL);
    for (const stage of TEN_STAGES_MODEL.stages) {
      const mostly = result.stages.find((s) => s.stageId === stage.id)?.mostlyMet ?? false;
      for (const indicator of stage.indicators) {
        const met = placement.indicatorsMet[indicator.id] === true;
        const fills: Record<number, string> = {};
        if (result.effectiveStage !== null && stage.level <= result.effectiveStage) fills[1] = mixWithWhite(ctx.brand, 0.65);
        rows.push({ cells: [day(placement.assessedOn), stage.level, stage.name, stage.alias, indicator.text, met, mostly], fills });
      }
    }
  }
  const last = rows.length + 1;
  const conditionalFormats = (['met', 'mostlyMet'] as const).map((key) => statusColours(letterOf(TEN_STAGE_COLUMNS, key), 2, last, { Yes: mixWithWhite(ctx.brand, 0.75) }));
  return { ...table('ten-stages', TEN_STAGE_COLUMNS, rows, 'Ten stages: indicators met', 0), conditionalFormats };
}

function auditSheet(ctx: Context): WorkbookSheetModel {
  const questions = SOCIAL_BUSINESS_AUDIT_GUIDE.questions;
  const columns: WorkbookColumn[] = [
    ...AUDIT_LEAD_COLUMNS,
    ...questions.map((q) => ({ key: q.id, header: q.question, type: 'long-text' as const, width: 34 })),
    ...AUDIT_TAIL_COLUMNS,
  ];
  const rows: WorkbookRow[] = [];
  const engagementId = ctx.input.engagementId;
  for (const audit of ctx.input.client.audits) {
    if (engagementId !== null && audit.engagementId !== engagementId) continue;
    for (const entry of audit.entries) {
      const groups = audit.coverage.filter((c) => c.functionName === entry.functionName).map((c) => STAKEHOLDER_GROUP_LABELS[c.stakeholderGroup]);
      rows.push({ cells: [day(audit.assessedOn), t(entry.functionName), ...questions.map((q) => t(entry.answers[q.id] ?? '')), t(entry.notes), joined(groups)] });
    }
  }
  return table('audit', columns, rows, 'Social business audit: functions × questions', 2);
}

function roadmapSheet(ctx: Context): WorkbookSheetModel {
  const rows: WorkbookRow[] = [];
  for (const track of TRACK_IDS) {
    const cells = PHASE_IDS.map((phase) =>
      ctx.scope.initiatives.filter((i) => i.track === track && i.phase === phase).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
    );
    const depth = Math.max(1, ...cells.map((c) => c.length));
    for (let index = 0; index < depth; index += 1) {
      const row: CellValue[] = [index === 0 ? TRACK_LABELS[track] : null];
      cells.forEach((list) => {
        const initiative = list[index];
        row.push(initiative ? t(`${initiative.title} (${INITIATIVE_STATUS_LABELS[initiative.status]})`) : null);
      });
      rows.push({ cells: row });
    }
  }
  // Each card is coloured by the status in brackets at its end, so a card whose status the client edits recolours.
  const range = `B2:${letterOf(ROADMAP_COLUMNS, PHASE_IDS.at(-1)!)}${Math.max(2, rows.length + 1)}`;
  const conditionalFormats: ConditionalFormat[] = [
    { range, rules: Object.entries(INITIATIVE_STATUS_FILLS).map(([label, fill]) => ({ kind: 'expression', formula: `RIGHT(B2,${label.length + 2})="(${label})"`, fill })) },
  ];
  return { ...table('roadmap', ROADMAP_COLUMNS, rows, 'Roadmap: phase × track'), autoFilter: false, conditionalFormats };
}

function initiativeSheet(ctx: Context): WorkbookSheetModel {
  const titles = new Map(ctx.input.client.initiatives.map((i) => [i.id, i.title]));
  const kpiNames = new Map(ctx.input.client.kpis.map((k) => [k.id, k.name]));
  const competencyNames = new Map<string, string>();
  for (const { framework } of ctx.assessments) for (const c of framework?.competencies ?? []) competencyNames.set(c.id, c.name);
  const sorted = [...ctx.scope.initiatives].sort((a, b) => phaseIndex(a.phase) - phaseIndex(b.phase) || a.track.localeCompare(b.track) || a.order - b.order);
  const rows = sorted.map((i) => ({
    cells: [
      t(i.title),
      t(i.description),
      PHASE_LABELS[phaseIndex(i.phase)]!,
      TRACK_LABELS[i.track],
      i.order,
      INITIATIVE_STATUS_LABELS[i.status],
      t(i.ownerStakeholderId ? (ctx.stakeholderName.get(i.ownerStakeholderId) ?? '') : ''),
      i.ownerRole ?? null,
      i.objective ? OBJECTIVES[i.objective].name : null,
      i.impact,
      i.effort,
      timingCell(i.start),
      timingCell(i.end),
      joined(i.businessFunctions),
      joined(i.stakeholderGroups.map((g) => STAKEHOLDER_GROUP_LABELS[g])),
      joined(i.competencyIds.map((id) => competencyNames.get(id) ?? id)),
      joined(i.dependsOn.map((id) => titles.get(id) ?? id)),
      joined(i.kpiIds.map((id) => kpiNames.get(id) ?? id)),
      i.pilot.isPilot,
      day(i.pilot.reviewDate),
      t(i.notes),
      day(i.updatedAt),
      i.id,
    ],
  }));
  const conditionalFormats = [statusColours(letterOf(INITIATIVE_COLUMNS, 'status'), 2, rows.length + 1, INITIATIVE_STATUS_FILLS)];
  return { ...table('initiatives', INITIATIVE_COLUMNS, rows, 'Initiatives'), conditionalFormats };
}

function workshopSheet(ctx: Context): WorkbookSheetModel {
  const rows: WorkbookRow[] = [];
  for (const w of ctx.scope.workshops) {
    const items = new Map(w.agenda.map((item) => [item.id, item.title]));
    const clusters = new Map(w.clusters.map((c) => [c.id, c]));
    const people = new Map(w.participants.map((p) => [p.id, p.name]));
    const dots = new Map<string, number>();
    for (const vote of w.dotVotes) dots.set(vote.targetId, (dots.get(vote.targetId) ?? 0) + vote.dots);
    const agendaOrder = new Map(w.agenda.map((item, index) => [item.id, index]));
    const notes = w.notes
      .filter((n) => !n.hidden)
      .sort(
        (a, b) =>
          (agendaOrder.get(a.agendaItemId) ?? 0) - (agendaOrder.get(b.agendaItemId) ?? 0) ||
          (a.clusterId === null ? Infinity : (clusters.get(a.clusterId)?.order ?? 0)) - (b.clusterId === null ? Infinity : (clusters.get(b.clusterId)?.order ?? 0)) ||
          a.order - b.order,
      );
    for (const n of notes) {
      const cluster = n.clusterId ? clusters.get(n.clusterId) : undefined;
      rows.push({
        cells: [
          t(w.title),
          day(w.date),
          t(items.get(n.agendaItemId) ?? ''),
          cluster ? t(cluster.label) : null,
          t(n.text),
          n.authorParticipantId ? t(people.get(n.authorParticipantId) ?? '') : 'Anonymous',
          dots.get(n.id) ?? 0,
          cluster ? (dots.get(cluster.id) ?? 0) : null,
        ],
      });
    }
  }
  return table('workshops', WORKSHOP_COLUMNS, rows, 'Workshops: notes, clusters and votes');
}

function decisionSheet(ctx: Context): WorkbookSheetModel {
  const rows: WorkbookRow[] = [];
  for (const w of ctx.scope.workshops) {
    const items = new Map(w.agenda.map((item) => [item.id, item.title]));
    for (const d of w.decisions) rows.push({ cells: [t(w.title), day(d.decidedAt), t(d.agendaItemId ? (items.get(d.agendaItemId) ?? '') : ''), t(d.text)] });
  }
  return table('decisions', DECISION_COLUMNS, rows, 'Decisions');
}

const BUILDERS: Record<Exclude<WorkbookSheet, 'dashboard'>, (ctx: Context) => WorkbookSheetModel> = {
  summary: summarySheet,
  stakeholders: stakeholderSheet,
  assessment: assessmentSheet,
  ratings: ratingSheet,
  'ten-stages': tenStageSheet,
  audit: auditSheet,
  gaps: gapSheet,
  roadmap: roadmapSheet,
  initiatives: initiativeSheet,
  kpis: kpiSheet,
  'kpi-measurements': measurementSheet,
  workshops: workshopSheet,
  decisions: decisionSheet,
  actions: actionSheet,
};

/**
 * The workbook for a client (one engagement, or everything): the sheets asked for, in
 * the standard order, each with typed cells and the column layout of workbook-columns.ts.
 */
export function buildWorkbookModel(input: DeliverableInput, sheets: readonly WorkbookSheet[]): WorkbookModel {
  const scope = deliverableScope(input);
  const brand = /^#[0-9a-fA-F]{6}$/.test(input.profile.brandColour) ? input.profile.brandColour.toLowerCase() : '#1f6f5c';
  const ctx: Context = {
    input,
    scope,
    brand,
    stakeholderName: new Map(input.client.stakeholders.map((s) => [s.id, s.name])),
    assessments: scope.assessments.map((assessment) => ({ assessment, framework: frameworkFor(input.client, assessment, input.frameworks) })),
    sheets: [],
  };
  const wanted = new Set(sheets);
  ctx.sheets = WORKBOOK_SHEETS.filter((id) => wanted.has(id));
  const built = ctx.sheets.filter((id) => id !== 'dashboard').map((id) => BUILDERS[id](ctx));
  const engagement = scope.engagement?.title ?? 'All engagements';
  return {
    properties: {
      title: t(`${input.client.name} – ${engagement}`),
      subject: 'Social business workbook',
      creator: t(input.profile.name),
      company: t(input.profile.firm),
      keywords: 'social business; maturity assessment; roadmap; KPIs',
      description: t(`Prepared with Cairn ${input.appVersion} on ${input.generatedAt.slice(0, 10)}.`),
      created: input.generatedAt,
    },
    brandColour: brand,
    headerText: relativeLuminance(brand) > 0.45 ? '#1a1a1a' : '#ffffff',
    // The Dashboard counts over the other sheets, so it is built from them.
    sheets: ctx.sheets.map((id) => (id === 'dashboard' ? dashboardSheet(input, built, brand) : built.find((sheet) => sheet.id === id)!)),
  };
}
