import { buildWorkbookModel } from '../../../../shared/deliverables/workbook/build-workbook';
import type { DeliverableBuilders } from './build-deliverable';
import { renderWorkbook } from './xlsx-writer';

// The report and agenda writers are landing; until then those builds say so plainly.
const pending = async (): Promise<never> => {
  throw new Error('this deliverable is not available in this build yet');
};

/** The real builders: pure document models from shared/, written by exceljs and pdfmake. */
export const realBuilders: DeliverableBuilders = {
  workbook: (input, sheets, onProgress) => renderWorkbook(buildWorkbookModel(input, sheets), onProgress),
  report: pending,
  agenda: pending,
  workbookSheets: (input, sheets) =>
    buildWorkbookModel(input, sheets).sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.length, columns: sheet.header ? sheet.columns.map((column) => column.header) : [] })),
};
