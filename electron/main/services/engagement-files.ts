import { randomUUID } from 'node:crypto';
import { basename, extname, join, relative } from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { ClientSchema, type Client } from '../../../shared/domain/client';
import { parseClientDocument, parseClientDocumentBytes, serializeClientDocument } from '../../../shared/file-format/client-document-format';
import { clientIntegrityProblem } from '../../../shared/file-format/client-integrity';
import { frameworksUsedBy, readEngagementFile, readWorkspaceBackup, serializeEngagementFile, serializeWorkspaceBackup, sniffFormat } from '../../../shared/file-format/engagement-file';
import { clientPlace, outOfTheTrash, placeNote } from '../../../shared/file-format/import-landing';
import { applyMerge, planCreate, planMerge, withFreshIds, type MergeDecisions, type MergePlan } from '../../../shared/file-format/import-merge';
import type { Framework } from '../../../shared/frameworks/framework-schema';
import type { ImportMode, ImportPreview, ImportReceipt, UndoImportReceipt } from '../../../shared/ipc/contract-engagement-files';
import type { Result } from '../../../shared/result';
import { compactTimestamp } from '../../../shared/workspace/snapshot-ids';
import { OperationError } from '../ipc/operation-error';
import { writeFileAtomic } from './atomic-write';
import { decodeIncomingText, FileProblemError, readIncomingFile } from './incoming-file';
import { dataLayout } from './data-layout';
import type { FrameworkLibrary } from './framework-library';
import { hasErrorCode, nodeFsPort, type FsPort } from './fs-port';
import type { Workspace } from './workspace';
import { readWorkbookEdits } from './deliverables/xlsx-import';

/** Reads a workbook's edits onto a base client; defaults to the real reader (zip guard, then a memory-capped worker). */
export type WorkbookReader = (bytesOrPath: Uint8Array | string, base: Client) => Promise<Result<Client>>;

export interface EngagementFilesDeps {
  dataDir: string;
  workspace: Pick<Workspace, 'idle' | 'save' | 'purge' | 'summaries'>;
  frameworks: Pick<FrameworkLibrary, 'list' | 'save' | 'remove'>;
  fs?: FsPort;
  clock?: () => Date;
  newId?: () => string;
  appVersion?: string;
  readWorkbookEdits?: WorkbookReader;
}

export { FileProblemError } from './incoming-file';

interface PendingImport {
  preview: ImportPreview;
  /** The client to write (new) or the file's client to merge (merge). */
  incoming: Client;
  /** The target as it was on disk when the preview was made; a change since then voids the preview. */
  target: Client | null;
  frameworksToAdd: Framework[];
}

interface AppliedImport {
  clientId: string;
  /** The client as the import wrote it; undo refuses once it has changed since. */
  written: string;
  createdClient: boolean;
  backupPath: string | null;
  frameworksAdded: string[];
}

const MAX_PENDING = 8;
const MAX_ITEMS = 500;

/**
 * `.cairn` export and import, workspace backups. A preview is computed from the file and
 * the client as saved on disk, and kept in memory by id; applying it re-checks that the
 * client has not changed since, copies the client's document to `backups/` first, then
 * writes the validated result through the workspace in one atomic save. Undo puts the
 * copy back (or removes a client the import created).
 */
export function createEngagementFiles(deps: EngagementFilesDeps) {
  const fs = deps.fs ?? nodeFsPort;
  const clock = deps.clock ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const appVersion = deps.appVersion ?? packageJson.version;
  const layout = dataLayout(deps.dataDir);
  const readWorkbook: WorkbookReader = deps.readWorkbookEdits ?? ((bytesOrPath, base) => readWorkbookEdits(bytesOrPath, base, { now: clock, newId }));
  const pending = new Map<string, PendingImport>();
  const applied = new Map<string, AppliedImport>();

  async function readClient(clientId: string): Promise<Client | null> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(layout.clientFile(clientId));
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return null;
      throw error;
    }
    const parsed = parseClientDocumentBytes(bytes);
    if (!parsed.ok) throw new OperationError('invalid-request', `The saved document of this client cannot be read: ${parsed.reason}`);
    return parsed.document.client;
  }

  async function requireClient(clientId: string): Promise<Client> {
    const client = await readClient(clientId);
    if (!client) throw new OperationError('not-found', `There is no client with id ${clientId} in this workspace.`);
    return client;
  }

  async function allClients(): Promise<Client[]> {
    await deps.workspace.idle();
    const clients: Client[] = [];
    for (const summary of deps.workspace.summaries()) {
      const client = await readClient(summary.id);
      if (client) clients.push(client);
    }
    return clients.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  const readIncoming = (filePath: string) => readIncomingFile(fs, filePath);
  const decode = decodeIncomingText;

  async function readCairn(filePath: string) {
    const text = decode(await readIncoming(filePath));
    if (sniffFormat(text) === 'workspace-backup') {
      const backup = readWorkspaceBackup(text);
      const count = backup.ok ? ` of ${backup.file.clients.length} clients` : '';
      throw new FileProblemError({ code: 'wrong-format', message: `This is a workspace backup${count}, not a client file; bring it back with Restore a backup… in Settings (or cairn restore), or import a client's .cairn file.`, path: 'format' });
    }
    const read = readEngagementFile(text);
    if (!read.ok) throw new FileProblemError(read.error);
    return read;
  }

  function remember(entry: PendingImport): ImportPreview {
    pending.set(entry.preview.previewId, entry);
    while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
    return entry.preview;
  }

  function previewOf(fields: Omit<ImportPreview, 'previewId' | 'groups' | 'items' | 'itemCount'>, plan: MergePlan): ImportPreview {
    return { previewId: newId(), ...fields, groups: plan.groups, items: plan.items.slice(0, MAX_ITEMS), itemCount: plan.items.length };
  }

  async function frameworksMissingFromLibrary(frameworks: readonly Framework[]): Promise<Framework[]> {
    const library = new Set((await deps.frameworks.list()).frameworks.map((framework) => framework.id));
    return frameworks.filter((framework) => !framework.builtIn && !library.has(framework.id));
  }

  async function previewCairn(filePath: string, fileName: string, requested: ImportMode | null): Promise<ImportPreview> {
    const read = await readCairn(filePath);
    const notes = { migratedFrom: read.migratedFrom, unknownFields: read.unknownFields, unknownFieldCount: read.unknownFieldCount };
    return previewClient(read.file.client, { fileName, source: 'cairn', appVersion: read.file.appVersion, exportedAt: read.file.exportedAt, ...notes }, requested, read.file.frameworks);
  }

  /** The preview of a client read from a file (a `.cairn` file, or a sync tool's conflict copy of a client document). */
  async function previewClient(
    incoming: Client,
    meta: Pick<ImportPreview, 'fileName' | 'source' | 'appVersion' | 'exportedAt' | 'migratedFrom' | 'unknownFields' | 'unknownFieldCount'>,
    requested: ImportMode | null,
    frameworks: readonly Framework[],
  ): Promise<ImportPreview> {
    await deps.workspace.idle();
    const existingSame = await readClient(incoming.id);
    const mode: ImportMode = requested ?? (existingSame ? { kind: 'merge', targetClientId: incoming.id } : { kind: 'new' });
    const frameworksToAdd = await frameworksMissingFromLibrary(frameworks);
    const common = {
      ...meta,
      clientName: incoming.name,
      mode,
      frameworksToAdd: frameworksToAdd.map((framework) => `${framework.name} ${framework.version}`),
      trashedClientId: existingSame?.deletedAt ? existingSame.id : null,
    };
    if (mode.kind === 'new') {
      const freshIds = existingSame !== null;
      const client = outOfTheTrash(freshIds ? { ...withFreshIds(incoming, newId), name: `${incoming.name} (copy)`.slice(0, 200) } : incoming);
      const preview = previewOf({ ...common, targetClientName: null, freshIds, newClientName: client.name, ...landing(client, false) }, planCreate(client));
      return remember({ preview, incoming: client, target: null, frameworksToAdd });
    }
    const target = await requireClient(mode.targetClientId);
    const now = clock().toISOString();
    const targetInTrash = target.deletedAt !== null;
    const result = mergedResult(target, incoming, {}, now);
    const preview = previewOf({ ...common, targetClientName: target.name, freshIds: false, newClientName: null, ...landing(result, targetInTrash) }, planMerge(target, incoming, { now }));
    return remember({ preview, incoming, target, frameworksToAdd });
  }

  async function previewWorkbook(filePath: string, fileName: string, requested: ImportMode | null, hintClientId: string | null): Promise<ImportPreview> {
    await readIncoming(filePath);
    await deps.workspace.idle();
    if (requested?.kind === 'new') throw new OperationError('invalid-request', 'A workbook holds edits to a client already here; choose the client to merge it into.');
    const targetId = requested?.targetClientId ?? hintClientId ?? mostRecentClientId();
    if (!targetId) throw new OperationError('invalid-request', 'There is no client to merge the workbook into yet.');
    const target = await requireClient(targetId);
    const edited = await readWorkbook(filePath, target);
    if (!edited.ok) throw new OperationError('invalid-request', edited.error.message);
    const checked = ClientSchema.safeParse(edited.value);
    if (!checked.success) throw new OperationError('invalid-request', 'The workbook edits do not make a valid client.');
    const preview = previewOf(
      {
        fileName,
        source: 'xlsx',
        clientName: target.name,
        appVersion: null,
        exportedAt: null,
        migratedFrom: null,
        unknownFields: [],
        unknownFieldCount: 0,
        mode: { kind: 'merge', targetClientId: target.id },
        targetClientName: target.name,
        freshIds: false,
        newClientName: null,
        frameworksToAdd: [],
        trashedClientId: target.deletedAt !== null ? target.id : null,
        ...landing(mergedResult(target, checked.data, {}, clock().toISOString()), target.deletedAt !== null),
      },
      planMerge(target, checked.data, { now: clock().toISOString() }),
    );
    return remember({ preview, incoming: checked.data, target, frameworksToAdd: [] });
  }

  /** A merge into a client in the trash restores it from the trash: importing a file is wanting to work on it. */
  function mergedResult(target: Client, incoming: Client, decisions: MergeDecisions, now: string): Client {
    const merged = applyMerge(target, incoming, decisions, now);
    return target.deletedAt !== null ? { ...outOfTheTrash(merged), updatedAt: now } : merged;
  }

  function landing(result: Client, targetInTrash: boolean): Pick<ImportPreview, 'targetInTrash' | 'landsIn' | 'landingNote'> {
    const landsIn = clientPlace(result);
    return { targetInTrash, landsIn, landingNote: placeNote(result.name, landsIn) };
  }

  function mostRecentClientId(): string | null {
    const summaries = deps.workspace.summaries().filter((summary) => summary.deletedAt === null);
    summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return summaries[0]?.id ?? null;
  }

  async function addFrameworks(frameworks: readonly Framework[]): Promise<string[]> {
    const added: string[] = [];
    try {
      for (const framework of frameworks) {
        await deps.frameworks.save(framework);
        added.push(framework.id);
      }
    } catch (error) {
      await removeFrameworks(added);
      throw error;
    }
    return added;
  }

  async function removeFrameworks(ids: readonly string[]): Promise<void> {
    for (const id of ids) await deps.frameworks.remove(id).catch(() => undefined);
  }

  return {
    /** Export one client, with the custom frameworks it uses, to `targetPath` (atomically). */
    async exportClient(clientId: string, targetPath: string): Promise<{ bytes: number; fileName: string }> {
      await deps.workspace.idle();
      const client = await requireClient(clientId);
      const library = (await deps.frameworks.list()).frameworks;
      const text = serializeEngagementFile({ client, frameworks: frameworksUsedBy(client, library), appVersion, exportedAt: clock().toISOString() });
      await writeFileAtomic(fs, targetPath, text);
      return { bytes: Buffer.byteLength(text), fileName: basename(targetPath) };
    },

    /** Every client and the framework library in one file. */
    async backupWorkspace(targetPath: string): Promise<{ clients: number; bytes: number; fileName: string }> {
      const clients = await allClients();
      const library = (await deps.frameworks.list()).frameworks;
      const text = serializeWorkspaceBackup({ clients, frameworks: library, appVersion, exportedAt: clock().toISOString() });
      await writeFileAtomic(fs, targetPath, text);
      return { clients: clients.length, bytes: Buffer.byteLength(text), fileName: basename(targetPath) };
    },

    /** What importing `filePath` would do; nothing is written. */
    previewImport(filePath: string, options: { mode?: ImportMode | null; hintClientId?: string | null; fileName?: string } = {}): Promise<ImportPreview> {
      const fileName = options.fileName ?? basename(filePath);
      return extname(fileName).toLowerCase() === '.xlsx'
        ? previewWorkbook(filePath, fileName, options.mode ?? null, options.hintClientId ?? null)
        : previewCairn(filePath, fileName, options.mode ?? null);
    },

    /**
     * What merging a client document found beside the real one (a sync tool's conflict
     * copy) into its client would do. The copy is read with the same safe parser as every
     * client document; a copy that cannot be read is refused with the reason.
     */
    async previewClientDocument(filePath: string, options: { fileName: string; mode?: ImportMode | null }): Promise<ImportPreview> {
      const parsed = parseClientDocumentBytes(await readIncoming(filePath));
      if (!parsed.ok) throw new FileProblemError({ code: 'invalid', message: `The conflict copy ${options.fileName} cannot be read: ${parsed.reason}`, path: '(file)' });
      const meta = { fileName: options.fileName, source: 'conflict-copy' as const, appVersion: null, exportedAt: null, migratedFrom: parsed.migratedFrom, unknownFields: [], unknownFieldCount: 0 };
      return previewClient(parsed.document.client, meta, options.mode ?? null, []);
    },

    /** Apply a preview: backup first, then one validated, atomic write. On any failure nothing changes. */
    async applyImport(previewId: string, decisions: MergeDecisions = {}): Promise<ImportReceipt> {
      const entry = pending.get(previewId);
      if (!entry) throw new OperationError('not-found', 'That import preview has expired; choose the file again.');
      await deps.workspace.idle();
      const { preview } = entry;
      const now = clock();
      let client: Client;
      let backupPath: string | null = null;
      if (preview.mode.kind === 'new') {
        if (await readClient(entry.incoming.id)) throw new OperationError('invalid-request', 'A client with these ids appeared since the preview; preview the file again.');
        client = entry.incoming;
      } else {
        const current = await requireClient(preview.mode.targetClientId);
        if (JSON.stringify(current) !== JSON.stringify(entry.target)) {
          throw new OperationError('invalid-request', `${current.name} changed since the preview; preview the file again.`);
        }
        client = mergedResult(current, entry.incoming, decisions, now.toISOString());
      }
      const valid = ClientSchema.safeParse(client);
      const integrity = valid.success ? clientIntegrityProblem(valid.data) : null;
      if (!valid.success || integrity) {
        throw new OperationError('invalid-request', `The import would leave the client invalid (${integrity?.path ?? valid.error?.issues[0]?.path.join('.') ?? 'unknown'}); nothing was changed.`);
      }
      if (entry.target) {
        backupPath = join(layout.backups, `${entry.target.id}.before-import.${compactTimestamp(now)}.json`);
        await fs.mkdir(layout.backups, { recursive: true });
        await writeFileAtomic(fs, backupPath, serializeClientDocument(entry.target));
      }
      const frameworksAdded = await addFrameworks(entry.frameworksToAdd);
      try {
        await deps.workspace.save(valid.data);
      } catch (error) {
        await removeFrameworks(frameworksAdded);
        throw error;
      }
      const importId = newId();
      applied.set(importId, { clientId: valid.data.id, written: JSON.stringify(valid.data), createdClient: entry.target === null, backupPath, frameworksAdded });
      pending.clear();
      const changed = preview.groups.reduce((sum, group) => sum + group.counts.created + group.counts.updated, 0);
      const restored = entry.target !== null && entry.target.deletedAt !== null ? `Restored ${valid.data.name} from the trash. ` : '';
      const where = placeNote(valid.data.name, clientPlace(valid.data));
      const summary =
        (entry.target === null
          ? `Imported ${valid.data.name} as a new client.`
          : `${restored}Merged ${changed} new or newer item${changed === 1 ? '' : 's'} from ${preview.fileName} into ${valid.data.name}.`) + (where ? ` ${where}` : '');
      return { importId, client: valid.data, createdClient: entry.target === null, backupFile: backupPath ? relative(deps.dataDir, backupPath) : null, summary };
    },

    /** Undo an import of this session: restore the backup, or remove the client it created. */
    async undoImport(importId: string): Promise<UndoImportReceipt> {
      const record = applied.get(importId);
      if (!record) throw new OperationError('not-found', 'That import can no longer be undone.');
      await deps.workspace.idle();
      const current = await readClient(record.clientId);
      if (current && JSON.stringify(current) !== record.written) {
        const kept = record.backupPath ? ` The version from before the import is kept in ${relative(deps.dataDir, record.backupPath)}.` : '';
        throw new OperationError('invalid-request', `${current.name} was changed after the import, so undoing it would lose those changes.${kept}`);
      }
      let result: UndoImportReceipt;
      if (record.createdClient) {
        await deps.workspace.purge(record.clientId);
        result = { client: null, removedClientId: record.clientId };
      } else {
        const parsed = parseClientDocument((await fs.readFile(record.backupPath!)).toString('utf8'));
        if (!parsed.ok) throw new OperationError('io', `The backup taken before the import cannot be read: ${parsed.reason}`);
        await deps.workspace.save(parsed.document.client);
        result = { client: parsed.document.client, removedClientId: null };
      }
      await removeFrameworks(record.frameworksAdded);
      applied.delete(importId);
      return result;
    },

    /** Read a `.cairn` file or backup without importing it: a one-line summary, or the problem. */
    async validateFile(filePath: string): Promise<string> {
      const text = decode(await readIncoming(filePath));
      if (sniffFormat(text) === 'workspace-backup') {
        const backup = readWorkspaceBackup(text);
        if (!backup.ok) throw new FileProblemError(backup.error);
        const migrated = backup.migratedFrom ? `, migrated from schema version ${backup.migratedFrom}` : '';
        return `Valid workspace backup: ${backup.file.clients.length} client${backup.file.clients.length === 1 ? '' : 's'}, ${backup.file.frameworks.length} custom framework${backup.file.frameworks.length === 1 ? '' : 's'} (schema version ${backup.migratedFrom ?? backup.file.schemaVersion}${migrated}).`;
      }
      const read = readEngagementFile(text);
      if (!read.ok) throw new FileProblemError(read.error);
      const client = read.file.client;
      const unknown = read.unknownFieldCount > 0 ? `; ${read.unknownFieldCount} fields from a newer Cairn would not be kept` : '';
      const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
      const version = read.migratedFrom === null ? `schema version ${read.file.schemaVersion}` : `schema version ${read.migratedFrom}, migrated to ${read.file.schemaVersion}`;
      return `Valid Cairn file: ${client.name}, ${count(client.engagements.length, 'engagement')}, ${count(client.assessments.length, 'assessment')}, ${count(client.initiatives.length, 'initiative')}, ${count(client.kpis.length, 'KPI')} (${version}, written by Cairn ${read.file.appVersion})${unknown}.`;
    },
  };
}

export type EngagementFiles = ReturnType<typeof createEngagementFiles>;
