import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { DeliverableRequestSchema } from '../deliverables/deliverable-request';
import { FileTokenSchema } from './contract-files';

export type ExportJobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ExportJobStatus {
  jobId: string;
  state: ExportJobState;
  /** 0..1 */
  progress: number;
  /** What the job is doing now, or why it failed. */
  message: string;
  /** Size of the file written (or of the preview) once done. */
  bytes: number | null;
}

/** One sheet of a workbook preview: its tab name, data rows below the header, header cells. */
export interface WorkbookSheetPreview {
  name: string;
  rows: number;
  columns: string[];
}

/** What a preview job holds: the PDF itself, or the shape of the workbook. */
export type ExportPreview = { kind: 'pdf'; base64: string } | { kind: 'workbook'; sheets: WorkbookSheetPreview[] };

const op = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });

/** Deliverables (Excel workbook, PDF report, workshop agenda), built off the UI thread. */
export const exportContract = {
  /** Start building; `fileToken` null keeps the result in memory for a preview. */
  startExport: op<{ jobId: string }>()(z.object({ request: DeliverableRequestSchema, fileToken: FileTokenSchema.nullable() }).strict()),
  exportStatus: op<ExportJobStatus>()(z.object({ jobId: IdSchema }).strict()),
  cancelExport: op<{ cancelled: boolean }>()(z.object({ jobId: IdSchema }).strict()),
  /** The finished in-memory result of a preview job: the PDF (base64), or the workbook's sheets. */
  readExportPreview: op<ExportPreview>()(z.object({ jobId: IdSchema }).strict()),
} as const;
