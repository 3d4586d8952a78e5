import { z } from 'zod';
import type { Client } from '../domain/client';
import { IdSchema } from '../domain/common';
import type { ClientPlace } from '../file-format/import-landing';
import { FileTokenSchema } from './contract-files';

const op = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });

/** One client of a workspace backup, as the restore preview lists it. */
export interface RestoreClientLine {
  id: string;
  name: string;
  /** Where it was in the backed-up workspace (list, archive, trash); it is restored to the same place. */
  place: ClientPlace;
  stakeholders: number;
  engagements: number;
  /** A client with this id is in this data folder: `same` when identical (nothing to write), `differs` otherwise. */
  here: 'no' | 'same' | 'differs';
}

/**
 * What restoring a whole workspace backup would do. Two ways: `as-saved` keeps the
 * backup's ids and is offered only when this data folder is empty (or holds exactly what
 * an interrupted restore of this backup already wrote); `as-new` adds every client
 * beside those here, with new ids and "(restored)" after its name.
 */
export interface RestorePreview {
  previewId: string;
  fileName: string;
  appVersion: string;
  exportedAt: string;
  /** The schema version the backup was migrated from, when older. */
  migratedFrom: number | null;
  clients: RestoreClientLine[];
  /** Custom frameworks of the backup that the library does not have yet. */
  frameworksToAdd: string[];
  /** How many clients this data folder holds now (the trash included). */
  clientsHere: number;
  asSavedAllowed: boolean;
  /** Why keeping the backup's ids is not offered, when it is not. */
  asSavedRefusal: string | null;
}

export interface RestoreReceipt {
  /** The clients as now saved, for the renderer to show. */
  clients: Client[];
  /** How many were written (identical ones already here are not rewritten). */
  written: number;
  /** Where the workspace as it was before was backed up (relative to the data folder); null when it was empty. */
  backupFile: string | null;
  summary: string;
}

/** Restoring a workspace backup (made by Back up workspace… or `cairn backup`). Nothing changes until applyRestore. */
export const restoreContract = {
  /** Read a workspace backup and say what restoring it would do; a bad file is refused with one message naming the problem. */
  previewRestore: op<RestorePreview>()(z.object({ fileToken: FileTokenSchema }).strict()),
  /** Restore the previewed backup: the current workspace is backed up first. */
  applyRestore: op<RestoreReceipt>()(z.object({ previewId: IdSchema, asNew: z.boolean() }).strict()),
} as const;
