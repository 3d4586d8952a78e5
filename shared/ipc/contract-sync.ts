import { z } from 'zod';
import { IdSchema } from '../domain/common';
import type { SyncTool } from '../workspace/sync-conflicts';
import type { ImportPreview } from './contract-engagement-files';
import { ImportModeSchema } from './contract-engagement-files';

const op = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });

/**
 * Something a sync tool left in `clients/` that is not a client document of its own: a
 * conflict copy (another version of a client, kept by the tool when two computers changed
 * it) or a cloud placeholder that could not be read. Reported, never fatal, never deleted.
 */
export interface SyncIssue {
  /** For this session only: quote it back to review or set the copy aside. */
  id: string;
  kind: 'conflict-copy' | 'placeholder';
  /** The file's name in `clients/`. */
  fileName: string;
  /** The client it belongs to (from the name), and that client's name when it is here. */
  clientId: string | null;
  clientName: string | null;
  tool: SyncTool | null;
  /** One sentence for the problems list. */
  message: string;
}

/** Conflict copies of synced data folders: reviewed with the import merge preview, then set aside in `sync-conflicts/`. */
export const syncContract = {
  /** What merging a conflict copy into its client would do (the copy is read like any client document). */
  previewConflictCopy: op<ImportPreview>()(z.object({ issueId: IdSchema, mode: ImportModeSchema.nullable().default(null) }).strict()),
  /** Move a conflict copy out of `clients/` into `sync-conflicts/` (after merging it, or to keep this computer's version). */
  setConflictCopyAside: op<{ movedTo: string }>()(z.object({ issueId: IdSchema }).strict()),
} as const;
