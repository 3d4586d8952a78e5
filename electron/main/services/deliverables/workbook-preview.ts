import ExcelJS from 'exceljs';
import type { WorkbookSheetPreview } from '../../../../shared/ipc/contract-exports';

/**
 * What the export dialog shows of a workbook before it is saved: each sheet's name, its
 * header cells and how many rows sit under them. Read back from the written file, so it
 * shows what the client will get.
 */
export async function summarizeWorkbook(bytes: Uint8Array): Promise<WorkbookSheetPreview[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const header = sheet.getRow(1);
    const columns: string[] = [];
    header.eachCell({ includeEmpty: false }, (cell) => {
      columns.push(cell.text.slice(0, 60));
    });
    return { name: sheet.name, rows: Math.max(0, sheet.actualRowCount - 1), columns: columns.slice(0, 30) };
  });
}
