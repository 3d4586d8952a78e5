import type { Framework } from '../../frameworks/framework-schema';
import type { Timing } from '../../roadmap/calendar';
import type { DeliverableInput } from '../deliverable-input';
import type { WorkbookSheet } from '../deliverable-request';
import type { DeliverableScope } from '../deliverable-scope';
import { printSetup } from './print-setup';
import { SHEET_NAMES } from './workbook-columns';
import { cellText, type CellValue, type WorkbookColumn, type WorkbookRow, type WorkbookSheetModel } from './workbook-model';

/** What the sheet builders share: cell helpers, colours and the context they read. */

export const t = (text: string): string => cellText(text);
export const day = (iso: string | null | undefined): CellValue => (iso ? { date: iso.slice(0, 10) } : null);
export const joined = (values: readonly string[]): string => t(values.join('; '));

/** The fill of the stages still to climb between current and target (amber, readable with black text). */
export const GAP_FILL = '#fbe3b4';

/** A quarter in a form that sorts as text: "2026-Q3". */
export const sortableQuarter = (year: number, quarter: number): string => `${year}-Q${quarter}`;

export function timingCell(timing: Timing): CellValue {
  if (timing === null) return null;
  return timing.kind === 'date' ? { date: timing.date } : sortableQuarter(timing.year, timing.quarter);
}

/** What every sheet builder reads: the input, its scope and lookups built once. */
export interface Context {
  input: DeliverableInput;
  scope: DeliverableScope;
  brand: string;
  stakeholderName: Map<string, string>;
  assessments: { assessment: DeliverableScope['assessments'][number]; framework: Framework | null }[];
  /** The sheets of this workbook, in order: the Summary lists them with links. */
  sheets: readonly WorkbookSheet[];
}

/** A table sheet: header row frozen and filtered, printed at the scale its columns allow. */
export function table(id: WorkbookSheet, columns: WorkbookColumn[], rows: WorkbookRow[], caption: string, frozenColumns = 1): WorkbookSheetModel {
  return { id, name: SHEET_NAMES[id], columns, header: true, rows, frozen: { rows: 1, columns: frozenColumns }, autoFilter: true, caption, print: printSetup(columns) };
}
