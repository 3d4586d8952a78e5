import ExcelJS from 'exceljs';
import { READ_BACK_SHEETS, type WorkbookTables } from '../../../../shared/deliverables/workbook/apply-workbook-edits';
import type { CellValue } from '../../../../shared/deliverables/workbook/workbook-model';

/** Reads one cell as the plain value re-import understands; formulas give their last result. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value.toISOString().slice(0, 10) };
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : null;
    if ('formula' in value || 'sharedFormula' in value) return plainValue((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in value) return null;
  }
  return null;
}

/**
 * The sheets re-import reads, as header row and rows of plain values. The bytes must have
 * passed the zip guard first; this runs inside the import worker, under its memory cap.
 */
export async function parseWorkbookTables(bytes: Uint8Array): Promise<WorkbookTables> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  const tables: WorkbookTables = {};
  for (const name of READ_BACK_SHEETS) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) continue;
    const width = sheet.getRow(1).cellCount;
    const headers = Array.from({ length: width }, (_, index) => {
      const value = plainValue(sheet.getRow(1).getCell(index + 1).value);
      return typeof value === 'string' ? value : value === null ? '' : String(value);
    });
    const rows: WorkbookTables[string]['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      rows.push({ row: rowNumber, cells: Array.from({ length: width }, (_, index) => plainValue(row.getCell(index + 1).value)) });
    });
    tables[name] = { headers, rows };
  }
  return tables;
}
