import { raterLabels } from '../../assessment/rater-labels';
import { STAKEHOLDER_GROUP_LABELS } from '../../domain/reference-lists';
import { SOCIAL_BUSINESS_AUDIT_GUIDE, TEN_STAGES_MODEL, TEN_STAGES_MODEL_ID } from '../../frameworks/builtin';
import type { Framework } from '../../frameworks/framework-schema';
import { kpiStatus, KPI_STATUS_LABELS } from '../../kpi/kpi-status';
import { quarterLabel, type Timing } from '../../roadmap/calendar';
import { INITIATIVE_STATUS_LABELS, OBJECTIVES, PHASE_IDS, TRACK_IDS, TRACK_LABELS, phaseIndex } from '../../roadmap/roadmap-reference';
import { competencyRows } from '../../scoring/competency-rows';
import { gapTable } from '../../scoring/gap-table';
import { deriveTenStage } from '../../scoring/ten-stage-derivation';
import type { DeliverableInput } from '../deliverable-input';
import { WORKBOOK_SHEETS, type WorkbookSheet } from '../deliverable-request';
import { deliverableScope, frameworkFor, type DeliverableScope } from '../deliverable-scope';
import { keyFindings } from '../key-findings';
import {
  ACTION_COLUMNS,
  ACTION_STATUS_LABELS,
  ASSESSMENT_LEAD_COLUMNS,
  ASSESSMENT_TAIL_COLUMNS,
  AUDIT_LEAD_COLUMNS,
  AUDIT_TAIL_COLUMNS,
  CONFIDENCE_LABELS,
  DECISION_COLUMNS,
  DIRECTION_LABELS,
  GAP_COLUMNS,
  INITIATIVE_COLUMNS,
  KPI_COLUMNS,
  MEASUREMENT_COLUMNS,
  PHASE_LABELS,
  RATING_COLUMNS,
  ROADMAP_COLUMNS,
  SHEET_NAMES,
  STAKEHOLDER_COLUMNS,
  SUMMARY_COLUMNS,
  TEN_STAGE_COLUMNS,
  WORKSHOP_COLUMNS,
  stageColumnHeader,
} from './workbook-columns';
import { cellText, safeLink, type CellValue, type WorkbookColumn, type WorkbookModel, type WorkbookRow, type WorkbookSheetModel } from './workbook-model';

const t = (text: string): string => cellText(text);
const day = (iso: string | null | undefined): CellValue => (iso ? { date: iso.slice(0, 10) } : null);
const joined = (values: readonly string[]): string => t(values.join('; '));

/** Mixes a #rrggbb colour with white: 0 gives white, 1 the colour itself. */
export function tint(hex: string, strength: number): string {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16);
    return Math.round(255 - (255 - value) * strength)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** Relative luminance (WCAG) of a #rrggbb colour. */
function luminance(hex: string): number {
  const linear = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5);
}

/** The fill of the stages still to climb between current and target (amber, readable with black text). */
export const GAP_FILL = '#fbe3b4';

function timingCell(timing: Timing): CellValue {
  if (timing === null) return null;
  return timing.kind === 'date' ? { date: timing.date } : quarterLabel(timing);
}

interface Context {
  input: DeliverableInput;
  scope: DeliverableScope;
  brand: string;
  stakeholderName: Map<string, string>;
  assessments: { assessment: DeliverableScope['assessments'][number]; framework: Framework | null }[];
}

function table(id: WorkbookSheet, columns: WorkbookColumn[], rows: WorkbookRow[], caption: string, frozenColumns = 1): WorkbookSheetModel {
  return { id, name: SHEET_NAMES[id], columns, header: true, rows, frozen: { rows: 1, columns: frozenColumns }, autoFilter: true, caption };
}

/** How to read and edit the workbook, on the Summary sheet. */
export const ABOUT_NOTES = [
  'Assessment: filled stage cells show the stages reached; amber cells the stages still to climb to the target.',
  'Drop-down lists offer the allowed values for status, phase and similar columns.',
  'Columns ending in “ID” tie each row to Cairn. Keep them when editing, so the changes can be imported back.',
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
  rows.push({ cells: ['About this workbook', null], style: 'section' });
  for (const note of ABOUT_NOTES) rows.push({ cells: [null, note], style: 'body' });
  return { id: 'summary', name: SHEET_NAMES.summary, columns: SUMMARY_COLUMNS, header: false, rows, frozen: { rows: 0, columns: 0 }, autoFilter: false, caption: 'Summary' };
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

function assessmentSheet(ctx: Context): WorkbookSheetModel {
  const stageCount = Math.max(0, ...ctx.assessments.map((a) => a.framework?.stages.length ?? 0));
  const first = ctx.assessments.find((a) => a.framework)?.framework;
  const stageColumns: WorkbookColumn[] = Array.from({ length: stageCount }, (_, index) => {
    const name = first?.stages[index]?.name ?? `Stage ${index + 1}`;
    return { key: `stage${index + 1}`, header: stageColumnHeader(index + 1, name), type: 'text', width: 13 };
  });
  const columns = [...ASSESSMENT_LEAD_COLUMNS, ...stageColumns, ...ASSESSMENT_TAIL_COLUMNS];
  const rows: WorkbookRow[] = [];
  for (const { assessment, framework } of ctx.assessments) {
    if (!framework) continue;
    for (const row of competencyRows(assessment, framework)) {
      const fills: Record<number, string> = {};
      const stages: CellValue[] = Array.from({ length: stageCount }, (_, index) => {
        const level = index + 1;
        const column = ASSESSMENT_LEAD_COLUMNS.length + index;
        if (level > framework.stages.length) return null;
        if (row.current !== null && level <= row.current) fills[column] = tint(ctx.brand, 0.2 + (0.45 * level) / framework.stages.length);
        else if (row.current !== null && row.target !== null && level <= row.target) fills[column] = GAP_FILL;
        if (level === row.current && level === row.target) return 'Current = target';
        if (level === row.current) return 'Current';
        if (level === row.target) return 'Target';
        return null;
      });
      const entry = row.entry;
      rows.push({
        cells: [
          t(assessment.title),
          day(assessment.assessedOn),
          t(row.competency.name),
          ...stages,
          entry?.currentStage ?? null,
          entry?.targetStage ?? null,
          row.current !== null && row.target !== null ? row.target - row.current : null,
          entry ? CONFIDENCE_LABELS[entry.confidence] : null,
          row.notApplicable,
          t(entry?.evidence ?? ''),
          assessment.id,
          row.competency.id,
        ],
        fills,
      });
    }
  }
  return table('assessment', columns, rows, 'Assessment: competency × stage', 3);
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
        const fills: Record<number, string> = met ? { 5: tint(ctx.brand, 0.25) } : {};
        if (result.effectiveStage !== null && stage.level <= result.effectiveStage) fills[1] = tint(ctx.brand, 0.35);
        rows.push({ cells: [day(placement.assessedOn), stage.level, stage.name, stage.alias, indicator.text, met, mostly], fills });
      }
    }
  }
  return table('ten-stages', TEN_STAGE_COLUMNS, rows, 'Ten stages: indicators met', 0);
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

function gapSheet(ctx: Context): WorkbookSheetModel {
  const latest = [...ctx.assessments].reverse().find((a) => a.framework);
  const rows: WorkbookRow[] = [];
  if (latest?.framework) {
    for (const row of gapTable(latest.assessment, latest.framework)) {
      const fills: Record<number, string> = row.gap !== null && row.gap > 0 ? { 4: row.gap >= 2 ? '#f6c28b' : GAP_FILL } : {};
      rows.push({
        cells: [t(latest.assessment.title), t(row.name), row.current, row.target, row.gap, row.confidence ? CONFIDENCE_LABELS[row.confidence] : null, row.notApplicable],
        fills,
      });
    }
  }
  return table('gaps', GAP_COLUMNS, rows, 'Gaps to target, largest first');
}

const STATUS_FILLS: Record<string, string> = { idea: '#f2f2f2', planned: '#e3edf7', 'in-progress': '#fff1c9', done: '#dcefdc', dropped: '#eeeeee' };

function roadmapSheet(ctx: Context): WorkbookSheetModel {
  const rows: WorkbookRow[] = [];
  for (const track of TRACK_IDS) {
    const cells = PHASE_IDS.map((phase) =>
      ctx.scope.initiatives.filter((i) => i.track === track && i.phase === phase).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
    );
    const depth = Math.max(1, ...cells.map((c) => c.length));
    for (let index = 0; index < depth; index += 1) {
      const fills: Record<number, string> = {};
      const row: CellValue[] = [index === 0 ? TRACK_LABELS[track] : null];
      cells.forEach((list, p) => {
        const initiative = list[index];
        row.push(initiative ? t(`${initiative.title} (${INITIATIVE_STATUS_LABELS[initiative.status]})`) : null);
        if (initiative) fills[p + 1] = STATUS_FILLS[initiative.status]!;
      });
      rows.push({ cells: row, fills });
    }
  }
  return { ...table('roadmap', ROADMAP_COLUMNS, rows, 'Roadmap: phase × track'), autoFilter: false };
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
  return table('initiatives', INITIATIVE_COLUMNS, rows, 'Initiatives');
}

function kpiSheet(ctx: Context): WorkbookSheetModel {
  const titles = new Map(ctx.input.client.initiatives.map((i) => [i.id, i.title]));
  const rows = ctx.input.client.kpis.map((k) => {
    const status = kpiStatus(k);
    return {
      cells: [
        t(k.name),
        t(k.definition),
        t(k.formula),
        t(k.unit),
        DIRECTION_LABELS[k.direction],
        k.baseline.value,
        day(k.baseline.date),
        k.target.value,
        day(k.target.date),
        status.latest?.value ?? null,
        day(status.latest?.date),
        KPI_STATUS_LABELS[status.status],
        t(status.reason),
        t(k.ownerStakeholderId ? (ctx.stakeholderName.get(k.ownerStakeholderId) ?? '') : ''),
        t(k.dataSource),
        joined(k.initiativeIds.map((id) => titles.get(id) ?? id)),
        k.id,
      ],
      fills: { 11: { 'on-track': '#dcefdc', 'at-risk': '#fff1c9', 'off-track': '#f8d4d0', 'no-data': '#f2f2f2' }[status.status] },
    };
  });
  return table('kpis', KPI_COLUMNS, rows, 'KPI plan');
}

function measurementSheet(ctx: Context): WorkbookSheetModel {
  const rows: WorkbookRow[] = [];
  for (const k of ctx.input.client.kpis) {
    for (const m of [...k.measurements].sort((a, b) => a.date.localeCompare(b.date))) {
      rows.push({ cells: [t(k.name), day(m.date), m.value, t(k.unit), t(m.note), k.id, m.id] });
    }
  }
  return table('kpi-measurements', MEASUREMENT_COLUMNS, rows, 'KPI measurements');
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

function actionSheet(ctx: Context): WorkbookSheetModel {
  const today = ctx.input.generatedAt.slice(0, 10);
  const rows: WorkbookRow[] = [];
  for (const w of ctx.scope.workshops) {
    const notes = new Map(w.notes.map((n) => [n.id, n]));
    for (const a of w.actions) {
      const overdue = a.dueDate !== null && a.dueDate < today && (a.status === 'open' || a.status === 'in-progress');
      const source = a.sourceNoteId ? notes.get(a.sourceNoteId) : undefined;
      rows.push({
        cells: [t(w.title), t(a.what), t(a.ownerName), day(a.dueDate), ACTION_STATUS_LABELS[a.status], overdue, source && !source.hidden ? t(source.text) : null, w.id, a.id],
        fills: overdue ? { 5: '#f8d4d0' } : {},
      });
    }
  }
  return table('actions', ACTION_COLUMNS, rows, 'Actions');
}

const BUILDERS: Record<WorkbookSheet, (ctx: Context) => WorkbookSheetModel> = {
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
  };
  const wanted = new Set(sheets);
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
    headerText: luminance(brand) > 0.45 ? '#1a1a1a' : '#ffffff',
    sheets: WORKBOOK_SHEETS.filter((id) => wanted.has(id)).map((id) => BUILDERS[id](ctx)),
  };
}
