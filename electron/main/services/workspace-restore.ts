import { randomUUID } from 'node:crypto';
import { basename, join, relative } from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { ClientSchema, type Client } from '../../../shared/domain/client';
import { clientIntegrityProblem } from '../../../shared/file-format/client-integrity';
import { readEngagementFile, readWorkspaceBackup, serializeWorkspaceBackup, sniffFormat, type WorkspaceBackup } from '../../../shared/file-format/engagement-file';
import { clientPlace } from '../../../shared/file-format/import-landing';
import { sameJson, withFreshIds } from '../../../shared/file-format/import-merge';
import type { Framework } from '../../../shared/frameworks/framework-schema';
import type { RestoreClientLine, RestorePreview, RestoreReceipt } from '../../../shared/ipc/contract-restore';
import { compactTimestamp } from '../../../shared/workspace/snapshot-ids';
import { OperationError } from '../ipc/operation-error';
import { writeFileAtomic } from './atomic-write';
import { dataLayout } from './data-layout';
import type { FrameworkLibrary } from './framework-library';
import { hasErrorCode, nodeFsPort, type FsPort } from './fs-port';
import { decodeIncomingText, FileProblemError, readIncomingFile } from './incoming-file';
import type { Workspace } from './workspace';
import { parseClientDocumentBytes } from '../../../shared/file-format/client-document-format';

export interface WorkspaceRestoreDeps {
  dataDir: string;
  workspace: Pick<Workspace, 'idle' | 'save' | 'summaries'>;
  frameworks: Pick<FrameworkLibrary, 'list' | 'save'>;
  fs?: FsPort;
  clock?: () => Date;
  newId?: () => string;
  appVersion?: string;
}

interface PendingRestore {
  preview: RestorePreview;
  backup: WorkspaceBackup;
}

const MAX_PENDING = 4;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Restoring a whole workspace backup. The preview reads the file (refused in one message
 * if anything is wrong) and compares it with this data folder; applying it first backs up
 * the workspace as it is to `backups/`, then writes each client as its own atomic save.
 * Nothing already here is overwritten: a kill part-way leaves every document whole, and
 * restoring the same backup again finishes the job (identical clients are skipped).
 */
export function createWorkspaceRestore(deps: WorkspaceRestoreDeps) {
  const fs = deps.fs ?? nodeFsPort;
  const clock = deps.clock ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const appVersion = deps.appVersion ?? packageJson.version;
  const layout = dataLayout(deps.dataDir);
  const pending = new Map<string, PendingRestore>();

  async function readClient(clientId: string): Promise<Client | null> {
    try {
      const parsed = parseClientDocumentBytes(await fs.readFile(layout.clientFile(clientId)));
      return parsed.ok ? parsed.document.client : null;
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return null;
      throw error;
    }
  }

  async function clientsHere(): Promise<Client[]> {
    await deps.workspace.idle();
    const clients: Client[] = [];
    for (const summary of deps.workspace.summaries()) {
      const client = await readClient(summary.id);
      if (client) clients.push(client);
    }
    return clients;
  }

  async function readBackup(filePath: string): Promise<{ backup: WorkspaceBackup; migratedFrom: number | null }> {
    const text = decodeIncomingText(await readIncomingFile(fs, filePath));
    if (sniffFormat(text) === 'engagement-file') {
      const client = readEngagementFile(text);
      const name = client.ok ? ` of ${client.file.client.name}` : '';
      throw new FileProblemError({ code: 'wrong-format', message: `This is a client file${name} (.cairn), not a workspace backup; bring it in with Import… (or cairn import) instead.`, path: 'format' });
    }
    const read = readWorkspaceBackup(text);
    if (!read.ok) throw new FileProblemError(read.error);
    return { backup: read.file, migratedFrom: read.migratedFrom };
  }

  function lineOf(client: Client, here: Map<string, Client>): RestoreClientLine {
    const existing = here.get(client.id);
    return {
      id: client.id,
      name: client.name,
      place: clientPlace(client),
      stakeholders: client.stakeholders.length,
      engagements: client.engagements.length,
      here: existing === undefined ? 'no' : sameJson(existing, client) ? 'same' : 'differs',
    };
  }

  /** Keeping the backup's ids is safe only when nothing here would be overwritten or left mixed in. */
  function asSavedRefusal(backup: WorkspaceBackup, here: readonly Client[], lines: readonly RestoreClientLine[]): string | null {
    const inBackup = new Set(backup.clients.map((client) => client.id));
    const others = here.filter((client) => !inBackup.has(client.id)).length;
    const differing = lines.filter((line) => line.here === 'differs').length;
    if (others === 0 && differing === 0) return null;
    return `This data folder already has ${plural(here.length, 'client')}; the backup can only be added as new clients (new ids, names marked “(restored)”), or restored as saved into an empty data folder.`;
  }

  async function frameworksMissing(frameworks: readonly Framework[]): Promise<Framework[]> {
    const library = new Set((await deps.frameworks.list()).frameworks.map((framework) => `${framework.id}@${framework.version}`));
    return frameworks.filter((framework) => !framework.builtIn && !library.has(`${framework.id}@${framework.version}`));
  }

  /** The clients to write: as saved (skipping identical ones already here), or every one as a new client. */
  function clientsToWrite(backup: WorkspaceBackup, lines: readonly RestoreClientLine[], asNew: boolean, now: string): Client[] {
    if (!asNew) return backup.clients.filter((_client, index) => lines[index]!.here === 'no');
    return backup.clients.map((client) => ({ ...withFreshIds(client, newId), name: `${client.name} (restored)`.slice(0, 200), updatedAt: now }));
  }

  return {
    /** What restoring `filePath` would do; nothing is written. */
    async previewRestore(filePath: string, options: { fileName?: string } = {}): Promise<RestorePreview> {
      const { backup, migratedFrom } = await readBackup(filePath);
      const here = await clientsHere();
      const byId = new Map(here.map((client) => [client.id, client]));
      const lines = backup.clients.map((client) => lineOf(client, byId));
      const refusal = asSavedRefusal(backup, here, lines);
      const preview: RestorePreview = {
        previewId: newId(),
        fileName: options.fileName ?? basename(filePath),
        appVersion: backup.appVersion,
        exportedAt: backup.exportedAt,
        migratedFrom,
        clients: lines,
        frameworksToAdd: (await frameworksMissing(backup.frameworks)).map((framework) => `${framework.name} ${framework.version}`),
        clientsHere: here.length,
        asSavedAllowed: refusal === null,
        asSavedRefusal: refusal,
      };
      pending.set(preview.previewId, { preview, backup });
      while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
      return preview;
    },

    /** Back up what is here, then write the backup's clients (as saved, or as new ones) and add its missing frameworks. */
    async applyRestore(previewId: string, options: { asNew: boolean }): Promise<RestoreReceipt> {
      const entry = pending.get(previewId);
      if (!entry) throw new OperationError('not-found', 'That restore preview has expired; choose the backup again.');
      const { backup } = entry;
      const here = await clientsHere();
      const byId = new Map(here.map((client) => [client.id, client]));
      const lines = backup.clients.map((client) => lineOf(client, byId));
      const refusal = asSavedRefusal(backup, here, lines);
      if (!options.asNew && refusal) throw new OperationError('invalid-request', refusal);
      const now = clock();
      const toWrite = clientsToWrite(backup, lines, options.asNew, now.toISOString());
      for (const client of toWrite) {
        const valid = ClientSchema.safeParse(client);
        const integrity = valid.success ? clientIntegrityProblem(valid.data) : null;
        if (!valid.success || integrity) throw new OperationError('invalid-request', `The backup's client ${client.name} would not be valid (${integrity?.path ?? 'schema'}); nothing was changed.`);
      }
      let backupFile: string | null = null;
      if (here.length > 0) {
        const library = (await deps.frameworks.list()).frameworks;
        backupFile = join(layout.backups, `workspace.before-restore.${compactTimestamp(now)}.cairn-backup`);
        await fs.mkdir(layout.backups, { recursive: true });
        await writeFileAtomic(fs, backupFile, serializeWorkspaceBackup({ clients: here, frameworks: library, appVersion, exportedAt: now.toISOString() }));
      }
      for (const framework of await frameworksMissing(backup.frameworks)) await deps.frameworks.save(framework);
      for (const client of toWrite) await deps.workspace.save(client);
      pending.delete(previewId);
      const restored = options.asNew ? toWrite : backup.clients;
      const skipped = backup.clients.length - toWrite.length;
      const where = backupFile ? ` The workspace as it was before is kept in ${relative(deps.dataDir, backupFile)}.` : '';
      const already = skipped > 0 ? ` ${plural(skipped, 'client was', 'clients were')} already here as in the backup.` : '';
      const how = options.asNew ? ' as new clients' : '';
      return {
        clients: restored,
        written: toWrite.length,
        backupFile: backupFile ? relative(deps.dataDir, backupFile) : null,
        summary: `Restored ${plural(toWrite.length, 'client')}${how} from ${entry.preview.fileName}.${already}${where}`,
      };
    },
  };
}

export type WorkspaceRestore = ReturnType<typeof createWorkspaceRestore>;
