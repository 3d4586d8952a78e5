import type { HandlerDeps } from './handlers';
import type { Handlers } from './handler-types';
import { OperationError } from './operation-error';

const notYet = async (): Promise<never> => {
  throw new OperationError('internal', 'Workshop templates are not available yet.');
};

/** The consultant's own workshop templates. */
export function createWorkshopTemplateHandlers(_deps: HandlerDeps): Pick<Handlers, 'listWorkshopTemplates' | 'saveWorkshopTemplate' | 'deleteWorkshopTemplate'> {
  return { listWorkshopTemplates: async () => [], saveWorkshopTemplate: notYet, deleteWorkshopTemplate: notYet };
}
