import type { WorkbookSheet } from '../deliverable-request';

/**
 * The workbook as data: what each sheet holds and how it should look, with no exceljs in
 * sight. `buildWorkbookModel` makes it (pure, in shared/); the writer in the main process
 * turns it into an .xlsx. Tests read the model directly.
 */

/** A calendar date (YYYY-MM-DD) written as a real date cell, not as text. */
export interface DateCell {
  date: string;
}

/** A link; only https: and mailto: addresses ever get here (see `safeLink`). */
export interface LinkCell {
  text: string;
  url: string;
}

/** A link to another sheet of the workbook (its top-left cell). */
export interface SheetLinkCell {
  text: string;
  sheet: string;
}

/** What a formula evaluates to when the workbook is written: every reader shows it before recalculating. */
export type FormulaResult = string | number | boolean | DateCell;

/**
 * A formula the builder wrote (never user text), with the value it has at export time, so
 * a reader that does not recalculate still shows numbers. Re-import ignores computed cells.
 */
export interface FormulaCell {
  formula: string;
  result: FormulaResult;
}

/**
 * A cell's value. Strings are always written as text, whatever they start with: a
 * string never becomes a formula; only a `FormulaCell` does.
 */
export type CellValue = string | number | boolean | DateCell | LinkCell | SheetLinkCell | FormulaCell | null;

/** How a column's cells are typed and formatted. */
export type ColumnType =
  /** Short text on one line. */
  | 'text'
  /** Free text, wrapped. */
  | 'long-text'
  | 'integer'
  | 'number'
  | 'date'
  | 'boolean'
  | 'link'
  /** A date cell or a text such as "Q3 2026" (initiative timing). */
  | 'timing'
  /** A fraction (0.23) shown as a percentage (23%). */
  | 'percent'
  /** A Cairn id used to match rows on re-import: shown in grey, not printed. */
  | 'id';

export interface WorkbookColumn {
  key: string;
  header: string;
  /** In characters, as spreadsheets measure widths. */
  width: number;
  type: ColumnType;
  /** Allowed values: a drop-down on every data row. */
  list?: readonly (string | number)[];
  /** Every data cell is a formula the workbook computes; re-import ignores the column. */
  computed?: true;
}

/** How a row of a form-like sheet (the Summary) is styled. */
export type RowStyle = 'title' | 'subtitle' | 'section' | 'label' | 'body' | 'total';

export interface WorkbookRow {
  cells: CellValue[];
  style?: RowStyle;
  /** Cell fills (#rrggbb) by column index, for the heat map and the roadmap grid. */
  fills?: Record<number, string>;
  /** Column indexes whose numbers are fractions shown as percentages (a KPI measured in %). */
  percent?: number[];
  /** The row starts a new printed page. */
  pageBreakBefore?: boolean;
}

/** A conditional-format rule: the fill follows the cell's value as the client edits. */
export type ConditionalRule =
  /** The cell's text equals `text`. */
  | { kind: 'equals'; text: string; fill: string }
  /** An Excel formula, relative to the range's top-left cell, is true. */
  | { kind: 'expression'; formula: string; fill: string };

export interface ConditionalFormat {
  /** An A1 range on the sheet, e.g. "F2:F41"; the first rule that matches wins. */
  range: string;
  rules: ConditionalRule[];
}

/** A chart drawn on a sheet: the same SVG the app and the report draw, rasterized by the writer. */
export interface SheetImage {
  title: string;
  svg: string;
  /** Size on the sheet, in pixels. */
  width: number;
  height: number;
  /** 0-based row and column of the top-left corner. */
  row: number;
  column: number;
}

/** How a sheet prints: the scale (never below `MIN_PRINT_SCALE`), and the columns that print. */
export interface PrintSetup {
  /** Percent. */
  scale: number;
  /** How many of the leading columns print; the id columns after them do not. */
  columns: number;
  /** Pages across at that scale. */
  pagesWide: number;
}

export interface WorkbookSheetModel {
  id: WorkbookSheet;
  /** The tab's name (≤ 31 characters, none of []:*?/\). */
  name: string;
  columns: WorkbookColumn[];
  /** True for table sheets: row 1 holds the column headers (brand colour, frozen, filtered). */
  header: boolean;
  rows: WorkbookRow[];
  /** Rows and columns kept in view when scrolling. */
  frozen: { rows: number; columns: number };
  autoFilter: boolean;
  /** Shown in the printed page header. */
  caption: string;
  /** Rows below the table that are not data (totals): outside the filter, not read back. */
  footer?: WorkbookRow[];
  conditionalFormats?: ConditionalFormat[];
  images?: SheetImage[];
  print: PrintSetup;
}

export interface WorkbookProperties {
  title: string;
  subject: string;
  /** The consultant. */
  creator: string;
  /** The consultant's firm. */
  company: string;
  keywords: string;
  description: string;
  /** ISO timestamp. */
  created: string;
}

export interface WorkbookModel {
  properties: WorkbookProperties;
  /** #rrggbb, the firm's brand colour for header rows. */
  brandColour: string;
  /** Text colour on brand-coloured headers: white, or near-black on light brand colours. */
  headerText: string;
  sheets: WorkbookSheetModel[];
}

/** Excel refuses cells longer than this. */
export const MAX_CELL_CHARS = 32_767;
export const TRUNCATION_NOTE = ' … [shortened: the full text is in Cairn]';

// Characters XML 1.0 cannot carry (C0 controls other than tab, LF, CR; U+FFFE/FFFF; lone surrogates).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * User text as it may go into a cell: characters XML cannot carry removed, and cut to
 * what Excel accepts, saying so. It stays a string, so it is written as text.
 */
export function cellText(text: string): string {
  const clean = text.replace(NOT_XML, '');
  if (clean.length <= MAX_CELL_CHARS) return clean;
  let cut = MAX_CELL_CHARS - TRUNCATION_NOTE.length;
  if (/[\uD800-\uDBFF]/.test(clean[cut - 1] ?? '')) cut -= 1;
  return clean.slice(0, cut) + TRUNCATION_NOTE;
}

/** A link cell for https: and mailto: addresses only; anything else stays plain text. */
export function safeLink(text: string, url: string): CellValue {
  const trimmed = url.trim();
  if (/^https:\/\/[^\s"<>]+$/i.test(trimmed) || /^mailto:[^\s"<>:/]+@[^\s"<>/]+$/i.test(trimmed)) return { text: cellText(text), url: trimmed };
  return cellText(text);
}

export const isDateCell = (value: CellValue): value is DateCell => typeof value === 'object' && value !== null && 'date' in value;
export const isLinkCell = (value: CellValue): value is LinkCell => typeof value === 'object' && value !== null && 'url' in value;
export const isSheetLinkCell = (value: CellValue): value is SheetLinkCell => typeof value === 'object' && value !== null && 'sheet' in value;
export const isFormulaCell = (value: CellValue): value is FormulaCell => typeof value === 'object' && value !== null && 'formula' in value;

/** The column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as a formula refers to it: always quoted, quotes doubled. */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'`;

