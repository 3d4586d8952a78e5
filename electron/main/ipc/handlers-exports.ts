import type { HandlerDeps } from './handlers';
import type { Handlers } from './handler-types';
import { OperationError } from './operation-error';

const notYet = async (): Promise<never> => {
  throw new OperationError('internal', 'Exports are not available yet.');
};

/** Deliverables built off the UI thread. */
export function createExportHandlers(_deps: HandlerDeps): Pick<Handlers, 'startExport' | 'exportStatus' | 'cancelExport' | 'readExportPreview'> {
  return { startExport: notYet, exportStatus: notYet, cancelExport: notYet, readExportPreview: notYet };
}
