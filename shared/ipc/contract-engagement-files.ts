import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { FileTokenSchema } from './contract-files';

const op = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });

/**
 * Engagement files (`.cairn`, workspace backups, workbooks coming back from the client).
 * Placeholder shapes: the engagement-files work owns this file and refines them.
 */
export const engagementFileContract = {
  exportClientFile: op<{ bytes: number }>()(z.object({ clientId: IdSchema, fileToken: FileTokenSchema }).strict()),
  backupWorkspace: op<{ clients: number; bytes: number }>()(z.object({ fileToken: FileTokenSchema }).strict()),
  previewImport: op<unknown>()(z.object({ fileToken: FileTokenSchema }).strict()),
  applyImport: op<unknown>()(z.object({ previewId: IdSchema }).strict()),
  undoImport: op<unknown>()(z.object({ importId: IdSchema }).strict()),
} as const;
