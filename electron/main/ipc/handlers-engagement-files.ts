import type { FileKind } from '../../../shared/ipc/contract-files';
import { createEngagementFiles, type EngagementFiles } from '../services/engagement-files';
import type { HandlerDeps } from './handlers';
import type { Handlers } from './handler-types';
import { OperationError } from './operation-error';

/** `.cairn` files, workspace backups and imports, through file grants (never paths from the renderer). */
export function createEngagementFileHandlers(
  deps: HandlerDeps,
  files: EngagementFiles = createEngagementFiles({ dataDir: deps.dataDir, workspace: deps.workspace, frameworks: deps.frameworks }),
): Pick<Handlers, 'exportClientFile' | 'backupWorkspace' | 'previewImport' | 'applyImport' | 'undoImport'> {
  const granted = (token: string, mode: 'read' | 'write', kind: FileKind): string => {
    const path = deps.fileGrants.resolve(token, mode, kind);
    if (path === null) throw new OperationError('forbidden', 'Choose the file again; that choice is no longer valid.');
    return path;
  };
  // An import dialog offers both kinds; the service tells them apart by the file's name.
  const grantedImport = (token: string): string => {
    const path = deps.fileGrants.resolve(token, 'read', 'cairn') ?? deps.fileGrants.resolve(token, 'read', 'xlsx');
    if (path === null) throw new OperationError('forbidden', 'Choose the file again; that choice is no longer valid.');
    return path;
  };
  return {
    exportClientFile: ({ clientId, fileToken }) => files.exportClient(clientId, granted(fileToken, 'write', 'cairn')),
    backupWorkspace: ({ fileToken }) => files.backupWorkspace(granted(fileToken, 'write', 'backup')),
    previewImport: ({ fileToken, mode, hintClientId }) => files.previewImport(grantedImport(fileToken), { mode, hintClientId }),
    applyImport: ({ previewId, decisions }) => files.applyImport(previewId, decisions),
    undoImport: ({ importId }) => files.undoImport(importId),
  };
}
