import { z } from 'zod';
import type { Client } from '../domain/client';
import { IdSchema } from '../domain/common';
import type { MergeGroup, MergeItem } from '../file-format/import-merge';
import type { FileProblem } from '../file-format/safe-json';
import type { ClientPlace } from '../file-format/import-landing';
import { FileTokenSchema } from './contract-files';

const op = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });

/** Import as a new client, or merge into an existing one (entities matched by id). */
export const ImportModeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new') }).strict(),
  z.object({ kind: z.literal('merge'), targetClientId: IdSchema }).strict(),
]);
export type ImportMode = z.infer<typeof ImportModeSchema>;

/** What an import would do, shown before anything changes. */
export interface ImportPreview {
  /** Quote back to applyImport; valid for this session, until another import is applied. */
  previewId: string;
  fileName: string;
  /** A `.cairn` file, a workbook, or a sync tool's conflict copy of a client document. */
  source: 'cairn' | 'xlsx' | 'conflict-copy';
  /** The client as named in the file. */
  clientName: string;
  /** Who wrote the file (`.cairn` only). */
  appVersion: string | null;
  exportedAt: string | null;
  /** The schema version the file was migrated from, when older than this app's. */
  migratedFrom: number | null;
  /** Fields a newer Cairn wrote that this version does not keep (first 50) and their count. */
  unknownFields: string[];
  unknownFieldCount: number;
  mode: ImportMode;
  /** For a merge: the client merged into. */
  targetClientName: string | null;
  /** A new client gets fresh ids when a client with the file's ids is already here. */
  freshIds: boolean;
  /** The name the new client will have (a copy is marked as such). */
  newClientName: string | null;
  /**
   * The merge target is in the trash: importing restores it from the trash first, then
   * merges (the alternative offered is a new client).
   */
  targetInTrash: boolean;
  /** The file's own client when it is in this workspace's trash (whatever the mode), so a merge into it can be offered. */
  trashedClientId: string | null;
  /** Where the client will be after the import (with the default choices). */
  landsIn: ClientPlace;
  /** One sentence when the client will not be in the client list afterwards; null when it will. */
  landingNote: string | null;
  groups: MergeGroup[];
  /** Everything that is not unchanged, first 500; skipped and conflicting ones can be decided. */
  items: MergeItem[];
  itemCount: number;
  /** Custom frameworks the file brings that the library does not have yet. */
  frameworksToAdd: string[];
}

export interface ImportReceipt {
  importId: string;
  /** The client as now saved: the renderer replaces its copy with this. */
  client: Client;
  createdClient: boolean;
  /** Where the client's previous document was copied before the import (relative to the data folder); null for a new client. */
  backupFile: string | null;
  /** "Merged 3 updated, 2 created into Nordlicht GmbH". */
  summary: string;
}

export interface UndoImportReceipt {
  /** The client as restored, or null when the import had created it (it is removed). */
  client: Client | null;
  removedClientId: string | null;
}

/** A structured refusal of a file, for the renderer's error dialog (message plus JSON path). */
export type ImportFileProblem = FileProblem;

/**
 * Engagement files (`.cairn`), workspace backups, and workbooks coming back from the client.
 * Every file is read in main through a grant token; nothing changes until applyImport.
 */
export const engagementFileContract = {
  /** Write one client with everything it owns (and the custom frameworks it uses) as a `.cairn` file. */
  exportClientFile: op<{ bytes: number; fileName: string }>()(z.object({ clientId: IdSchema, fileToken: FileTokenSchema }).strict()),
  /** Write every client and the framework library to one backup file. */
  backupWorkspace: op<{ clients: number; bytes: number; fileName: string }>()(z.object({ fileToken: FileTokenSchema }).strict()),
  /**
   * Read a `.cairn` file or workbook and say what importing it would do. Without a mode, a
   * file whose client is already here is merged into it, otherwise it becomes a new client.
   * A bad file is refused with `invalid-request` and a message naming the problem and its JSON path.
   */
  previewImport: op<ImportPreview>()(
    z
      .object({
        fileToken: FileTokenSchema,
        mode: ImportModeSchema.nullable().default(null),
        /** For a workbook without a mode: the client it most likely belongs to (the one open). */
        hintClientId: IdSchema.nullable().default(null),
      })
      .strict(),
  ),
  /** Do what the preview said, with the consultant's choice per skipped or conflicting item ('mine' unless given). */
  applyImport: op<ImportReceipt>()(
    z
      .object({
        previewId: IdSchema,
        /** Keyed `<entity>:<id>`, which also keeps keys like `__proto__` out of the record. */
        decisions: z.record(z.string().max(200).regex(/^[A-Za-z]+:[A-Za-z0-9_@.-]+$/), z.enum(['mine', 'theirs'])).default({}),
      })
      .strict(),
  ),
  /** Put the client back as it was before the import (or remove the client the import created). */
  undoImport: op<UndoImportReceipt>()(z.object({ importId: IdSchema }).strict()),
} as const;
