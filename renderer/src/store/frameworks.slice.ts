import type { Framework } from '../../../shared/frameworks/framework-schema';
import type { SliceCreator } from './cairn-state';

/**
 * The consultant's library of custom frameworks (workspace-wide, stored by main in its own
 * files, outside undo history). Clients embed a copy of each framework version their
 * assessments use, in `client.frameworks`.
 */
export interface FrameworksSlice {
  frameworkLibrary: Framework[];
  setFrameworkLibrary(library: Framework[]): void;
}

export const createFrameworksSlice: SliceCreator<FrameworksSlice> = (set) => ({
  frameworkLibrary: [],
  setFrameworkLibrary: (library) => set({ frameworkLibrary: library }),
});
