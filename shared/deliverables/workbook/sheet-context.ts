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

/** Mixes a #rrggbb colour with white: 0 gives white, 1 the colour itself. */
export function tint(hex: string, strength: number): string {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16);
    return Math.round(255 - (255 - value) * strength)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** Relative luminance (WCAG) of a #rrggbb colour. */
export function luminance(hex: string): number {
  const linear = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5);
}

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
