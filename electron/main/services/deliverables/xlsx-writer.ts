import ExcelJS from 'exceljs';
import {
  columnLetter,
  isDateCell,
  isFormulaCell,
  isLinkCell,
  isSheetLinkCell,
  sheetRef,
  type CellValue,
  type ColumnType,
  type DateCell,
  type WorkbookModel,
  type WorkbookRow,
  type WorkbookSheetModel,
} from '../../../../shared/deliverables/workbook/workbook-model';
import { RASTER_SCALE, rasterizeSvg } from './chart-raster';

/** The hidden sheet holding the drop-down lists (re-import ignores it). */
export const LISTS_SHEET_NAME = 'Lists';
/** Drop-downs reach this many rows below the data, so rows the client adds get them too. */
const VALIDATION_HEADROOM = 500;

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const FONT = 'Calibri';
const GREY = '#6b6b6b';

const NUM_FORMATS: Partial<Record<ColumnType, string>> = { date: 'yyyy-mm-dd', timing: 'yyyy-mm-dd', integer: '0', number: '#,##0.###;-#,##0.###;0', percent: '0%' };
/** A KPI measured in percent shows one decimal: 18.5 %. */
const PERCENT_CELL = '0.0%';

/** Header and footer codes treat "&" as a command: user text doubles it. */
const headerText = (text: string) => text.replace(/&/g, '&&').slice(0, 80);

const LINE_POINTS = 13;
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

/**
 * Neither Excel nor LibreOffice fits row heights to wrapped text when opening a file, so
 * the writer estimates them: lines of each wrapped cell at one character per unit of
 * column width. Calibri fits about 1.25; the allowance is for the wider fonts a
 * spreadsheet program substitutes when Calibri is missing, so printed text is never cut.
 */
export function estimateRowHeight(cells: readonly CellValue[], widths: readonly number[], wrapped: readonly boolean[]): number | null {
  let lines = 1;
  cells.forEach((value, index) => {
    if (!wrapped[index] || typeof value !== 'string' || value.length === 0) return;
    const perLine = Math.max(4, Math.floor((widths[index] ?? 10) * 1.0));
    let count = 0;
    for (const paragraph of value.split('\n')) count += Math.max(1, Math.ceil(paragraph.length / perLine));
    lines = Math.max(lines, count);
  });
  return lines <= 1 ? null : Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 3);
}

const toDate = (value: DateCell): Date => {
  const [y, m, d] = value.date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

function toExcel(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (isDateCell(value)) return toDate(value);
  if (isLinkCell(value)) return { text: value.text, hyperlink: value.url };
  // A link inside the workbook, as a relationship to "#'Sheet'!$A$1". The absolute address
  // keeps exceljs from also writing it as a `location`, which would double the anchor.
  if (isSheetLinkCell(value)) return { text: value.text, hyperlink: `#${sheetRef(value.sheet)}!$A$1` };
  // Formulas come only from the builder, never from user text; the result is what readers show before recalculating.
  if (isFormulaCell(value)) {
    const result = value.result;
    return { formula: value.formula, result: typeof result === 'object' ? toDate(result) : result } as ExcelJS.CellFormulaValue;
  }
  // Yes and No read better than TRUE and FALSE in a client's hands; re-import accepts both.
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  // Strings stay strings: exceljs writes them as shared strings, never as formulas.
  return value;
}

/** A white hairline between filled cells, so neighbouring fills read as separate cells. */
const WHITE_LINE = { style: 'thin', color: { argb: 'FFFFFFFF' } } as const;
const CELL_GAP: Partial<ExcelJS.Borders> = { top: WHITE_LINE, bottom: WHITE_LINE, left: WHITE_LINE, right: WHITE_LINE };

const CENTRED: ReadonlySet<ColumnType> = new Set(['boolean', 'integer', 'date', 'timing', 'percent']);
const WRAPPED: ReadonlySet<ColumnType> = new Set(['text', 'long-text']);

function columnStyle(type: ColumnType): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: { name: FONT, size: 10, ...(type === 'id' ? { color: { argb: argb(GREY) } } : {}) },
    // Every text column wraps, so no printed cell is cut off; row heights follow (estimateRowHeight).
    alignment: { vertical: 'top', wrapText: WRAPPED.has(type), horizontal: CENTRED.has(type) ? 'center' : undefined },
  };
  const numFmt = NUM_FORMATS[type];
  if (numFmt) style.numFmt = numFmt;
  return style;
}

function listsSheet(workbook: ExcelJS.Workbook, model: WorkbookModel): Map<string, string> {
  const formulas = new Map<string, string>();
  const lists: (readonly (string | number)[])[] = [];
  for (const sheet of model.sheets) {
    for (const column of sheet.columns) {
      if (!column.list) continue;
      const key = JSON.stringify(column.list);
      if (formulas.has(key)) continue;
      lists.push(column.list);
      const letter = columnLetter(lists.length);
      formulas.set(key, `'${LISTS_SHEET_NAME}'!$${letter}$1:$${letter}$${column.list.length}`);
    }
  }
  if (lists.length === 0) return formulas;
  const sheet = workbook.addWorksheet(LISTS_SHEET_NAME, { state: 'hidden' });
  lists.forEach((list, index) => list.forEach((value, row) => (sheet.getCell(row + 1, index + 1).value = value)));
  return formulas;
}


/** exceljs accepts a range address for a validation, though its types only name cells. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function writeTable(ws: ExcelJS.Worksheet, sheet: WorkbookSheetModel, model: WorkbookModel, lists: Map<string, string>) {
  const headerRow = ws.addRow(sheet.columns.map((column) => column.header));
  const widths = sheet.columns.map((column) => column.width);
  const wrapped = sheet.columns.map((column) => WRAPPED.has(column.type));
  headerRow.height = Math.max(30, estimateRowHeight(
      sheet.columns.map((column) => column.header),
      widths.map((width) => width * 0.9),
      widths.map(() => true),
    ) ?? 0);
  const brand = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(model.brandColour) } } as const;
  headerRow.eachCell((cell, index) => {
    cell.fill = brand;
    cell.font = { name: FONT, size: 10, bold: true, color: { argb: argb(model.headerText) } };
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: CENTRED.has(sheet.columns[index - 1]!.type) ? 'center' : undefined };
    cell.numFmt = '@';
  });
  // One style object per column (and per column and fill): exceljs recognises a style object
  // it has seen and skips re-serialising it, which keeps styled writing close to plain writing.
  const columnStyles = sheet.columns.map((column) => columnStyle(column.type));
  const filled = new Map<string, Partial<ExcelJS.Style>>();
  const styleFor = (index: number, colour: string | undefined, percent: boolean, total: boolean) => {
    if (colour === undefined && !percent && !total) return columnStyles[index]!;
    const key = `${index}${colour}${percent}${total}`;
    let style = filled.get(key);
    if (!style) {
      style = { ...columnStyles[index]! };
      if (colour) Object.assign(style, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } }, border: CELL_GAP });
      if (percent) style.numFmt = PERCENT_CELL;
      if (total) Object.assign(style, { font: { ...style.font, bold: true }, border: { top: { style: 'thin', color: { argb: argb(model.brandColour) } } } });
      filled.set(key, style);
    }
    return style;
  };
  const addRow = (row: WorkbookRow, total: boolean) => {
    const added = ws.addRow(row.cells.map(toExcel));
    const height = estimateRowHeight(row.cells, widths, wrapped);
    if (height !== null) added.height = height;
    for (let index = 0; index < row.cells.length; index += 1) {
      // Empty cells too: exceljs creates them for null values, each with a fresh style copy otherwise.
      added.getCell(index + 1).style = styleFor(index, row.fills?.[index], row.percent?.includes(index) ?? false, total);
    }
  };
  for (const row of sheet.rows) addRow(row, false);
  for (const row of sheet.footer ?? []) addRow(row, true);
  const last = Math.max(2, sheet.rows.length + 1);
  if (sheet.autoFilter) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: sheet.columns.length } };
  sheet.columns.forEach((column, index) => {
    if (!column.list) return;
    const letter = columnLetter(index + 1);
    (ws as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${last + VALIDATION_HEADROOM}`, {
      type: 'list',
      allowBlank: true,
      formulae: [lists.get(JSON.stringify(column.list))!],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: column.header,
      error: `Choose one of the values in the list.`,
    });
  });
}

function writeForm(ws: ExcelJS.Worksheet, sheet: WorkbookSheetModel, model: WorkbookModel) {
  const brand = argb(model.brandColour);
  for (const row of sheet.rows) {
    const added = ws.addRow(row.cells.map(toExcel));
    const [first, second] = [added.getCell(1), added.getCell(2)];
    const rest = row.cells.slice(1).map((_, index) => added.getCell(index + 2));
    // A break before the row is a break after the one above it.
    if (row.pageBreakBefore && added.number > 1) ws.getRow(added.number - 1).addPageBreak();
    row.cells.forEach((value, index) => {
      const cell = added.getCell(index + 1);
      if (value !== null && isDateCell(value)) cell.numFmt = 'd mmmm yyyy';
      if (row.percent?.includes(index)) cell.numFmt = PERCENT_CELL;
      else if (value !== null && isFormulaCell(value) && typeof value.result === 'number') cell.numFmt = '#,##0.##';
      if (value !== null && isSheetLinkCell(value)) cell.font = { name: FONT, size: 10, bold: true, underline: true, color: { argb: brand } };
    });
    switch (row.style) {
      case 'title':
        first.font = { name: FONT, size: 20, bold: true, color: { argb: brand } };
        added.height = 30;
        ws.mergeCells(added.number, 1, added.number, sheet.columns.length);
        break;
      case 'subtitle':
        first.font = { name: FONT, size: 13, color: { argb: argb(GREY) } };
        ws.mergeCells(added.number, 1, added.number, sheet.columns.length);
        break;
      case 'section':
        first.font = { name: FONT, size: 12, bold: true, color: { argb: brand } };
        for (const cell of [first, ...rest]) cell.border = { bottom: { style: 'thin', color: { argb: brand } } };
        break;
      case 'label': {
        if (!isSheetLinkCell(row.cells[0] ?? null)) first.font = { name: FONT, size: 10, bold: true };
        first.alignment = { vertical: 'top', wrapText: true };
        const last = rest.at(-1);
        if (last && rest.length > 1) last.alignment = { vertical: 'top', wrapText: true, horizontal: 'left' };
        else second.alignment = { vertical: 'top', wrapText: true, horizontal: 'left' };
        const height = estimateRowHeight(row.cells, sheet.columns.map((column) => column.width), sheet.columns.map(() => true));
        if (height !== null) added.height = height;
        break;
      }
      case 'body':
        added.height = estimateRowHeight(row.cells, [sheet.columns[0]!.width, sheet.columns[1]!.width], [false, true]) ?? 15;
        first.alignment = { vertical: 'top', horizontal: 'right' };
        second.alignment = { vertical: 'top', wrapText: true };
        break;
      default:
        break;
    }
  }
}

/** The sheet's last written row (at least the header row). */
const lastRowOf = (sheet: WorkbookSheetModel): number => Math.max(1, sheet.rows.length + (sheet.header ? 1 : 0) + (sheet.footer?.length ?? 0));

/** The conditional formats of a sheet: fills that follow the cells' values as the client edits. */
function writeConditionalFormats(ws: ExcelJS.Worksheet, sheet: WorkbookSheetModel) {
  let priority = 1;
  for (const format of sheet.conditionalFormats ?? []) {
    ws.addConditionalFormatting({
      ref: format.range,
      rules: format.rules.map((rule) => {
        const style = { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } } } as const;
        return rule.kind === 'equals'
          ? { type: 'cellIs', operator: 'equal', formulae: [`"${rule.text.replace(/"/g, '""')}"`], style, priority: priority++ }
          : { type: 'expression', formulae: [rule.formula], style, priority: priority++ };
      }) as ExcelJS.ConditionalFormattingRule[],
    });
  }
}

/** The sheet's charts, rasterized here in the export worker and placed over the rows reserved for them. */
function writeImages(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, sheet: WorkbookSheetModel) {
  for (const image of sheet.images ?? []) {
    const png = rasterizeSvg(image.svg, image.width * RASTER_SCALE);
    const id = workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, { tl: { col: image.column, row: image.row }, ext: { width: image.width, height: image.height }, editAs: 'oneCell' });
  }
}

/**
 * Writes the workbook model as an .xlsx: brand-coloured frozen headers with filters,
 * typed and formatted cells, formulas with their cached results, conditional formats,
 * drop-downs, the Dashboard's charts as PNG, landscape print setup at a legible scale
 * with the header row repeated and the id columns left out, and the document's properties.
 */
export async function renderWorkbook(model: WorkbookModel, onProgress: (fraction: number) => void = () => undefined): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const created = new Date(model.properties.created);
  Object.assign(workbook, {
    creator: model.properties.creator,
    lastModifiedBy: model.properties.creator,
    company: model.properties.company,
    title: model.properties.title,
    subject: model.properties.subject,
    keywords: model.properties.keywords,
    description: model.properties.description,
    created,
    modified: created,
  });
  const total = model.sheets.reduce((sum, sheet) => sum + sheet.rows.length + 10, 0);
  let done = 0;
  const sheets = model.sheets.map((sheet) => {
    const ws = workbook.addWorksheet(sheet.name, {
      properties: { tabColor: sheet.id === 'summary' ? { argb: argb(model.brandColour) } : undefined },
      views: [
        sheet.frozen.rows > 0 || sheet.frozen.columns > 0
          ? { state: 'frozen', xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows, showGridLines: sheet.header }
          : { state: 'normal', showGridLines: sheet.header },
      ],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        // An explicit scale computed from the column widths (never below 60 %), not shrink-to-fit.
        fitToPage: false,
        scale: sheet.print.scale,
        horizontalCentered: false,
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
        // The id columns sit last and do not print; re-import still reads them.
        // exceljs adds the column anchors; the row anchors make the area absolute ($A$1:$J$40), as LibreOffice needs.
        printArea: `A$1:${columnLetter(sheet.print.columns)}$${lastRowOf(sheet)}`,
      },
      headerFooter: {
        oddHeader: `&L&8${headerText(model.properties.title)}&R&8${headerText(sheet.caption)}`,
        oddFooter: `&L&8${headerText(model.properties.company || model.properties.creator)}&R&8Page &P of &N`,
      },
    });
    if (sheet.header) ws.pageSetup.printTitlesRow = '1:1';
    // A sheet printed over several pages across repeats its first column on each.
    if (sheet.header && sheet.print.pagesWide > 1) ws.pageSetup.printTitlesColumn = 'A:A';
    ws.columns = sheet.columns.map((column) => ({ key: column.key, width: column.width, style: columnStyle(column.type) }));
    return ws;
  });
  const lists = listsSheet(workbook, model);
  model.sheets.forEach((sheet, index) => {
    const ws = sheets[index]!;
    if (sheet.header) writeTable(ws, sheet, model, lists);
    else writeForm(ws, sheet, model);
    writeConditionalFormats(ws, sheet);
    writeImages(workbook, ws, sheet);
    done += sheet.rows.length + 10;
    onProgress(0.6 * (done / total));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  onProgress(1);
  return Buffer.from(buffer as ArrayBuffer);
}
