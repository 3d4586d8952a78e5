import type { PrintSetup, WorkbookColumn } from './workbook-model';

/** No sheet prints smaller than this: below it, 10-point text is too small to read on paper. */
export const MIN_PRINT_SCALE = 60;

/**
 * Printable width of a landscape A4 page with half-inch side margins, in points
 * (297 mm = 841.9 pt, less 72 pt of margins).
 */
export const PRINTABLE_WIDTH_POINTS = 769;

/**
 * Pixels per character of column width. Spreadsheets measure widths in digits of the
 * default font: 7 pixels in Calibri, but about 9.3 in DejaVu Sans, which LibreOffice uses
 * where Calibri is missing. Planning for the wider one keeps every sheet on its pages
 * in both.
 */
const PIXELS_PER_CHARACTER = 9.5;

/** A column's printed width in points at 100 % (plus 5 pixels of padding, at 96 pixels to the inch). */
export const columnPoints = (width: number): number => (Math.trunc(width * PIXELS_PER_CHARACTER) + 5) * 0.75;

/**
 * The columns that print: all but the trailing id columns, which only tie rows to Cairn.
 * Id columns sit last on every sheet so the print area can leave them out while re-import,
 * which finds columns by header, still reads them.
 */
export function printedColumnCount(columns: readonly WorkbookColumn[]): number {
  let count = columns.length;
  while (count > 1 && columns[count - 1]!.type === 'id') count -= 1;
  return count;
}

/** How many pages across the columns take at `scale`, breaking only between columns and repeating the first one. */
export function pagesAcross(widths: readonly number[], scale: number, repeatFirst: boolean): number {
  const page = PRINTABLE_WIDTH_POINTS / (scale / 100);
  let pages = 1;
  let used = 0;
  widths.forEach((width, index) => {
    const points = columnPoints(width);
    if (used > 0 && used + points > page) {
      pages += 1;
      used = repeatFirst && index > 0 ? columnPoints(widths[0]!) : 0;
    }
    used += points;
  });
  return pages;
}

/**
 * The print scale of a sheet, computed from its printed column widths: the whole width on
 * one page when that keeps the scale at 60 % or more (never above 100 %); otherwise as
 * few pages across as keep it at 60 % or more, the first column repeated on each.
 */
export function printSetup(columns: readonly WorkbookColumn[]): PrintSetup {
  const count = printedColumnCount(columns);
  const widths = columns.slice(0, count).map((column) => column.width);
  const total = widths.reduce((sum, width) => sum + columnPoints(width), 0);
  const fit = (100 * PRINTABLE_WIDTH_POINTS) / total;
  if (fit >= MIN_PRINT_SCALE) {
    const scale = Math.min(100, Math.floor(fit));
    return { scale, columns: count, pagesWide: 1 };
  }
  const pages = Math.ceil(MIN_PRINT_SCALE / fit);
  // Pages break between columns and repeat the first one: the largest scale that keeps to `pages` pages across.
  let scale = Math.min(100, Math.floor(pages * fit));
  while (scale > MIN_PRINT_SCALE && pagesAcross(widths, scale, true) > pages) scale -= 1;
  return { scale, columns: count, pagesWide: pagesAcross(widths, scale, true) };
}
