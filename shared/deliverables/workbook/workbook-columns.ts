import { CONFIDENCE_LEVELS } from '../../assessment/assessment-schema';
import { KPI_DIRECTIONS } from '../../kpi/kpi-schema';
import { INITIATIVE_STATUSES, INITIATIVE_STATUS_LABELS, OBJECTIVES, OBJECTIVE_IDS, PHASES, TRACK_IDS, TRACK_LABELS } from '../../roadmap/roadmap-reference';
import { ACTION_STATUSES, type ActionStatus } from '../../workshop/workshop-schema';
import type { WorkbookSheet } from '../deliverable-request';
import type { WorkbookColumn } from './workbook-model';

/**
 * The stable column layout of the workbook, documented in docs/workbook-layout.md (a test
 * keeps the two equal). Re-import finds columns by their header, so a client may reorder
 * or add columns; the id columns ("… ID") say which Cairn record a row is.
 */

export const SHEET_NAMES: Record<WorkbookSheet, string> = {
  summary: 'Summary',
  dashboard: 'Dashboard',
  stakeholders: 'Stakeholders',
  assessment: 'Assessment',
  ratings: 'Ratings',
  'ten-stages': 'Ten stages',
  audit: 'Audit',
  gaps: 'Gaps',
  roadmap: 'Roadmap',
  initiatives: 'Initiatives',
  kpis: 'KPIs',
  'kpi-measurements': 'KPI measurements',
  workshops: 'Workshops',
  decisions: 'Decisions',
  actions: 'Actions',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' };
export const CONFIDENCE_LABELS: Record<(typeof CONFIDENCE_LEVELS)[number], string> = { low: 'Low', medium: 'Medium', high: 'High' };
export const DIRECTION_LABELS: Record<(typeof KPI_DIRECTIONS)[number], string> = { 'higher-is-better': 'Higher is better', 'lower-is-better': 'Lower is better' };
/** Phase names as the workbook shows them: "1. Establish policy, process and procedure". */
export const PHASE_LABELS = PHASES.map((phase) => `${phase.number}. ${phase.name}`);

export const LISTS = {
  phase: PHASE_LABELS,
  track: TRACK_IDS.map((track) => TRACK_LABELS[track]),
  initiativeStatus: INITIATIVE_STATUSES.map((status) => INITIATIVE_STATUS_LABELS[status]),
  objective: OBJECTIVE_IDS.map((id) => OBJECTIVES[id].name),
  scale: [1, 2, 3, 4, 5],
  confidence: CONFIDENCE_LEVELS.map((level) => CONFIDENCE_LABELS[level]),
  direction: KPI_DIRECTIONS.map((direction) => DIRECTION_LABELS[direction]),
  actionStatus: ACTION_STATUSES.map((status) => ACTION_STATUS_LABELS[status]),
  /** Booleans are written as Yes and No. */
  yesNo: ['Yes', 'No'],
} as const;

const col = (key: string, header: string, type: WorkbookColumn['type'], width: number, list?: readonly (string | number)[]): WorkbookColumn =>
  list ? { key, header, type, width, list } : { key, header, type, width };

/** A column the workbook computes with a formula on every row; re-import ignores it. */
const computed = (column: WorkbookColumn): WorkbookColumn => ({ ...column, computed: true });

export const SUMMARY_COLUMNS = [col('label', 'Item', 'text', 26), col('value', 'Value', 'long-text', 96)];

/** Key figures (formulas over the other sheets) above the charts. */
export const DASHBOARD_COLUMNS = [col('figure', 'Figure', 'text', 40), col('value', 'Value', 'number', 14), col('rule', 'How it is counted', 'long-text', 70)];

export const STAKEHOLDER_COLUMNS = [
  col('name', 'Name', 'text', 28),
  col('title', 'Title', 'text', 30),
  col('department', 'Department', 'text', 24),
  col('group', 'Stakeholder group', 'text', 20),
  col('influence', 'Influence (1–5)', 'integer', 12),
  col('interest', 'Interest (1–5)', 'integer', 12),
  col('sponsor', 'Sponsor', 'boolean', 10),
  col('champion', 'Champion', 'boolean', 10),
  col('communityLeader', 'Community leader', 'boolean', 12),
  col('contactNotes', 'Contact notes', 'long-text', 60),
  col('stakeholderId', 'Stakeholder ID', 'id', 16),
];

/** Before the stage columns of the heat map. */
export const ASSESSMENT_LEAD_COLUMNS = [col('assessment', 'Assessment', 'text', 30), col('assessedOn', 'Assessed on', 'date', 12), col('competency', 'Competency', 'text', 26)];
/** One column per framework stage sits between lead and tail, headed "1. Hierarchy" and so on. */
export const ASSESSMENT_TAIL_COLUMNS = [
  col('current', 'Current stage', 'integer', 10),
  col('target', 'Target stage', 'integer', 10),
  computed(col('gap', 'Gap', 'integer', 7)),
  computed(col('progress', 'Progress to target', 'percent', 10)),
  col('confidence', 'Confidence', 'text', 12, LISTS.confidence),
  col('notApplicable', 'Not applicable', 'boolean', 11, LISTS.yesNo),
  col('evidence', 'Evidence', 'long-text', 60),
  col('assessmentId', 'Assessment ID', 'id', 16),
  col('competencyId', 'Competency ID', 'id', 16),
];
export const stageColumnHeader = (level: number, name: string) => `${level}. ${name}`;

export const RATING_COLUMNS = [
  col('assessment', 'Assessment', 'text', 30),
  col('assessedOn', 'Assessed on', 'date', 12),
  col('participant', 'Participant', 'text', 28),
  col('competency', 'Competency', 'text', 26),
  col('stage', 'Stage', 'integer', 8),
  col('stageName', 'Stage name', 'text', 22),
];

export const TEN_STAGE_COLUMNS = [
  col('assessedOn', 'Assessed on', 'date', 12),
  col('level', 'Stage', 'integer', 7),
  col('stage', 'Stage name', 'text', 36),
  col('alias', 'Also known as', 'text', 26),
  col('indicator', 'Indicator', 'long-text', 64),
  col('met', 'Met', 'boolean', 8),
  col('mostlyMet', 'Stage mostly met', 'boolean', 11),
];

/** The audit's question columns (from the audit guide) sit between lead and tail. */
export const AUDIT_LEAD_COLUMNS = [col('assessedOn', 'Assessed on', 'date', 12), col('function', 'Business function', 'text', 24)];
export const AUDIT_TAIL_COLUMNS = [col('notes', 'Notes', 'long-text', 40), col('engages', 'Engages on social', 'long-text', 30)];

export const GAP_COLUMNS = [
  col('assessment', 'Assessment', 'text', 30),
  col('competency', 'Competency', 'text', 26),
  col('current', 'Current stage', 'integer', 10),
  col('target', 'Target stage', 'integer', 10),
  computed(col('gap', 'Gap', 'integer', 7)),
  computed(col('progress', 'Progress to target', 'percent', 10)),
  col('confidence', 'Confidence', 'text', 12),
  col('notApplicable', 'Not applicable', 'boolean', 11),
];

/** The roadmap grid: a track column, then one column per phase. */
export const ROADMAP_COLUMNS = [col('track', 'Track', 'text', 20), ...PHASES.map((phase, index) => col(phase.id, PHASE_LABELS[index]!, 'long-text', 36))];

export const INITIATIVE_COLUMNS = [
  col('title', 'Title', 'text', 36),
  col('description', 'Description', 'long-text', 50),
  col('phase', 'Phase', 'text', 38, LISTS.phase),
  col('track', 'Track', 'text', 18, LISTS.track),
  col('order', 'Order in cell', 'integer', 9),
  col('status', 'Status', 'text', 13, LISTS.initiativeStatus),
  col('owner', 'Owner', 'text', 24),
  col('ownerRole', 'Owner role', 'text', 22),
  col('objective', 'Objective', 'text', 20, LISTS.objective),
  col('impact', 'Impact (1–5)', 'integer', 10, LISTS.scale),
  col('effort', 'Effort (1–5)', 'integer', 10, LISTS.scale),
  col('start', 'Start', 'timing', 12),
  col('end', 'End', 'timing', 12),
  col('businessFunctions', 'Business functions', 'long-text', 24),
  col('stakeholderGroups', 'Stakeholder groups', 'long-text', 20),
  col('competencies', 'Competencies', 'long-text', 24),
  col('dependsOn', 'Depends on', 'long-text', 30),
  col('kpis', 'KPIs', 'long-text', 30),
  col('pilot', 'Pilot', 'boolean', 8, LISTS.yesNo),
  col('pilotReview', 'Pilot review', 'date', 12),
  col('notes', 'Notes', 'long-text', 40),
  col('updated', 'Last changed', 'date', 12),
  col('initiativeId', 'Initiative ID', 'id', 16),
];

export const KPI_COLUMNS = [
  col('name', 'KPI', 'text', 32),
  col('definition', 'Definition', 'long-text', 50),
  col('formula', 'Formula', 'text', 24),
  col('unit', 'Unit', 'text', 10),
  col('direction', 'Direction', 'text', 16, LISTS.direction),
  col('baseline', 'Baseline', 'number', 11),
  col('baselineDate', 'Baseline date', 'date', 12),
  col('target', 'Target', 'number', 11),
  col('targetDate', 'Target date', 'date', 12),
  col('latest', 'Latest', 'number', 11),
  col('latestDate', 'Latest date', 'date', 12),
  computed(col('progress', 'Progress to target', 'percent', 10)),
  col('status', 'Status', 'text', 11),
  col('statusReason', 'Why', 'long-text', 50),
  col('owner', 'Owner', 'text', 24),
  col('dataSource', 'Data source', 'text', 20),
  col('initiatives', 'Initiatives', 'long-text', 30),
  col('kpiId', 'KPI ID', 'id', 16),
];

export const MEASUREMENT_COLUMNS = [
  col('kpi', 'KPI', 'text', 32),
  col('date', 'Date', 'date', 12),
  col('value', 'Value', 'number', 12),
  col('unit', 'Unit', 'text', 10),
  col('note', 'Note', 'long-text', 50),
  col('kpiId', 'KPI ID', 'id', 16),
  col('measurementId', 'Measurement ID', 'id', 16),
];

export const WORKSHOP_COLUMNS = [
  col('workshop', 'Workshop', 'long-text', 30),
  col('date', 'Date', 'date', 12),
  col('agendaItem', 'Agenda item', 'text', 24),
  col('cluster', 'Cluster', 'long-text', 28),
  col('note', 'Note', 'long-text', 60),
  col('author', 'Author', 'text', 22),
  col('noteDots', 'Dots on note', 'integer', 9),
  col('clusterDots', 'Dots on cluster', 'integer', 9),
];

export const DECISION_COLUMNS = [
  col('workshop', 'Workshop', 'long-text', 30),
  col('date', 'Decided on', 'date', 12),
  col('agendaItem', 'Agenda item', 'text', 24),
  col('decision', 'Decision', 'long-text', 70),
];

export const ACTION_COLUMNS = [
  col('workshop', 'Workshop', 'long-text', 30),
  col('what', 'Action', 'long-text', 50),
  col('owner', 'Owner', 'text', 24),
  col('due', 'Due', 'date', 12),
  col('status', 'Status', 'text', 13, LISTS.actionStatus),
  computed(col('overdue', 'Overdue', 'boolean', 9)),
  col('sourceNote', 'From note', 'long-text', 36),
  col('workshopId', 'Workshop ID', 'id', 16),
  col('actionId', 'Action ID', 'id', 16),
];

/** Status fills, by the label a status column shows; conditional formats apply them as the client edits. */
export const INITIATIVE_STATUS_FILLS: Record<string, string> = { Idea: '#f2f2f2', Planned: '#e3edf7', 'In progress': '#fff1c9', Done: '#dcefdc', Dropped: '#e0e0e0' };
export const KPI_STATUS_FILLS: Record<string, string> = { 'On track': '#dcefdc', 'At risk': '#fff1c9', 'Off track': '#f8d4d0', 'No data': '#f2f2f2' };
export const ACTION_STATUS_FILLS: Record<string, string> = { Open: '#e3edf7', 'In progress': '#fff1c9', Done: '#dcefdc', Dropped: '#e0e0e0' };
export const OVERDUE_FILL = '#f8d4d0';
export const YES_FILL = '#dcefdc';
/** Out of scope: the grey the charts use for "not applicable". */
export const NOT_APPLICABLE_FILL = '#eceff3';

/** What each sheet holds, as the Summary's contents list says it. */
export const SHEET_DESCRIPTIONS: Record<WorkbookSheet, string> = {
  summary: 'The client, the engagement, key findings and this contents list.',
  dashboard: 'Key figures (formulas over the other sheets) and the report’s charts.',
  stakeholders: 'Who is who: influence, interest, sponsor and champions.',
  assessment: 'The maturity heat map: competency × stage, with gap and progress to target.',
  ratings: 'Each participant’s rating of each competency.',
  'ten-stages': 'Ten-stage model indicators, met or not.',
  audit: 'Social business audit: business functions × questions.',
  gaps: 'Gaps to target, largest first, with totals.',
  roadmap: 'The roadmap grid: phase × track.',
  initiatives: 'Every initiative with its phase, status, owner, impact, effort and timing.',
  kpis: 'The KPI plan: baseline, target, latest value, progress and status.',
  'kpi-measurements': 'Every KPI reading.',
  workshops: 'Workshop notes, clusters and dot votes.',
  decisions: 'Decisions taken in workshops.',
  actions: 'Workshop actions with owner, due date and whether they are overdue.',
};

/** A KPI measured in percent: its numbers are written as fractions (18 → 0.18) and shown as percentages. */
export const isPercentUnit = (unit: string): boolean => unit.trim() === '%';
