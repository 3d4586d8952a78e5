import { KPI_STATUS_LABELS } from '../../kpi/kpi-status';
import { renderSvgToString } from '../../charts/render-svg';
import type { DeliverableInput } from '../deliverable-input';
import type { WorkbookSheet } from '../deliverable-request';
import { DASHBOARD_CHARTS, chartSource } from './dashboard-charts';
import { printSetup } from './print-setup';
import { ACTION_STATUS_LABELS, DASHBOARD_COLUMNS, INITIATIVE_COLUMNS, KPI_COLUMNS, ACTION_COLUMNS, GAP_COLUMNS, SHEET_NAMES } from './workbook-columns';
import { formula, letterOf, shownValue } from './workbook-formulas';
import { cellText, sheetRef, type SheetImage, type WorkbookColumn, type WorkbookRow, type WorkbookSheetModel } from './workbook-model';

/** A key figure: a formula over another sheet, its value now, and how it is counted. */
interface Figure {
  label: string;
  formula: string;
  value: number | null;
  rule: string;
  percent?: boolean;
}

/** Display size of a chart on the sheet, in pixels (sheet rows are 20 pixels tall). */
const CHART_WIDTH = 640;
const ROW_PIXELS = 20;
/** What a landscape page holds below the chart's title at the Dashboard's print scale. */
const MAX_CHART_HEIGHT = 560;

function column(sheet: WorkbookSheetModel, columns: readonly WorkbookColumn[], key: string) {
  const index = columns.findIndex((c) => c.key === key);
  const values = sheet.rows.map((row) => shownValue(row.cells[index] ?? null));
  return { ref: `${sheetRef(sheet.name)}!$${letterOf(columns, key)}:$${letterOf(columns, key)}`, values };
}

const countOf = (values: readonly unknown[], wanted: string) => values.filter((value) => value === wanted).length;
const mean = (values: readonly unknown[]) => {
  const numbers = values.filter((value): value is number => typeof value === 'number');
  return numbers.length === 0 ? null : numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
};

function keyFigures(sheets: readonly WorkbookSheetModel[]): Figure[] {
  const find = (id: WorkbookSheet) => sheets.find((sheet) => sheet.id === id);
  const figures: Figure[] = [];
  const initiatives = find('initiatives');
  if (initiatives) {
    const titles = column(initiatives, INITIATIVE_COLUMNS, 'title');
    const status = column(initiatives, INITIATIVE_COLUMNS, 'status');
    figures.push({ label: 'Initiatives', formula: `COUNTA(${titles.ref})-1`, value: titles.values.filter((v) => v !== null && v !== '').length, rule: 'Rows with a title on the Initiatives sheet.' });
    for (const label of ['Done', 'In progress', 'Planned']) {
      figures.push({ label: `Initiatives ${label.toLowerCase()}`, formula: `COUNTIF(${status.ref},"${label}")`, value: countOf(status.values, label), rule: `Initiatives whose status is ${label}.` });
    }
  }
  const kpis = find('kpis');
  if (kpis) {
    const status = column(kpis, KPI_COLUMNS, 'status');
    for (const key of ['on-track', 'at-risk', 'off-track'] as const) {
      const label = KPI_STATUS_LABELS[key];
      figures.push({ label: `KPIs ${label.toLowerCase()}`, formula: `COUNTIF(${status.ref},"${label}")`, value: countOf(status.values, label), rule: `KPIs whose status is ${label} (Cairn's rule: the latest reading against the straight line from baseline to target).` });
    }
    const progress = column(kpis, KPI_COLUMNS, 'progress');
    figures.push({ label: 'Average KPI progress to target', formula: `IFERROR(AVERAGE(${progress.ref}),"")`, value: mean(progress.values), rule: 'Mean of (latest − baseline) ÷ (target − baseline) over KPIs with all three.', percent: true });
  }
  const gaps = find('gaps');
  if (gaps && gaps.rows.length > 0) {
    const last = gaps.rows.length + 1;
    const [gap, progress] = [column(gaps, GAP_COLUMNS, 'gap'), column(gaps, GAP_COLUMNS, 'progress')];
    const range = (key: string) => `${sheetRef(gaps.name)}!$${letterOf(GAP_COLUMNS, key)}$2:$${letterOf(GAP_COLUMNS, key)}$${last}`;
    const numbers = gap.values.filter((v): v is number => typeof v === 'number');
    figures.push({ label: 'Total gap (stages)', formula: `SUM(${range('gap')})`, value: numbers.reduce((sum, v) => sum + v, 0), rule: 'Target stage less current stage, summed over the competencies in scope.' });
    figures.push({ label: 'Average progress to target', formula: `IFERROR(AVERAGE(${range('progress')}),"")`, value: mean(progress.values), rule: 'Mean of current stage ÷ target stage over the competencies in scope.', percent: true });
  }
  const actions = find('actions');
  if (actions) {
    const status = column(actions, ACTION_COLUMNS, 'status');
    const overdue = column(actions, ACTION_COLUMNS, 'overdue');
    const [open, progressing] = [ACTION_STATUS_LABELS.open, ACTION_STATUS_LABELS['in-progress']];
    figures.push({ label: 'Open actions', formula: `COUNTIF(${status.ref},"${open}")+COUNTIF(${status.ref},"${progressing}")`, value: countOf(status.values, open) + countOf(status.values, progressing), rule: `Actions that are ${open} or ${progressing}.` });
    figures.push({ label: 'Overdue actions', formula: `COUNTIF(${overdue.ref},"Yes")`, value: countOf(overdue.values, 'Yes'), rule: 'Open actions whose due date is before today (recounted each time the workbook opens).' });
  }
  return figures;
}

/**
 * The Dashboard: key figures as formulas over the other sheets (so they follow the client's
 * edits), then the report's charts as SVG, rasterized by the writer.
 */
export function dashboardSheet(input: DeliverableInput, sheets: readonly WorkbookSheetModel[], brand: string): WorkbookSheetModel {
  const rows: WorkbookRow[] = [];
  rows.push({ cells: ['Dashboard', null, null], style: 'title' });
  rows.push({ cells: [cellText(`${input.client.name} · key figures and charts`), null, null], style: 'subtitle' });
  rows.push({ cells: [null, null, null] });
  const figures = keyFigures(sheets);
  if (figures.length > 0) {
    rows.push({ cells: ['Key figures', null, null], style: 'section' });
    for (const figure of figures) rows.push({ cells: [figure.label, formula(figure.formula, figure.value), figure.rule], style: 'label', ...(figure.percent ? { percent: [1] } : {}) });
    rows.push({ cells: [null, null, null] });
  }
  const source = chartSource(input, brand);
  const images: SheetImage[] = [];
  const charts = DASHBOARD_CHARTS.map((chart) => ({ chart, svg: chart.build(source) })).filter((entry) => entry.svg !== null);
  for (const { chart, svg } of charts) {
    const title = chart.titleFor?.(source) ?? chart.title;
    const width = Number(svg!.attrs.width) || CHART_WIDTH;
    const height = Number(svg!.attrs.height) || CHART_WIDTH * 0.75;
    // Every chart at one width, scaled to fit a printed page; each starts a page of its own.
    const scale = Math.min(CHART_WIDTH / width, MAX_CHART_HEIGHT / height);
    const shown = { width: Math.round(width * scale), height: Math.round(height * scale) };
    rows.push({ cells: [title, null, null], style: 'section', pageBreakBefore: true });
    images.push({ title, svg: renderSvgToString(svg!), ...shown, row: rows.length, column: 0 });
    const spanned = Math.ceil(shown.height / ROW_PIXELS) + 1;
    for (let index = 0; index < spanned; index += 1) rows.push({ cells: [null, null, null] });
  }
  return {
    id: 'dashboard',
    name: SHEET_NAMES.dashboard,
    columns: DASHBOARD_COLUMNS,
    header: false,
    rows,
    frozen: { rows: 0, columns: 0 },
    autoFilter: false,
    caption: 'Dashboard',
    images,
    print: printSetup(DASHBOARD_COLUMNS),
  };
}
