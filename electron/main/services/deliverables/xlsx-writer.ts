import ExcelJS from 'exceljs';
import { isDateCell, isLinkCell, type CellValue, type ColumnType, type WorkbookModel, type WorkbookSheetModel } from '../../../../shared/deliverables/workbook/workbook-model';

/** The hidden sheet holding the drop-down lists (re-import ignores it). */
export const LISTS_SHEET_NAME = 'Lists';
/** Drop-downs reach this many rows below the data, so rows the client adds get them too. */
const VALIDATION_HEADROOM = 500;

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const FONT = 'Calibri';
const GREY = '#6b6b6b';

const NUM_FORMATS: Partial<Record<ColumnType, string>> = { date: 'yyyy-mm-dd', timing: 'yyyy-mm-dd', integer: '0', number: '#,##0.###;-#,##0.###;0' };

/** Header and footer codes treat "&" as a command: user text doubles it. */
const headerText = (text: string) => text.replace(/&/g, '&&').slice(0, 80);

const LINE_POINTS = 13;
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

/**
 * Neither Excel nor LibreOffice fits row heights to wrapped text when opening a file, so
 * the writer estimates them: lines of each wrapped cell at about 1.25 characters of
 * 10-point Calibri per unit of column width.
 */
export function estimateRowHeight(cells: readonly CellValue[], widths: readonly number[], wrapped: readonly boolean[]): number | null {
  let lines = 1;
  cells.forEach((value, index) => {
    if (!wrapped[index] || typeof value !== 'string' || value.length === 0) return;
    const perLine = Math.max(4, Math.floor((widths[index] ?? 10) * 1.25));
    let count = 0;
    for (const paragraph of value.split('\n')) count += Math.max(1, Math.ceil(paragraph.length / perLine));
    lines = Math.max(lines, count);
  });
  return lines <= 1 ? null : Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 3);
}

function toExcel(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (isDateCell(value)) {
    const [y, m, d] = value.date.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  if (isLinkCell(value)) return { text: value.text, hyperlink: value.url };
  // Yes and No read better than TRUE and FALSE in a client's hands; re-import accepts both.
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  // Strings stay strings: exceljs writes them as shared strings, never as formulas.
  return value;
}

/** A white hairline between filled cells, so neighbouring fills read as separate cells. */
const WHITE_LINE = { style: 'thin', color: { argb: 'FFFFFFFF' } } as const;
const CELL_GAP: Partial<ExcelJS.Borders> = { top: WHITE_LINE, bottom: WHITE_LINE, left: WHITE_LINE, right: WHITE_LINE };

const CENTRED: ReadonlySet<ColumnType> = new Set(['boolean', 'integer', 'date', 'timing']);

function columnStyle(type: ColumnType): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: { name: FONT, size: 10, ...(type === 'id' ? { color: { argb: argb(GREY) } } : {}) },
    alignment: { vertical: 'top', wrapText: type === 'long-text', horizontal: CENTRED.has(type) ? 'center' : undefined },
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

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** exceljs accepts a range address for a validation, though its types only name cells. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function writeTable(ws: ExcelJS.Worksheet, sheet: WorkbookSheetModel, model: WorkbookModel, lists: Map<string, string>) {
  const headerRow = ws.addRow(sheet.columns.map((column) => column.header));
  const widths = sheet.columns.map((column) => column.width);
  const wrapped = sheet.columns.map((column) => column.type === 'long-text');
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
  const styleFor = (index: number, colour: string | undefined) => {
    if (colour === undefined) return columnStyles[index]!;
    const key = `${index}${colour}`;
    let style = filled.get(key);
    if (!style) filled.set(key, (style = { ...columnStyles[index]!, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } }, border: CELL_GAP }));
    return style;
  };
  for (const row of sheet.rows) {
    const added = ws.addRow(row.cells.map(toExcel));
    const height = estimateRowHeight(row.cells, widths, wrapped);
    if (height !== null) added.height = height;
    for (let index = 0; index < row.cells.length; index += 1) {
      const colour = row.fills?.[index];
      // Empty cells too: exceljs creates them for null values, each with a fresh style copy otherwise.
      added.getCell(index + 1).style = styleFor(index, colour);
    }
  }
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
    row.cells.forEach((value, index) => {
      if (value !== null && isDateCell(value)) added.getCell(index + 1).numFmt = 'd mmmm yyyy';
    });
    switch (row.style) {
      case 'title':
        first.font = { name: FONT, size: 20, bold: true, color: { argb: brand } };
        added.height = 30;
        ws.mergeCells(added.number, 1, added.number, 2);
        break;
      case 'subtitle':
        first.font = { name: FONT, size: 13, color: { argb: argb(GREY) } };
        ws.mergeCells(added.number, 1, added.number, 2);
        break;
      case 'section':
        first.font = { name: FONT, size: 12, bold: true, color: { argb: brand } };
        for (const cell of [first, second]) cell.border = { bottom: { style: 'thin', color: { argb: brand } } };
        break;
      case 'label':
        first.font = { name: FONT, size: 10, bold: true };
        second.alignment = { vertical: 'top', wrapText: true, horizontal: 'left' };
        break;
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

/** Column widths one landscape A4 page holds at a readable size. */
const PAGE_WIDTH_UNITS = 260;

/**
 * How many pages across a sheet prints on: one for most, two or three for the widest
 * (Initiatives, KPIs) so that their text stays readable rather than shrinking to fit.
 */
export function pagesWide(sheet: WorkbookSheetModel): number {
  const total = sheet.columns.reduce((sum, column) => sum + column.width, 0);
  return Math.min(3, Math.max(1, Math.ceil(total / PAGE_WIDTH_UNITS)));
}

/**
 * Writes the workbook model as an .xlsx: brand-coloured frozen headers with filters,
 * typed and formatted cells, drop-downs, landscape print setup fitted to the page width
 * with the header row repeated, and the document's properties.
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
        fitToPage: true,
        fitToWidth: pagesWide(sheet),
        // The Summary is one page; tables run on as long as they need.
        fitToHeight: sheet.header ? 0 : 1,
        horizontalCentered: false,
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      },
      headerFooter: {
        oddHeader: `&L&8${headerText(model.properties.title)}&R&8${headerText(sheet.caption)}`,
        oddFooter: `&L&8${headerText(model.properties.company || model.properties.creator)}&R&8Page &P of &N`,
      },
    });
    if (sheet.header) ws.pageSetup.printTitlesRow = '1:1';
    // A sheet printed over several pages across repeats its first column on each.
    if (sheet.header && pagesWide(sheet) > 1) ws.pageSetup.printTitlesColumn = 'A:A';
    ws.columns = sheet.columns.map((column) => ({ key: column.key, width: column.width, style: columnStyle(column.type) }));
    return ws;
  });
  const lists = listsSheet(workbook, model);
  model.sheets.forEach((sheet, index) => {
    const ws = sheets[index]!;
    if (sheet.header) writeTable(ws, sheet, model, lists);
    else writeForm(ws, sheet, model);
    done += sheet.rows.length + 10;
    onProgress(0.6 * (done / total));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  onProgress(1);
  return Buffer.from(buffer as ArrayBuffer);
}
