import { describe, expect, it } from 'vitest';
import { deliverableFixture } from '../deliverable-fixture';
import { WORKBOOK_SHEETS } from '../deliverable-request';
import { GAP_FILL, buildWorkbookModel } from './build-workbook';
import { DASHBOARD_CHARTS } from './dashboard-charts';
import { MIN_PRINT_SCALE, pagesAcross, printSetup, printedColumnCount } from './print-setup';
import { KPI_STATUS_FILLS, SHEET_NAMES } from './workbook-columns';
import { shownValue } from './workbook-formulas';
import { columnLetter, isFormulaCell, isSheetLinkCell, type CellValue, type WorkbookColumn, type WorkbookSheetModel } from './workbook-model';

const input = deliverableFixture();
const model = buildWorkbookModel(input, WORKBOOK_SHEETS);
const sheet = (id: WorkbookSheetModel['id']) => model.sheets.find((s) => s.id === id)!;
const at = (s: WorkbookSheetModel, header: string) => {
  const index = s.columns.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`no column ${header} on ${s.name}`);
  return index;
};
const letter = (s: WorkbookSheetModel, header: string) => columnLetter(at(s, header) + 1);
const cell = (s: WorkbookSheetModel, row: number, header: string): CellValue => s.rows[row]!.cells[at(s, header)]!;

describe('the workbook as a model an analyst works in', () => {
  it('computes gap and progress to target with formulas whose cached values are the stages’ arithmetic', () => {
    const gaps = sheet('gaps');
    expect(gaps.rows.length).toBeGreaterThan(0);
    gaps.rows.forEach((row, index) => {
      const r = index + 2;
      const [current, target] = [cell(gaps, index, 'Current stage'), cell(gaps, index, 'Target stage')];
      const gap = cell(gaps, index, 'Gap');
      const progress = cell(gaps, index, 'Progress to target');
      expect(gap).toMatchObject({ formula: `IF(OR($H${r}="Yes",NOT(ISNUMBER($C${r})),NOT(ISNUMBER($D${r}))),"",$D${r}-$C${r})` });
      expect(progress).toMatchObject({ formula: expect.stringContaining(`$C${r}/$D${r}`) });
      if (typeof current === 'number' && typeof target === 'number') {
        expect(shownValue(gap)).toBe(target - current);
        expect(shownValue(progress)).toBeCloseTo(current / target, 12);
      } else {
        expect(shownValue(gap)).toBe('');
      }
    });
    expect(gaps.columns.filter((c) => c.computed).map((c) => c.header)).toEqual(['Gap', 'Progress to target']);
  });

  it('totals the gaps below the table, outside the filtered rows', () => {
    const gaps = sheet('gaps');
    const last = gaps.rows.length + 1;
    const total = gaps.footer![0]!;
    expect(total.style).toBe('total');
    const sum = gaps.rows.reduce((s, _, index) => s + (Number(shownValue(cell(gaps, index, 'Gap'))) || 0), 0);
    expect(total.cells[at(gaps, 'Gap')]).toEqual({ formula: `SUM(E2:E${last})`, result: sum });
    expect(total.cells[at(gaps, 'Progress to target')]).toMatchObject({ formula: `IFERROR(AVERAGE(F2:F${last}),"")` });
    expect(gaps.conditionalFormats![0]).toEqual({
      range: `E2:E${last}`,
      rules: [
        { kind: 'expression', formula: 'AND(ISNUMBER(E2),E2>=2)', fill: '#f6c28b' },
        { kind: 'expression', formula: 'AND(ISNUMBER(E2),E2>0)', fill: GAP_FILL },
      ],
    });
  });

  it('writes KPI progress as a formula and percent KPIs as real percentages', () => {
    const kpis = sheet('kpis');
    const [b, t, l] = [letter(kpis, 'Baseline'), letter(kpis, 'Target'), letter(kpis, 'Latest')];
    const sov = input.client.kpis.findIndex((k) => k.unit === '%');
    expect(sov).toBeGreaterThanOrEqual(0);
    const kpi = input.client.kpis[sov]!;
    const row = kpis.rows[sov]!;
    expect(cell(kpis, sov, 'Baseline')).toBe(kpi.baseline.value! / 100);
    expect(cell(kpis, sov, 'Target')).toBe(kpi.target.value! / 100);
    expect(row.percent).toEqual([at(kpis, 'Baseline'), at(kpis, 'Target'), at(kpis, 'Latest')]);
    const r = sov + 2;
    const progress = cell(kpis, sov, 'Progress to target');
    expect(progress).toMatchObject({ formula: `IF(AND(ISNUMBER($${b}${r}),ISNUMBER($${t}${r}),ISNUMBER($${l}${r}),$${t}${r}<>$${b}${r}),($${l}${r}-$${b}${r})/($${t}${r}-$${b}${r}),"")` });
    const [baseline, target, latest] = [cell(kpis, sov, 'Baseline'), cell(kpis, sov, 'Target'), cell(kpis, sov, 'Latest')] as number[];
    expect(shownValue(progress)).toBe((latest! - baseline!) / (target! - baseline!));
    expect(kpis.columns[at(kpis, 'Progress to target')]).toMatchObject({ type: 'percent', computed: true });
    const measurements = sheet('kpi-measurements');
    const firstPercent = measurements.rows.findIndex((m) => m.cells[3] === '%');
    expect(measurements.rows[firstPercent]!.percent).toEqual([2]);
    expect(measurements.rows[firstPercent]!.cells[2]).toBeLessThan(1);
    expect(kpis.conditionalFormats).toEqual([
      { range: `${letter(kpis, 'Status')}2:${letter(kpis, 'Status')}${kpis.rows.length + 1}`, rules: Object.entries(KPI_STATUS_FILLS).map(([text, fill]) => ({ kind: 'equals', text, fill })) },
    ]);
  });

  it('computes overdue against TODAY(), cached as of the export', () => {
    const actions = sheet('actions');
    const [due, status] = [letter(actions, 'Due'), letter(actions, 'Status')];
    actions.rows.forEach((_, index) => {
      const r = index + 2;
      expect(cell(actions, index, 'Overdue')).toMatchObject({ formula: `IF(AND(ISNUMBER($${due}${r}),$${due}${r}<TODAY(),OR($${status}${r}="Open",$${status}${r}="In progress")),"Yes","No")` });
    });
    // a2 was due 2026-02-20 and is in progress; the fixture is exported on 2026-03-02.
    const a2 = actions.rows.findIndex((row) => row.cells[at(actions, 'Action ID')] === 'a2');
    expect(shownValue(cell(actions, a2, 'Overdue'))).toBe('Yes');
    const ranges = actions.conditionalFormats!.map((format) => format.range);
    expect(ranges).toEqual([`${status}2:${status}${actions.rows.length + 1}`, `${letter(actions, 'Overdue')}2:${letter(actions, 'Overdue')}${actions.rows.length + 1}`]);
  });

  it('colours every status column with conditional formats rather than fixed fills', () => {
    for (const id of ['initiatives', 'kpis', 'actions', 'ten-stages'] as const) {
      const s = sheet(id);
      expect(s.conditionalFormats?.length, s.name).toBeGreaterThan(0);
      const statusColumns = s.columns.map((c, index) => ({ c, index })).filter(({ c }) => /^(Status|Overdue|Met|Stage mostly met)$/.test(c.header));
      for (const { index } of statusColumns) expect(s.rows.every((row) => row.fills?.[index] === undefined), `${s.name} ${index}`).toBe(true);
    }
  });

  it('colours the roadmap cards by the status at the end of their text', () => {
    const roadmap = sheet('roadmap');
    expect(roadmap.rows.every((row) => row.fills === undefined)).toBe(true);
    expect(roadmap.conditionalFormats![0]!.range).toBe(`B2:E${roadmap.rows.length + 1}`);
    expect(roadmap.conditionalFormats![0]!.rules).toContainEqual({ kind: 'expression', formula: 'RIGHT(B2,6)="(Done)"', fill: '#dcefdc' });
  });

  it('writes quarters in a form that sorts: 2026-Q3', () => {
    const initiatives = sheet('initiatives');
    const timings = initiatives.rows.flatMap((row) => [row.cells[at(initiatives, 'Start')], row.cells[at(initiatives, 'End')]]).filter((v) => typeof v === 'string');
    const quarters = input.client.initiatives.filter((i) => i.start?.kind === 'quarter' || i.end?.kind === 'quarter');
    expect(timings.length).toBe(quarters.reduce((n, i) => n + (i.start?.kind === 'quarter' ? 1 : 0) + (i.end?.kind === 'quarter' ? 1 : 0), 0));
    expect(timings.length).toBeGreaterThan(0);
    for (const value of timings) expect(value).toMatch(/^\d{4}-Q[1-4]$/);
  });

  it('opens with a contents list linking to every sheet', () => {
    const links = sheet('summary').rows.map((row) => row.cells[0]!).filter(isSheetLinkCell);
    expect(links.map((link) => link.sheet)).toEqual(model.sheets.map((s) => s.name));
  });

  it('gives the Dashboard key figures as formulas over the other sheets and the report’s charts as SVG', () => {
    const dashboard = sheet('dashboard');
    const figures = new Map(dashboard.rows.filter((row) => row.cells[1] !== null && isFormulaCell(row.cells[1]!)).map((row) => [row.cells[0], row.cells[1]]));
    const inScope = input.client.initiatives.filter((i) => i.engagementId === input.engagementId);
    expect(figures.get('Initiatives')).toEqual({ formula: `COUNTA('Initiatives'!$A:$A)-1`, result: inScope.length });
    expect(figures.get('Initiatives done')).toEqual({ formula: `COUNTIF('Initiatives'!$F:$F,"Done")`, result: inScope.filter((i) => i.status === 'done').length });
    expect(figures.get('Overdue actions')).toEqual({ formula: `COUNTIF('Actions'!$F:$F,"Yes")`, result: sheet('actions').rows.filter((row) => shownValue(row.cells[5]!) === 'Yes').length });
    expect(figures.get('Total gap (stages)')).toMatchObject({ formula: `SUM('Gaps'!$E$2:$E$${sheet('gaps').rows.length + 1})` });
    expect([...figures.keys()]).toEqual(expect.arrayContaining(['KPIs on track', 'KPIs at risk', 'KPIs off track', 'Average KPI progress to target', 'Open actions', 'Average progress to target']));
    expect(DASHBOARD_CHARTS.map((chart) => chart.id)).toEqual(
      expect.arrayContaining(['radar', 'heatmap', 'change', 'timeline', 'impact-effort', 'kpi-trend-1', 'share-of-voice-1', 'stakeholders']),
    );
    const images = dashboard.images!;
    expect(images.map((image) => image.title)).toEqual(
      expect.arrayContaining([
        'Maturity radar: current and target stage',
        'Heat map: current and target stage per competency',
        'Roadmap timeline by phase and quarter',
        'Impact and effort of the initiatives',
        'Stakeholders by influence and interest',
      ]),
    );
    const kpiWithReadings = input.client.kpis.find((kpi) => kpi.measurements.length > 0);
    if (kpiWithReadings) expect(images.map((image) => image.title)).toContain(`KPI trend: ${kpiWithReadings.name}`);
    for (const image of images) {
      expect(image.svg).toMatch(/^<svg [^>]*role="img"/);
      expect(image.width).toBeLessThanOrEqual(640);
      expect(dashboard.rows[image.row - 1]!.pageBreakBefore).toBe(true);
    }
  });

  it('leaves the Dashboard out, and its figures with it, when not asked for; a sheet that is missing is not counted', () => {
    const only = buildWorkbookModel(input, ['dashboard', 'kpis']);
    const labels = only.sheets[0]!.rows.filter((row) => row.cells[1] !== null && isFormulaCell(row.cells[1]!)).map((row) => row.cells[0]);
    expect(labels.every((label) => typeof label === 'string' && label.includes('KPI'))).toBe(true);
    expect(buildWorkbookModel(input, ['summary']).sheets.map((s) => s.name)).toEqual([SHEET_NAMES.summary]);
  });
});

describe('printSetup', () => {
  const col = (width: number, type: WorkbookColumn['type'] = 'text'): WorkbookColumn => ({ key: `c${width}${type}`, header: 'H', width, type });

  it('prints every sheet at 60 % or more, without its id columns', () => {
    for (const s of model.sheets) {
      expect(s.print.scale, s.name).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
      expect(s.print.scale, s.name).toBeLessThanOrEqual(100);
      expect(s.columns.slice(s.print.columns).every((c) => c.type === 'id'), s.name).toBe(true);
      expect(s.columns.slice(0, s.print.columns).some((c) => c.type === 'id'), s.name).toBe(false);
      expect(pagesAcross(s.columns.slice(0, s.print.columns).map((c) => c.width), s.print.scale, true), s.name).toBe(s.print.pagesWide);
    }
  });

  it('fits a narrow sheet on one page at no more than 100 %, and spreads a wide one over pages rather than shrinking it below 60 %', () => {
    expect(printSetup([col(20), col(30), col(16, 'id')])).toEqual({ scale: 100, columns: 2, pagesWide: 1 });
    const wide = printSetup(Array.from({ length: 30 }, () => col(30)));
    expect(wide.scale).toBeGreaterThanOrEqual(60);
    expect(wide.pagesWide).toBeGreaterThan(1);
    expect(printedColumnCount([col(10, 'id'), col(10), col(10, 'id')])).toBe(2);
  });
});
