import type { DeliverableInput } from '../../../../shared/deliverables/deliverable-input';
import type { DeliverableRequest, ReportSection, WorkbookSheet } from '../../../../shared/deliverables/deliverable-request';
import type { WorkbookSheetPreview } from '../../../../shared/ipc/contract-exports';

/** How far a build is (0..1) and what it is doing, in words a consultant reads. */
export type BuildProgress = (fraction: number, message: string) => void;

/** Writer progress: 0..1 of the file being written. */
export type WriterProgress = (fraction: number) => void;

/**
 * The document builders and writers behind each kind. The real ones (exceljs, pdfmake)
 * are wired in `real-builders.ts`; tests pass fakes so the job machinery is tested alone.
 */
export interface DeliverableBuilders {
  workbook(input: DeliverableInput, sheets: readonly WorkbookSheet[], onProgress: WriterProgress): Promise<Uint8Array>;
  report(input: DeliverableInput, sections: readonly ReportSection[], onProgress: WriterProgress): Promise<Uint8Array>;
  agenda(input: DeliverableInput, workshopId: string, onProgress: WriterProgress): Promise<Uint8Array>;
  /** The sheets a workbook would have, from its model alone (a preview writes no file). */
  workbookSheets(input: DeliverableInput, sheets: readonly WorkbookSheet[]): WorkbookSheetPreview[];
}

const WRITING: Record<DeliverableRequest['kind'], string> = {
  workbook: 'Writing the workbook…',
  report: 'Laying out the report…',
  agenda: 'Laying out the agenda…',
};

/**
 * Build the file a request asks for. Progress is reported from 0 to 1, monotonically,
 * whatever the writer reports, so a progress bar never jumps back.
 */
export async function buildDeliverable(request: DeliverableRequest, input: DeliverableInput, builders: DeliverableBuilders, onProgress: BuildProgress = () => undefined): Promise<Uint8Array> {
  let reached = 0;
  const report = (fraction: number, message: string) => {
    const clamped = Math.min(1, Math.max(reached, Number.isFinite(fraction) ? fraction : reached));
    reached = clamped;
    onProgress(clamped, message);
  };
  report(0.02, 'Preparing…');
  const writer: WriterProgress = (fraction) => report(0.05 + 0.9 * fraction, WRITING[request.kind]);
  let bytes: Uint8Array;
  switch (request.kind) {
    case 'workbook':
      bytes = await builders.workbook(input, request.sections, writer);
      break;
    case 'report':
      bytes = await builders.report(input, request.sections, writer);
      break;
    case 'agenda':
      bytes = await builders.agenda(input, request.workshopId, writer);
      break;
  }
  report(1, 'Built');
  return bytes;
}
