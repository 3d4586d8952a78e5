import type { Timing } from '../../roadmap/calendar';
import type { WorkbookTable } from './apply-workbook-edits';
import { TRUNCATION_NOTE, isDateCell, isFormulaCell, type CellValue } from './workbook-model';

/**
 * Reading a re-imported workbook's rows by their sheet's headers, each value checked and
 * every problem reported with its sheet, row and column.
 */

/** A problem in one cell, reported with where it is. */
export class CellProblem extends Error {}

/** Reads one row by the headers of its sheet; a missing column reads as "not in the workbook" (undefined). */
export class RowReader {
  constructor(
    private readonly sheet: string,
    private readonly index: Map<string, number>,
    readonly row: number,
    private readonly cells: readonly CellValue[],
  ) {}

  where(column: string) {
    return `${this.sheet}, row ${this.row}, column "${column}"`;
  }

  fail(column: string, problem: string): CellProblem {
    return new CellProblem(`${this.where(column)}: ${problem}`);
  }

  has(column: string) {
    return this.index.has(column);
  }

  raw(column: string): CellValue | undefined {
    const at = this.index.get(column);
    return at === undefined ? undefined : (this.cells[at] ?? null);
  }

  /** Text as typed; numbers and dates as they read. Undefined when the column is absent. */
  text(column: string): string | undefined {
    const value = this.raw(column);
    if (value === undefined) return undefined;
    if (value === null) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (isDateCell(value)) return value.date;
    if (isFormulaCell(value)) {
      const result = value.result;
      return typeof result === 'object' ? result.date : typeof result === 'boolean' ? (result ? 'Yes' : 'No') : String(result);
    }
    return value.text;
  }

  /** Text that was shortened on export comes back as the full original. */
  longText(column: string, original: string): string | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    if (value.endsWith(TRUNCATION_NOTE) && original.startsWith(value.slice(0, -TRUNCATION_NOTE.length))) return original;
    return value;
  }

  number(column: string): number | null | undefined {
    const value = this.raw(column);
    if (value === undefined) return undefined;
    if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
    const parsed = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(/,/g, '')) : Number.NaN;
    if (!Number.isFinite(parsed)) throw this.fail(column, `expected a number, found "${this.text(column)}"`);
    return parsed;
  }

  integer(column: string, min: number, max: number): number | null | undefined {
    const value = this.number(column);
    if (value === undefined || value === null) return value;
    if (!Number.isInteger(value) || value < min || value > max) throw this.fail(column, `expected a whole number from ${min} to ${max}, found ${value}`);
    return value;
  }

  /**
   * A number of a KPI measured in percent, written as a fraction (0.18 for 18 %): read back
   * in Cairn's units. An unchanged cell gives back exactly the value it was written from,
   * whatever rounding the spreadsheet program applied when it saved.
   */
  percentNumber(column: string, original: number | null, percent: boolean): number | null | undefined {
    const value = this.raw(column);
    const typed = typeof value === 'string' ? /^\s*(-?[\d.,]+)\s*%\s*$/.exec(value) : null;
    const read = typed ? Number(typed[1]!.replace(/,/g, '')) / 100 : this.number(column);
    if (read === undefined || read === null || !percent) return read;
    if (!Number.isFinite(read)) throw this.fail(column, `expected a percentage, found "${this.text(column)}"`);
    if (original !== null && Math.abs(read - original / 100) <= 1e-9 * Math.max(1, Math.abs(original / 100))) return original;
    return Number((read * 100).toPrecision(12));
  }

  date(column: string): string | null | undefined {
    const value = this.raw(column);
    if (value === undefined) return undefined;
    if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
    if (typeof value === 'object' && isDateCell(value)) return value.date;
    if (typeof value === 'number' && value > 0 && value < 2_958_466) return new Date(Math.round((value - 25_569) * 86_400_000)).toISOString().slice(0, 10);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) && !Number.isNaN(Date.parse(value.trim()))) return value.trim();
    throw this.fail(column, `expected a date such as 2026-11-22, found "${this.text(column)}"`);
  }

  boolean(column: string): boolean | undefined {
    const value = this.raw(column);
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    const text = (this.text(column) ?? '').trim().toLowerCase();
    if (['yes', 'y', 'true', '1'].includes(text)) return true;
    if (['no', 'n', 'false', '0', ''].includes(text)) return false;
    throw this.fail(column, `expected Yes or No, found "${this.text(column)}"`);
  }

  /** One of a fixed list, by its label (or id); blank gives `blank`. */
  choice<T extends string>(column: string, options: readonly { id: T; names: readonly string[] }[], blank: T | null | 'keep'): T | null | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const wanted = text.trim().toLowerCase();
    if (wanted === '') {
      if (blank === 'keep') return undefined;
      return blank;
    }
    const found = options.find((option) => option.id.toLowerCase() === wanted || option.names.some((name) => name.toLowerCase() === wanted));
    if (!found) throw this.fail(column, `expected one of ${options.map((option) => option.names[0]).join(', ')}, found "${text}"`);
    return found.id;
  }
}

export function readerFor(table: WorkbookTable | undefined, sheet: string): ((row: WorkbookTable['rows'][number]) => RowReader) | null {
  if (!table) return null;
  const index = new Map<string, number>();
  table.headers.forEach((name, at) => {
    const trimmed = name.trim();
    if (trimmed !== '' && !index.has(trimmed)) index.set(trimmed, at);
  });
  return (row) => new RowReader(sheet, index, row.row, row.cells);
}


export const blankRow = (cells: readonly CellValue[]) => cells.every((value) => value === null || (typeof value === 'string' && value.trim() === ''));

/** A roadmap timing cell: "2026-Q3", "Q3 2026" or a date. */
export function timing(reader: RowReader, column: string): Timing | undefined {
  const value = reader.raw(column);
  if (value === undefined) return undefined;
  const text = reader.text(column)!.trim();
  // "2026-Q3" (as written, sorting as text) or "Q3 2026" (as the app shows it).
  const sortable = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (sortable && typeof value === 'string') return { kind: 'quarter', year: Number(sortable[1]), quarter: Number(sortable[2]) };
  const quarter = /^Q([1-4])\s+(\d{4})$/i.exec(text);
  if (quarter && typeof value === 'string') return { kind: 'quarter', year: Number(quarter[2]), quarter: Number(quarter[1]) };
  const date = reader.date(column);
  return date === null || date === undefined ? null : { kind: 'date', date };
}

