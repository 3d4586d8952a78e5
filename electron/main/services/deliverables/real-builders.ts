import type { DeliverableBuilders } from './build-deliverable';

// The workbook and report builders are landing; until then a build says so plainly.
const pending = async (): Promise<never> => {
  throw new Error('this deliverable is not available in this build yet');
};

/** The real builders: pure document models from shared/, written by exceljs and pdfmake. */
export const realBuilders: DeliverableBuilders = { workbook: pending, report: pending, agenda: pending };
