import type { CairnApi } from '../../../shared/ipc/contract';
import type { Framework } from '../../../shared/frameworks/framework-schema';
import type { SliceCreator } from './cairn-state';

export type FrameworkLibraryApi = Pick<CairnApi, 'listFrameworks' | 'saveFramework' | 'deleteFramework'>;

/**
 * The consultant's library of custom frameworks (workspace-wide, stored by main in its own
 * files, outside undo history). Clients embed a copy of each framework version their
 * assessments use, in `client.frameworks`. The actions take the API so the slice stays
 * free of a backend; each returns null on success or a sentence saying what went wrong.
 */
export interface FrameworksSlice {
  frameworkLibrary: Framework[];
  setFrameworkLibrary(library: Framework[]): void;
  loadFrameworkLibrary(api: FrameworkLibraryApi): Promise<string | null>;
  saveLibraryFramework(api: FrameworkLibraryApi, framework: Framework): Promise<string | null>;
  deleteLibraryFramework(api: FrameworkLibraryApi, id: string): Promise<string | null>;
}

const byName = (a: Framework, b: Framework) => a.name.localeCompare(b.name);

export const createFrameworksSlice: SliceCreator<FrameworksSlice> = (set) => ({
  frameworkLibrary: [],
  setFrameworkLibrary: (library) => set({ frameworkLibrary: library }),
  async loadFrameworkLibrary(api) {
    const result = await api.listFrameworks({});
    if (!result.ok) return result.error.message;
    set({ frameworkLibrary: [...result.value].sort(byName) });
    return null;
  },
  async saveLibraryFramework(api, framework) {
    const result = await api.saveFramework({ framework });
    if (!result.ok) return result.error.message;
    const saved = result.value;
    set((state) => {
      state.frameworkLibrary = [...state.frameworkLibrary.filter((item) => item.id !== saved.id), saved].sort(byName);
    });
    return null;
  },
  async deleteLibraryFramework(api, id) {
    const result = await api.deleteFramework({ id });
    if (!result.ok) return result.error.message;
    set((state) => {
      state.frameworkLibrary = state.frameworkLibrary.filter((item) => item.id !== id);
    });
    return null;
  },
});
