import { buildWorkbookModel } from '../../../../shared/deliverables/workbook/build-workbook';
import type { DeliverableBuilders } from './build-deliverable';
import { pdfBuilders } from './pdf-builders';
import { renderWorkbook } from './xlsx-writer';

/** The real builders: pure document models from shared/, written by exceljs and pdfmake. */
export const realBuilders: DeliverableBuilders = {
  workbook: (input, sheets, onProgress) => renderWorkbook(buildWorkbookModel(input, sheets), onProgress),
  ...pdfBuilders,
  workbookSheets: (input, sheets) =>
    buildWorkbookModel(input, sheets).sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.length, columns: sheet.header ? sheet.columns.map((column) => column.header) : [] })),
};
