import { kpiStatus, KPI_STATUS_LABELS } from '../../kpi/kpi-status';
import { competencyRows } from '../../scoring/competency-rows';
import { gapTable } from '../../scoring/gap-table';
import {
  ACTION_COLUMNS,
  ACTION_STATUS_FILLS,
  ACTION_STATUS_LABELS,
  ASSESSMENT_LEAD_COLUMNS,
  ASSESSMENT_TAIL_COLUMNS,
  CONFIDENCE_LABELS,
  DIRECTION_LABELS,
  GAP_COLUMNS,
  KPI_COLUMNS,
  KPI_STATUS_FILLS,
  MEASUREMENT_COLUMNS,
  NOT_APPLICABLE_FILL,
  OVERDUE_FILL,
  isPercentUnit,
  stageColumnHeader,
} from './workbook-columns';
import { mixWithWhite } from '../../design/colour';
import { GAP_FILL, day, joined, t, table, type Context } from './sheet-context';
import { formula, gapFormula, heatmapColours, kpiProgressFormula, letterOf, overdueFormula, progressFormula, shownValue, stageMarkFormula, statusColours } from './workbook-formulas';
import type { CellValue, ConditionalFormat, WorkbookColumn, WorkbookRow, WorkbookSheetModel } from './workbook-model';

/**
 * The sheets an analyst computes with: the assessment heat map, gaps, KPIs and their
 * measurements, and actions. Their formulas carry cached values and their colours are
 * conditional formats, so both follow the client's edits.
 */

export function assessmentSheet(ctx: Context): WorkbookSheetModel {
  const stageCount = Math.max(0, ...ctx.assessments.map((a) => a.framework?.stages.length ?? 0));
  const first = ctx.assessments.find((a) => a.framework)?.framework;
  const stageColumns: WorkbookColumn[] = Array.from({ length: stageCount }, (_, index) => {
    const name = first?.stages[index]?.name ?? `Stage ${index + 1}`;
    return { key: `stage${index + 1}`, header: stageColumnHeader(index + 1, name), type: 'text', width: 13, computed: true };
  });
  const columns = [...ASSESSMENT_LEAD_COLUMNS, ...stageColumns, ...ASSESSMENT_TAIL_COLUMNS];
  const cols = { current: letterOf(columns, 'current'), target: letterOf(columns, 'target'), notApplicable: letterOf(columns, 'notApplicable') };
  const rows: WorkbookRow[] = [];
  for (const { assessment, framework } of ctx.assessments) {
    if (!framework) continue;
    for (const row of competencyRows(assessment, framework)) {
      const at = rows.length + 2;
      const stages: CellValue[] = Array.from({ length: stageCount }, (_, index) => (index < framework.stages.length ? stageMarkFormula(cols, at, index + 1, row.current, row.target) : null));
      const entry = row.entry;
      rows.push({
        cells: [
          t(assessment.title),
          day(assessment.assessedOn),
          t(row.competency.name),
          ...stages,
          entry?.currentStage ?? null,
          entry?.targetStage ?? null,
          gapFormula(cols, at, row.current, row.target),
          progressFormula(cols, at, row.current, row.target),
          entry ? CONFIDENCE_LABELS[entry.confidence] : null,
          row.notApplicable,
          t(entry?.evidence ?? ''),
          assessment.id,
          row.competency.id,
        ],
      });
    }
  }
  const last = rows.length + 1;
  const conditionalFormats = heatmapColours({ ...cols, firstStage: ASSESSMENT_LEAD_COLUMNS.length + 1 }, stageCount, last, {
    notApplicable: NOT_APPLICABLE_FILL,
    gap: GAP_FILL,
    reached: (level) => mixWithWhite(ctx.brand, 0.8 - (0.45 * level) / Math.max(1, stageCount)),
  });
  return { ...table('assessment', columns, rows, 'Assessment: competency × stage', 3), conditionalFormats };
}


export function gapSheet(ctx: Context): WorkbookSheetModel {
  const latest = [...ctx.assessments].reverse().find((a) => a.framework);
  const rows: WorkbookRow[] = [];
  const cols = { current: letterOf(GAP_COLUMNS, 'current'), target: letterOf(GAP_COLUMNS, 'target'), notApplicable: letterOf(GAP_COLUMNS, 'notApplicable') };
  if (latest?.framework) {
    for (const row of gapTable(latest.assessment, latest.framework)) {
      const at = rows.length + 2;
      rows.push({
        cells: [
          t(latest.assessment.title),
          t(row.name),
          row.current,
          row.target,
          gapFormula(cols, at, row.current, row.target),
          progressFormula(cols, at, row.current, row.target),
          row.confidence ? CONFIDENCE_LABELS[row.confidence] : null,
          row.notApplicable,
        ],
      });
    }
  }
  const last = rows.length + 1;
  const [gap, progress] = [letterOf(GAP_COLUMNS, 'gap'), letterOf(GAP_COLUMNS, 'progress')];
  const gaps = rows.map((row) => shownValue(row.cells[4]!)).filter((value): value is number => typeof value === 'number');
  const progresses = rows.map((row) => shownValue(row.cells[5]!)).filter((value): value is number => typeof value === 'number');
  const footer: WorkbookRow[] =
    rows.length === 0
      ? []
      : [
          {
            style: 'total',
            cells: [
              'Total',
              'All competencies in scope',
              null,
              null,
              formula(`SUM(${gap}2:${gap}${last})`, gaps.reduce((sum, value) => sum + value, 0)),
              formula(`IFERROR(AVERAGE(${progress}2:${progress}${last}),"")`, progresses.length > 0 ? progresses.reduce((sum, value) => sum + value, 0) / progresses.length : null),
              null,
              null,
            ],
          },
        ];
  const conditionalFormats: ConditionalFormat[] = [
    {
      range: `${gap}2:${gap}${Math.max(2, last)}`,
      rules: [
        { kind: 'expression', formula: `AND(ISNUMBER(${gap}2),${gap}2>=2)`, fill: '#f6c28b' },
        { kind: 'expression', formula: `AND(ISNUMBER(${gap}2),${gap}2>0)`, fill: GAP_FILL },
      ],
    },
    statusColours(cols.notApplicable, 2, last, { Yes: NOT_APPLICABLE_FILL }),
  ];
  return { ...table('gaps', GAP_COLUMNS, rows, 'Gaps to target, largest first'), footer, conditionalFormats };
}



export function kpiSheet(ctx: Context): WorkbookSheetModel {
  const titles = new Map(ctx.input.client.initiatives.map((i) => [i.id, i.title]));
  const cols = { baseline: letterOf(KPI_COLUMNS, 'baseline'), target: letterOf(KPI_COLUMNS, 'target'), latest: letterOf(KPI_COLUMNS, 'latest') };
  const percentColumns = (['baseline', 'target', 'latest'] as const).map((key) => KPI_COLUMNS.findIndex((column) => column.key === key));
  const rows = ctx.input.client.kpis.map((k, index): WorkbookRow => {
    const status = kpiStatus(k);
    const percent = isPercentUnit(k.unit);
    const scaled = (value: number | null | undefined) => (value === null || value === undefined ? null : percent ? value / 100 : value);
    const values = { baseline: scaled(k.baseline.value), target: scaled(k.target.value), latest: scaled(status.latest?.value) };
    return {
      cells: [
        t(k.name),
        t(k.definition),
        t(k.formula),
        t(k.unit),
        DIRECTION_LABELS[k.direction],
        values.baseline,
        day(k.baseline.date),
        values.target,
        day(k.target.date),
        values.latest,
        day(status.latest?.date),
        kpiProgressFormula(cols, index + 2, values),
        KPI_STATUS_LABELS[status.status],
        t(status.reason),
        t(k.ownerStakeholderId ? (ctx.stakeholderName.get(k.ownerStakeholderId) ?? '') : ''),
        t(k.dataSource),
        joined(k.initiativeIds.map((id) => titles.get(id) ?? id)),
        k.id,
      ],
      ...(percent ? { percent: percentColumns } : {}),
    };
  });
  const conditionalFormats = [statusColours(letterOf(KPI_COLUMNS, 'status'), 2, rows.length + 1, KPI_STATUS_FILLS)];
  return { ...table('kpis', KPI_COLUMNS, rows, 'KPI plan'), conditionalFormats };
}

export function measurementSheet(ctx: Context): WorkbookSheetModel {
  const rows: WorkbookRow[] = [];
  for (const k of ctx.input.client.kpis) {
    for (const m of [...k.measurements].sort((a, b) => a.date.localeCompare(b.date))) {
      const percent = isPercentUnit(k.unit);
      rows.push({ cells: [t(k.name), day(m.date), percent ? m.value / 100 : m.value, t(k.unit), t(m.note), k.id, m.id], ...(percent ? { percent: [2] } : {}) });
    }
  }
  return table('kpi-measurements', MEASUREMENT_COLUMNS, rows, 'KPI measurements');
}


/** The statuses an action can be overdue in. */
const OPEN_ACTION_LABELS = [ACTION_STATUS_LABELS.open, ACTION_STATUS_LABELS['in-progress']];

export function actionSheet(ctx: Context): WorkbookSheetModel {
  const today = ctx.input.generatedAt.slice(0, 10);
  const cols = { due: letterOf(ACTION_COLUMNS, 'due'), status: letterOf(ACTION_COLUMNS, 'status') };
  const rows: WorkbookRow[] = [];
  for (const w of ctx.scope.workshops) {
    const notes = new Map(w.notes.map((n) => [n.id, n]));
    for (const a of w.actions) {
      const overdue = a.dueDate !== null && a.dueDate < today && (a.status === 'open' || a.status === 'in-progress');
      const source = a.sourceNoteId ? notes.get(a.sourceNoteId) : undefined;
      rows.push({
        cells: [
          t(w.title),
          t(a.what),
          t(a.ownerName),
          day(a.dueDate),
          ACTION_STATUS_LABELS[a.status],
          overdueFormula(cols, rows.length + 2, overdue, OPEN_ACTION_LABELS),
          source && !source.hidden ? t(source.text) : null,
          w.id,
          a.id,
        ],
      });
    }
  }
  const last = rows.length + 1;
  const conditionalFormats = [statusColours(cols.status, 2, last, ACTION_STATUS_FILLS), statusColours(letterOf(ACTION_COLUMNS, 'overdue'), 2, last, { Yes: OVERDUE_FILL })];
  return { ...table('actions', ACTION_COLUMNS, rows, 'Actions'), conditionalFormats };
}
