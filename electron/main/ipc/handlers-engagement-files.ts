import type { HandlerDeps } from './handlers';
import type { Handlers } from './handler-types';
import { OperationError } from './operation-error';

const notYet = async (): Promise<never> => {
  throw new OperationError('internal', 'Engagement files are not available yet.');
};

/** `.cairn` files, workspace backups and imports. */
export function createEngagementFileHandlers(_deps: HandlerDeps): Pick<Handlers, 'exportClientFile' | 'backupWorkspace' | 'previewImport' | 'applyImport' | 'undoImport'> {
  return { exportClientFile: notYet, backupWorkspace: notYet, previewImport: notYet, applyImport: notYet, undoImport: notYet };
}
