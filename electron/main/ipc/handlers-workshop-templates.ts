import { createWorkshopTemplateLibrary } from '../services/workshop-template-library';
import type { HandlerDeps } from './handlers';
import type { Handlers } from './handler-types';

/** The consultant's own workshop templates, kept as files in the data folder. */
export function createWorkshopTemplateHandlers(deps: HandlerDeps): Pick<Handlers, 'listWorkshopTemplates' | 'saveWorkshopTemplate' | 'deleteWorkshopTemplate'> {
  const library = createWorkshopTemplateLibrary({ dataDir: deps.dataDir });
  // Temp files left by a crash are swept once, before the first listing, never mid-save.
  let swept: Promise<unknown> | null = null;
  return {
    listWorkshopTemplates: async () => {
      swept ??= library.sweep().catch(() => undefined);
      await swept;
      return library.list();
    },
    saveWorkshopTemplate: ({ template }) => library.save(template),
    deleteWorkshopTemplate: ({ id }) => library.remove(id),
  };
}
