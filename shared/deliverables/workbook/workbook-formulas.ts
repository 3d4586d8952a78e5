import { columnLetter, isFormulaCell, type CellValue, type ConditionalFormat, type ConditionalRule, type FormulaCell, type FormulaResult, type WorkbookColumn } from './workbook-model';

/**
 * The formulas the workbook computes, each beside the JavaScript that gives its value at
 * export time (the cached result every reader shows before recalculating). Rows are
 * 1-based spreadsheet rows; references are column-absolute so a client can sort rows.
 */

/** The column letter of the column with `key`, e.g. "K". */
export function letterOf(columns: readonly WorkbookColumn[], key: string): string {
  const index = columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`The workbook has no column "${key}".`);
  return columnLetter(index + 1);
}

export const formula = (text: string, result: FormulaResult | null): FormulaCell => ({ formula: text, result: result ?? '' });

/** The value a cell shows: a formula's cached result, or the value itself. */
export function shownValue(value: CellValue): CellValue {
  return value !== null && isFormulaCell(value) ? value.result : value;
}

/** Target stage less current stage; blank when either is missing or the competency is out of scope. */
export function gapFormula(cols: { current: string; target: string; notApplicable?: string }, row: number, current: number | null, target: number | null): FormulaCell {
  const na = cols.notApplicable ? `$${cols.notApplicable}${row}="Yes",` : '';
  const text = `IF(OR(${na}NOT(ISNUMBER($${cols.current}${row})),NOT(ISNUMBER($${cols.target}${row}))),"",$${cols.target}${row}-$${cols.current}${row})`;
  return formula(text, current !== null && target !== null ? target - current : null);
}

/** Current stage as a share of the target stage (100 % when reached). */
export function progressFormula(cols: { current: string; target: string; notApplicable?: string }, row: number, current: number | null, target: number | null): FormulaCell {
  const na = cols.notApplicable ? `$${cols.notApplicable}${row}="Yes",` : '';
  const text = `IF(OR(${na}NOT(ISNUMBER($${cols.current}${row})),NOT(ISNUMBER($${cols.target}${row})),$${cols.target}${row}=0),"",$${cols.current}${row}/$${cols.target}${row})`;
  return formula(text, current !== null && target !== null && target !== 0 ? current / target : null);
}

/** How far a KPI has come from its baseline towards its target (either direction). */
export function kpiProgressFormula(cols: { baseline: string; target: string; latest: string }, row: number, values: { baseline: number | null; target: number | null; latest: number | null }): FormulaCell {
  const [b, t, l] = [`$${cols.baseline}${row}`, `$${cols.target}${row}`, `$${cols.latest}${row}`];
  const text = `IF(AND(ISNUMBER(${b}),ISNUMBER(${t}),ISNUMBER(${l}),${t}<>${b}),(${l}-${b})/(${t}-${b}),"")`;
  const { baseline, target, latest } = values;
  return formula(text, baseline !== null && target !== null && latest !== null && target !== baseline ? (latest - baseline) / (target - baseline) : null);
}

/** An action is overdue when its due date is before today and it is still open or in progress. */
export function overdueFormula(cols: { due: string; status: string }, row: number, overdue: boolean, openLabels: readonly string[]): FormulaCell {
  const open = openLabels.map((label) => `$${cols.status}${row}="${label}"`).join(',');
  return formula(`IF(AND(ISNUMBER($${cols.due}${row}),$${cols.due}${row}<TODAY(),OR(${open})),"Yes","No")`, overdue ? 'Yes' : 'No');
}

/** The word in a heat-map cell: where the current and target stages are, following edits to them. */
export function stageMarkFormula(cols: { current: string; target: string; notApplicable: string }, row: number, level: number, current: number | null, target: number | null): FormulaCell {
  const [c, t] = [`$${cols.current}${row}`, `$${cols.target}${row}`];
  const text = `IF($${cols.notApplicable}${row}="Yes","",IF(AND(${c}=${level},${t}=${level}),"Current = target",IF(${c}=${level},"Current",IF(${t}=${level},"Target",""))))`;
  const result = current === level && target === level ? 'Current = target' : current === level ? 'Current' : target === level ? 'Target' : '';
  return formula(text, result);
}

/** Fills for a column of status words: one rule per word. */
export function statusColours(column: string, firstRow: number, lastRow: number, fills: Record<string, string>): ConditionalFormat {
  const rules: ConditionalRule[] = Object.entries(fills).map(([text, fill]) => ({ kind: 'equals', text, fill }));
  return { range: `${column}${firstRow}:${column}${Math.max(firstRow, lastRow)}`, rules };
}

/**
 * The heat map's fills as conditional formats, so they follow edits to the current and
 * target stages: out of scope grey, stages reached in the stage's tint, stages still to
 * climb in amber.
 */
export function heatmapColours(
  cols: { firstStage: number; current: string; target: string; notApplicable: string },
  stageCount: number,
  lastRow: number,
  fills: { notApplicable: string; gap: string; reached: (level: number) => string },
): ConditionalFormat[] {
  return Array.from({ length: stageCount }, (_, index) => {
    const level = index + 1;
    const letter = columnLetter(cols.firstStage + index);
    const [c, t] = [`$${cols.current}2`, `$${cols.target}2`];
    return {
      range: `${letter}2:${letter}${Math.max(2, lastRow)}`,
      rules: [
        { kind: 'expression', formula: `$${cols.notApplicable}2="Yes"`, fill: fills.notApplicable },
        { kind: 'expression', formula: `AND(ISNUMBER(${c}),${c}>=${level})`, fill: fills.reached(level) },
        { kind: 'expression', formula: `AND(ISNUMBER(${c}),ISNUMBER(${t}),${c}<${level},${t}>=${level})`, fill: fills.gap },
      ],
    };
  });
}
