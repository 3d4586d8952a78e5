import type { Assessment, CompetencyAssessment } from '../../assessment/assessment-schema';
import { ClientSchema, type Client } from '../../domain/client';
import { describeZodIssue } from '../../file-format/zod-messages';
import { BUILT_IN_FRAMEWORKS } from '../../frameworks/builtin';
import type { Kpi, Measurement } from '../../kpi/kpi-schema';
import type { Initiative } from '../../roadmap/initiative-schema';
import { INITIATIVE_STATUSES, INITIATIVE_STATUS_LABELS, OBJECTIVES, OBJECTIVE_IDS, OWNER_ROLES, PHASES, TRACK_IDS, TRACK_LABELS } from '../../roadmap/roadmap-reference';
import { ACTION_STATUSES, type WorkshopAction } from '../../workshop/workshop-schema';
import type { Result } from '../../result';
import {
  ACTION_COLUMNS,
  ACTION_STATUS_LABELS,
  ASSESSMENT_TAIL_COLUMNS,
  CONFIDENCE_LABELS,
  DIRECTION_LABELS,
  INITIATIVE_COLUMNS,
  KPI_COLUMNS,
  MEASUREMENT_COLUMNS,
  PHASE_LABELS,
  SHEET_NAMES,
  isPercentUnit,
} from './workbook-columns';
import { sameJson } from '../../file-format/import-merge';
import { CellProblem, blankRow, readerFor, timing } from './workbook-row-reader';
import type { CellValue, WorkbookColumn } from './workbook-model';

/** One sheet as read from an .xlsx: its header row and the rows under it (1-based row numbers). */
export interface WorkbookTable {
  headers: string[];
  rows: { row: number; cells: CellValue[] }[];
}

/** The sheets re-import reads, by sheet name. */
export type WorkbookTables = Record<string, WorkbookTable>;

export const READ_BACK_SHEETS = [SHEET_NAMES.initiatives, SHEET_NAMES.kpis, SHEET_NAMES['kpi-measurements'], SHEET_NAMES.assessment, SHEET_NAMES.actions] as const;

export interface ApplyOptions {
  /** ISO timestamp given to every record the workbook changed, so a merge sees it as newer. */
  now: string;
  newId: () => string;
}

const header = (columns: readonly WorkbookColumn[], key: string) => columns.find((column) => column.key === key)!.header;

/** A deep copy of plain JSON data. */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Canonical equality: the same values whatever the order of their keys. */
const same = (a: unknown, b: unknown) => sameJson(a, b);

const PHASE_OPTIONS = PHASES.map((phase, index) => ({ id: phase.id, names: [PHASE_LABELS[index]!, phase.name, String(phase.number)] }));
const TRACK_OPTIONS = TRACK_IDS.map((id) => ({ id, names: [TRACK_LABELS[id], id.replace(/^./, (c) => c.toUpperCase())] }));
const STATUS_OPTIONS = INITIATIVE_STATUSES.map((id) => ({ id, names: [INITIATIVE_STATUS_LABELS[id]] }));
const OBJECTIVE_OPTIONS = OBJECTIVE_IDS.map((id) => ({ id, names: [OBJECTIVES[id].name] }));
const ROLE_OPTIONS = OWNER_ROLES.map((id) => ({ id, names: [id] }));
const CONFIDENCE_OPTIONS = (['low', 'medium', 'high'] as const).map((id) => ({ id, names: [CONFIDENCE_LABELS[id]] }));
const DIRECTION_OPTIONS = (['higher-is-better', 'lower-is-better'] as const).map((id) => ({ id, names: [DIRECTION_LABELS[id]] }));
const ACTION_OPTIONS = ACTION_STATUSES.map((id) => ({ id, names: [ACTION_STATUS_LABELS[id]] }));

/** Applies `value` when the column was in the workbook. */
function set<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined) {
  if (value !== undefined) target[key] = value;
}

interface Tally {
  matched: number;
  idCells: number;
}

function applyInitiatives(client: Client, table: WorkbookTable | undefined, options: ApplyOptions, tally: Tally): Initiative[] {
  const read = readerFor(table, SHEET_NAMES.initiatives);
  if (!read || !table) return client.initiatives;
  const h = (key: string) => header(INITIATIVE_COLUMNS, key);
  const byId = new Map(client.initiatives.map((initiative) => [initiative.id, initiative]));
  const edited = new Map<string, Initiative>();
  const seen = new Set<string>();
  const added: Initiative[] = [];
  const byName = new Map(client.stakeholders.map((s) => [s.name.trim().toLowerCase(), s.id]));
  const engagements = new Set<string | null>();
  for (const row of table.rows) {
    if (blankRow(row.cells)) continue;
    const r = read(row);
    const id = r.text(h('initiativeId'))?.trim() ?? '';
    const base = id === '' ? null : byId.get(id);
    if (id !== '') {
      tally.idCells += 1;
      if (!base) throw r.fail(h('initiativeId'), `"${id}" names no initiative of ${client.name}`);
      if (seen.has(id)) throw r.fail(h('initiativeId'), `"${id}" appears on two rows`);
      seen.add(id);
      tally.matched += 1;
      engagements.add(base.engagementId);
    }
    const next: Initiative = base
      ? clone(base)
      : {
          id: options.newId(),
          createdAt: options.now,
          updatedAt: options.now,
          title: '',
          description: '',
          phase: 'establish',
          track: 'internal',
          order: 0,
          ownerStakeholderId: null,
          ownerRole: null,
          businessFunctions: [],
          stakeholderGroups: [],
          competencyIds: [],
          objective: null,
          impact: 3,
          effort: 3,
          status: 'idea',
          start: null,
          end: null,
          dependsOn: [],
          kpiIds: [],
          notes: '',
          pilot: { isPilot: false, reviewDate: null },
          libraryId: null,
          engagementId: null,
        };
    const title = r.text(h('title'))?.trim();
    if (title !== undefined) {
      if (title === '') throw r.fail(h('title'), 'an initiative needs a title');
      next.title = title;
    }
    set(next, 'description', r.longText(h('description'), next.description));
    set(next, 'phase', r.choice(h('phase'), PHASE_OPTIONS, 'keep') ?? undefined);
    set(next, 'track', r.choice(h('track'), TRACK_OPTIONS, 'keep') ?? undefined);
    set(next, 'status', r.choice(h('status'), STATUS_OPTIONS, 'keep') ?? undefined);
    set(next, 'objective', r.choice(h('objective'), OBJECTIVE_OPTIONS, null));
    set(next, 'ownerRole', r.choice(h('ownerRole'), ROLE_OPTIONS, null));
    const owner = r.text(h('owner'))?.trim();
    if (owner !== undefined) {
      if (owner === '') next.ownerStakeholderId = null;
      else {
        const stakeholder = byName.get(owner.toLowerCase());
        if (!stakeholder) throw r.fail(h('owner'), `"${owner}" is not one of ${client.name}'s stakeholders`);
        next.ownerStakeholderId = stakeholder;
      }
    }
    set(next, 'impact', r.integer(h('impact'), 1, 5) ?? undefined);
    set(next, 'effort', r.integer(h('effort'), 1, 5) ?? undefined);
    set(next, 'start', timing(r, h('start')));
    set(next, 'end', timing(r, h('end')));
    const pilot = r.boolean(h('pilot'));
    if (pilot !== undefined) next.pilot = { ...next.pilot, isPilot: pilot };
    const review = r.date(h('pilotReview'));
    if (review !== undefined) next.pilot = { ...next.pilot, reviewDate: review };
    set(next, 'notes', r.longText(h('notes'), next.notes));
    if (!base) {
      if (next.title === '') throw r.fail(h('title'), 'a new initiative needs a title');
      added.push(next);
      continue;
    }
    if (same(next, base)) continue;
    if (next.phase !== base.phase || next.track !== base.track) next.order = Number.MAX_SAFE_INTEGER;
    next.updatedAt = options.now;
    edited.set(id, next);
  }
  // New rows join the engagement the workbook's other rows share, or the whole client.
  const engagement = engagements.size === 1 ? [...engagements][0]! : null;
  const result = client.initiatives.map((initiative) => edited.get(initiative.id) ?? initiative);
  for (const initiative of added) result.push({ ...initiative, engagementId: engagement, order: Number.MAX_SAFE_INTEGER });
  // Moved and new cards go to the end of their phase × track cell.
  for (const initiative of result) {
    if (initiative.order !== Number.MAX_SAFE_INTEGER) continue;
    const cell = result.filter((other) => other !== initiative && other.phase === initiative.phase && other.track === initiative.track && other.order !== Number.MAX_SAFE_INTEGER);
    initiative.order = cell.reduce((max, other) => Math.max(max, other.order + 1), 0);
  }
  return result;
}

function applyKpis(client: Client, kpiTable: WorkbookTable | undefined, measurementTable: WorkbookTable | undefined, options: ApplyOptions, tally: Tally): Kpi[] {
  const kpis = new Map(client.kpis.map((kpi) => [kpi.id, clone(kpi)]));
  const changed = new Set<string>();
  const readKpi = readerFor(kpiTable, SHEET_NAMES.kpis);
  if (readKpi && kpiTable) {
    const h = (key: string) => header(KPI_COLUMNS, key);
    const seen = new Set<string>();
    for (const row of kpiTable.rows) {
      if (blankRow(row.cells)) continue;
      const r = readKpi(row);
      const id = r.text(h('kpiId'))?.trim() ?? '';
      if (id === '') throw r.fail(h('kpiId'), 'is empty: new KPIs are added in Cairn, where the catalogue helps define them');
      tally.idCells += 1;
      const kpi = kpis.get(id);
      if (!kpi) throw r.fail(h('kpiId'), `"${id}" names no KPI of ${client.name}`);
      if (seen.has(id)) throw r.fail(h('kpiId'), `"${id}" appears on two rows`);
      seen.add(id);
      tally.matched += 1;
      const before = clone(kpi);
      const name = r.text(h('name'))?.trim();
      if (name !== undefined) {
        if (name === '') throw r.fail(h('name'), 'a KPI needs a name');
        kpi.name = name;
      }
      set(kpi, 'definition', r.longText(h('definition'), kpi.definition));
      set(kpi, 'formula', r.text(h('formula')));
      set(kpi, 'unit', r.text(h('unit'))?.trim());
      set(kpi, 'direction', r.choice(h('direction'), DIRECTION_OPTIONS, 'keep') ?? undefined);
      const percent = isPercentUnit(kpi.unit);
      set(kpi.baseline, 'value', r.percentNumber(h('baseline'), before.baseline.value, percent));
      set(kpi.baseline, 'date', r.date(h('baselineDate')));
      set(kpi.target, 'value', r.percentNumber(h('target'), before.target.value, percent));
      set(kpi.target, 'date', r.date(h('targetDate')));
      set(kpi, 'dataSource', r.text(h('dataSource')));
      if (!same(kpi, before)) changed.add(id);
    }
  }
  const readMeasurement = readerFor(measurementTable, SHEET_NAMES['kpi-measurements']);
  if (readMeasurement && measurementTable) {
    const h = (key: string) => header(MEASUREMENT_COLUMNS, key);
    const seen = new Set<string>();
    for (const row of measurementTable.rows) {
      if (blankRow(row.cells)) continue;
      const r = readMeasurement(row);
      const kpiId = r.text(h('kpiId'))?.trim() ?? '';
      if (kpiId === '') throw r.fail(h('kpiId'), 'is empty: say which KPI the measurement belongs to');
      tally.idCells += 1;
      const kpi = kpis.get(kpiId);
      if (!kpi) throw r.fail(h('kpiId'), `"${kpiId}" names no KPI of ${client.name}`);
      tally.matched += 1;
      const id = r.text(h('measurementId'))?.trim() ?? '';
      const existing = id === '' ? undefined : kpi.measurements.find((m) => m.id === id);
      if (id !== '' && !existing) throw r.fail(h('measurementId'), `"${id}" names no measurement of the KPI "${kpi.name}"`);
      if (id !== '' && seen.has(id)) throw r.fail(h('measurementId'), `"${id}" appears on two rows`);
      if (id !== '') seen.add(id);
      const next: Measurement = existing ? { ...existing } : { id: options.newId(), date: '', value: Number.NaN, note: '' };
      set(next, 'date', r.date(h('date')) ?? undefined);
      set(next, 'value', r.percentNumber(h('value'), existing?.value ?? null, isPercentUnit(kpi.unit)) ?? undefined);
      set(next, 'note', r.text(h('note')));
      if (!existing && (next.date === '' || Number.isNaN(next.value))) throw r.fail(next.date === '' ? h('date') : h('value'), 'a new measurement needs a date and a value');
      if (existing && same(next, existing)) continue;
      if (kpi.shareOfVoice !== null) throw r.fail(h('value'), `the KPI "${kpi.name}" takes its measurements from share-of-voice periods; change them in Cairn`);
      kpi.measurements = existing ? kpi.measurements.map((m) => (m.id === id ? next : m)) : [...kpi.measurements, next];
      changed.add(kpiId);
    }
  }
  return client.kpis.map((kpi) => (changed.has(kpi.id) ? { ...kpis.get(kpi.id)!, updatedAt: options.now } : kpi));
}

function applyAssessments(client: Client, table: WorkbookTable | undefined, options: ApplyOptions, tally: Tally): Assessment[] {
  const read = readerFor(table, SHEET_NAMES.assessment);
  if (!read || !table) return client.assessments;
  const h = (key: string) => header(ASSESSMENT_TAIL_COLUMNS, key);
  const assessments = new Map(client.assessments.map((a) => [a.id, clone(a)]));
  const changed = new Set<string>();
  const seen = new Set<string>();
  for (const row of table.rows) {
    if (blankRow(row.cells)) continue;
    const r = read(row);
    const assessmentId = r.text(h('assessmentId'))?.trim() ?? '';
    const competencyId = r.text(h('competencyId'))?.trim() ?? '';
    if (assessmentId === '') throw r.fail(h('assessmentId'), 'is empty: rows are matched by their assessment and competency');
    tally.idCells += 1;
    const assessment = assessments.get(assessmentId);
    if (!assessment) throw r.fail(h('assessmentId'), `"${assessmentId}" names no assessment of ${client.name}`);
    const framework = [...client.frameworks, ...BUILT_IN_FRAMEWORKS].find((f) => f.id === assessment.frameworkId && f.version === assessment.frameworkVersion) ?? BUILT_IN_FRAMEWORKS.find((f) => f.id === assessment.frameworkId);
    const stageCount = framework?.stages.length ?? 20;
    if (framework && !framework.competencies.some((c) => c.id === competencyId)) throw r.fail(h('competencyId'), `"${competencyId}" is not a competency of ${framework.name}`);
    const pair = `${assessmentId}\u0000${competencyId}`;
    if (seen.has(pair)) throw r.fail(h('competencyId'), `"${competencyId}" appears twice for the same assessment`);
    seen.add(pair);
    tally.matched += 1;
    const existing = assessment.competencies.find((c) => c.competencyId === competencyId);
    const next: CompetencyAssessment = existing
      ? { ...existing }
      : { competencyId, currentStage: null, targetStage: null, evidence: '', confidence: 'medium', notApplicable: false, notApplicableReason: '' };
    set(next, 'currentStage', r.integer(h('current'), 1, stageCount));
    set(next, 'targetStage', r.integer(h('target'), 1, stageCount));
    set(next, 'confidence', r.choice(h('confidence'), CONFIDENCE_OPTIONS, 'keep') ?? undefined);
    set(next, 'notApplicable', r.boolean(h('notApplicable')));
    set(next, 'evidence', r.longText(h('evidence'), next.evidence));
    if (existing ? same(next, existing) : next.currentStage === null && next.targetStage === null && next.evidence === '' && !next.notApplicable) continue;
    assessment.competencies = existing ? assessment.competencies.map((c) => (c.competencyId === competencyId ? next : c)) : [...assessment.competencies, next];
    changed.add(assessmentId);
  }
  return client.assessments.map((a) => (changed.has(a.id) ? { ...assessments.get(a.id)!, updatedAt: options.now } : a));
}

function applyActions(client: Client, table: WorkbookTable | undefined, options: ApplyOptions, tally: Tally): Client['workshops'] {
  const read = readerFor(table, SHEET_NAMES.actions);
  if (!read || !table) return client.workshops;
  const h = (key: string) => header(ACTION_COLUMNS, key);
  const workshops = new Map(client.workshops.map((w) => [w.id, clone(w)]));
  const byName = new Map(client.stakeholders.map((s) => [s.name.trim().toLowerCase(), s.id]));
  const changed = new Set<string>();
  const seen = new Set<string>();
  for (const row of table.rows) {
    if (blankRow(row.cells)) continue;
    const r = read(row);
    const workshopId = r.text(h('workshopId'))?.trim() ?? '';
    if (workshopId === '') throw r.fail(h('workshopId'), 'is empty: say which workshop the action belongs to');
    tally.idCells += 1;
    const workshop = workshops.get(workshopId);
    if (!workshop) throw r.fail(h('workshopId'), `"${workshopId}" names no workshop of ${client.name}`);
    tally.matched += 1;
    const id = r.text(h('actionId'))?.trim() ?? '';
    const existing = id === '' ? undefined : workshop.actions.find((a) => a.id === id);
    if (id !== '' && !existing) throw r.fail(h('actionId'), `"${id}" names no action of the workshop "${workshop.title}"`);
    if (id !== '' && seen.has(id)) throw r.fail(h('actionId'), `"${id}" appears on two rows`);
    if (id !== '') seen.add(id);
    const next: WorkshopAction = existing
      ? { ...existing }
      : { id: options.newId(), what: '', ownerName: '', ownerStakeholderId: null, dueDate: null, status: 'open', sourceNoteId: null, createdAt: options.now };
    const what = r.text(h('what'))?.trim();
    if (what !== undefined) {
      if (what === '') throw r.fail(h('what'), 'an action needs a description');
      next.what = what;
    }
    const owner = r.text(h('owner'))?.trim();
    if (owner !== undefined && owner !== next.ownerName) {
      next.ownerName = owner;
      next.ownerStakeholderId = byName.get(owner.toLowerCase()) ?? null;
    }
    set(next, 'dueDate', r.date(h('due')));
    set(next, 'status', r.choice(h('status'), ACTION_OPTIONS, 'keep') ?? undefined);
    if (!existing && next.what === '') throw r.fail(h('what'), 'a new action needs a description');
    if (existing && same(next, existing)) continue;
    workshop.actions = existing ? workshop.actions.map((a) => (a.id === id ? next : a)) : [...workshop.actions, next];
    changed.add(workshopId);
  }
  return client.workshops.map((w) => (changed.has(w.id) ? { ...workshops.get(w.id)!, updatedAt: options.now } : w));
}

/**
 * The client with the edits of a workbook applied: initiatives, KPIs and measurements,
 * assessment values and actions, matched by the id columns (docs/workbook-layout.md).
 * Records the workbook changed get `now` as their change time; the rest stay identical,
 * so a merge preview shows exactly what was edited. All or nothing: the first problem is
 * returned with its sheet, row and column, and nothing is applied.
 */
export function applyWorkbookEdits(base: Client, tables: WorkbookTables, options: ApplyOptions): Result<Client> {
  const refuse = (message: string): Result<never> => ({ ok: false, error: { code: 'invalid-request', message } });
  if (!READ_BACK_SHEETS.some((name) => tables[name])) return refuse(`The workbook has none of the sheets Cairn reads back (${READ_BACK_SHEETS.join(', ')}).`);
  const tally: Tally = { matched: 0, idCells: 0 };
  let client: Client;
  try {
    client = {
      ...base,
      initiatives: applyInitiatives(base, tables[SHEET_NAMES.initiatives], options, tally),
      kpis: applyKpis(base, tables[SHEET_NAMES.kpis], tables[SHEET_NAMES['kpi-measurements']], options, tally),
      assessments: applyAssessments(base, tables[SHEET_NAMES.assessment], options, tally),
      workshops: applyActions(base, tables[SHEET_NAMES.actions], options, tally),
    };
  } catch (error) {
    if (error instanceof CellProblem) return refuse(error.message);
    throw error;
  }
  if (tally.idCells > 0 && tally.matched === 0) return refuse(`The workbook does not seem to be from ${base.name}: none of its IDs are this client's.`);
  const checked = ClientSchema.safeParse(client);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return refuse(`The edited workbook would leave the client invalid: ${describeZodIssue(issue, client).message}`);
  }
  return { ok: true, value: checked.data };
}
