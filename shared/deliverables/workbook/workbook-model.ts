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

/**
 * A cell's value. Strings are always written as text, whatever they start with: a
 * string never becomes a formula.
 */
export type CellValue = string | number | boolean | DateCell | LinkCell | null;

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
  /** A Cairn id used to match rows on re-import: shown in grey. */
  | 'id';

export interface WorkbookColumn {
  key: string;
  header: string;
  /** In characters, as spreadsheets measure widths. */
  width: number;
  type: ColumnType;
  /** Allowed values: a drop-down on every data row. */
  list?: readonly (string | number)[];
}

/** How a row of a form-like sheet (the Summary) is styled. */
export type RowStyle = 'title' | 'subtitle' | 'section' | 'label' | 'body';

export interface WorkbookRow {
  cells: CellValue[];
  style?: RowStyle;
  /** Cell fills (#rrggbb) by column index, for the heat map and the roadmap grid. */
  fills?: Record<number, string>;
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
