import type { EngagementFiles } from '../services/engagement-files';
import { createWorkspaceRestore, type WorkspaceRestore } from '../services/workspace-restore';
import type { HandlerDeps } from './handlers';
import type { Handlers } from './handler-types';
import { OperationError } from './operation-error';

/** Restoring a workspace backup, through a read grant for a backup file. */
export function createRestoreHandlers(
  deps: HandlerDeps,
  restore: WorkspaceRestore = createWorkspaceRestore({ dataDir: deps.dataDir, workspace: deps.workspace, frameworks: deps.frameworks }),
): Pick<Handlers, 'previewRestore' | 'applyRestore'> {
  return {
    previewRestore: ({ fileToken }) => {
      const path = deps.fileGrants.resolve(fileToken, 'read', 'backup');
      if (path === null) throw new OperationError('forbidden', 'Choose the backup again; that choice is no longer valid.');
      return restore.previewRestore(path);
    },
    applyRestore: ({ previewId, asNew }) => restore.applyRestore(previewId, { asNew }),
  };
}

/**
 * Conflict copies of a synced data folder: previewed as an import (with the same pending
 * previews, so applyImport applies them), then set aside.
 */
export function createSyncHandlers(deps: HandlerDeps, files: EngagementFiles): Pick<Handlers, 'previewConflictCopy' | 'setConflictCopyAside'> {
  return {
    previewConflictCopy: ({ issueId, mode }) => {
      const copy = deps.workspace.syncedFolder.conflictCopy(issueId);
      const belongsTo = copy.clientId !== null && deps.workspace.summaries().some((summary) => summary.id === copy.clientId);
      return files.previewClientDocument(copy.path, { fileName: copy.fileName, mode: mode ?? (belongsTo ? { kind: 'merge', targetClientId: copy.clientId! } : null) });
    },
    setConflictCopyAside: async ({ issueId }) => ({ movedTo: await deps.workspace.syncedFolder.setAside(issueId) }),
  };
}
