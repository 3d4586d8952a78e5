import { dirname, join, sep } from 'node:path';
import type { SyncIssue } from '../../../shared/ipc/contract-sync';
import { compactTimestamp } from '../../../shared/workspace/snapshot-ids';
import { isCloudPlaceholderError, looksSynced, matchConflictCopy } from '../../../shared/workspace/sync-conflicts';
import { OperationError } from '../ipc/operation-error';
import { clientIdFromFileName, type DataLayout } from './data-layout';
import { listFolder, type FsPort } from './fs-port';

interface FoundIssue extends Omit<SyncIssue, 'clientName'> {
  path: string;
}

export interface SyncedFolderDeps {
  fs: FsPort;
  layout: DataLayout;
  clock: () => Date;
  newId: () => string;
}

export type SyncedFolder = ReturnType<typeof createSyncedFolder>;

/**
 * What a sync tool leaves in `clients/` when the data folder lives in Dropbox, OneDrive,
 * Nextcloud or Syncthing. Workspace open calls `scan` with the folder's names (conflict
 * copies are recorded and skipped by the client scan, so none is loaded or quarantined as
 * a client of its own) and asks it about each document the scan cannot read (a cloud placeholder that
 * cannot be read is recorded, not fatal, and left where it is). A conflict copy is
 * reviewed with the import merge preview, then moved to `sync-conflicts/`: never deleted.
 */
export function createSyncedFolder(deps: SyncedFolderDeps) {
  const { fs, layout } = deps;
  const folder = join(layout.root, 'sync-conflicts');
  let found: FoundIssue[] = [];
  let synced: Promise<boolean> | null = null;

  /** The data folder and up to four folders above it, looked at once per open and only when an empty document turns up. */
  const isSynced = (): Promise<boolean> =>
    (synced ??= (async () => {
      const entries: string[][] = [];
      for (let folder = layout.root, depth = 0; depth < 5; depth++, folder = dirname(folder)) {
        entries.push(await listFolder(fs, folder).catch(() => []));
        if (dirname(folder) === folder) break;
      }
      return looksSynced(layout.root.split(sep), entries);
    })());

  const placeholder = (fileName: string, path: string, why: string): FoundIssue => ({
    id: deps.newId(),
    kind: 'placeholder',
    fileName,
    clientId: clientIdFromFileName(fileName),
    tool: null,
    message: `${why}: it is probably still in the cloud and not downloaded to this computer. Make it available offline in your sync app, then open Cairn again. The file was left as it is.`,
    path,
  });

  return {
    folder,

    /** Record the conflict copies among `names` (of `clients/`); returns the names the client scan must skip. */
    scan(names: readonly string[]): Set<string> {
      found = [];
      synced = null;
      const known = new Set(names);
      const skip = new Set<string>();
      for (const fileName of names) {
        const match = matchConflictCopy(fileName, known);
        if (!match) continue;
        skip.add(fileName);
        const clientId = clientIdFromFileName(match.originalName);
        found.push({
          id: deps.newId(),
          kind: 'conflict-copy',
          fileName,
          clientId,
          tool: match.tool,
          message: `${match.tool} kept this copy (${match.detail}) when the client was changed on two computers at once.`,
          path: join(layout.clients, fileName),
        });
      }
      return skip;
    },

    /**
     * Called by the client scan when a document could not be read: a cloud placeholder's
     * error (not downloaded yet) is recorded here, and the scan then leaves the file alone.
     */
    placeholderUnreadable(fileName: string, code: string | null): boolean {
      if (code === null || !isCloudPlaceholderError(code)) return false;
      found.push(placeholder(fileName, join(layout.clients, fileName), `The file could not be read (${code})`));
      return true;
    },

    /** Atomic saves never leave an empty document; in a synced folder an empty one is a file not downloaded yet. */
    async placeholderEmpty(fileName: string, bytes: Uint8Array): Promise<boolean> {
      if (bytes.length !== 0 || !(await isSynced())) return false;
      found.push(placeholder(fileName, join(layout.clients, fileName), 'The file is empty on this computer (0 bytes)'));
      return true;
    },

    /** The issues of the last open, with the names of the clients they belong to. */
    issues(clientName: (clientId: string) => string | null): SyncIssue[] {
      return found.map(({ path: _path, ...issue }) => ({ ...issue, clientName: issue.clientId ? clientName(issue.clientId) : null }));
    },

    /** Where a conflict copy is, and which client it belongs to. */
    conflictCopy(issueId: string): { path: string; fileName: string; clientId: string | null } {
      const issue = found.find((candidate) => candidate.id === issueId && candidate.kind === 'conflict-copy');
      if (!issue) throw new OperationError('not-found', 'That conflict copy has already been dealt with.');
      return { path: issue.path, fileName: issue.fileName, clientId: issue.clientId };
    },

    /** Move a conflict copy out of `clients/` into `sync-conflicts/`, under a name that says when; returns where (relative). */
    async setAside(issueId: string): Promise<string> {
      const issue = this.conflictCopy(issueId);
      await fs.mkdir(folder, { recursive: true });
      const target = `${compactTimestamp(deps.clock())}-${issue.fileName}`;
      await fs.rename(issue.path, join(folder, target));
      found = found.filter((candidate) => candidate.id !== issueId);
      return `sync-conflicts/${target}`;
    },
  };
}
