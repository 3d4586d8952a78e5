import type { ErrorCode } from '../../../shared/result';
import type { SliceCreator } from './cairn-state';

export interface SaveFailure {
  clientId: string;
  clientName: string;
  code: ErrorCode;
  message: string;
}

export interface SaveSlice {
  save: {
    /** Edits not yet handed to the backend (debounce running or retry scheduled). */
    pending: boolean;
    inFlight: boolean;
    /** The latest failure per client; cleared when that client saves. */
    failures: Record<string, SaveFailure>;
    lastSavedAt: string | null;
  };
  setSaveProgress(progress: { pending?: boolean; inFlight?: boolean }): void;
  recordSaveFailure(failure: SaveFailure): void;
  recordSaveSuccess(clientId: string, savedAt: string): void;
}

export const createSaveSlice: SliceCreator<SaveSlice> = (set) => ({
  save: { pending: false, inFlight: false, failures: {}, lastSavedAt: null },
  setSaveProgress: (progress) => set((state) => void Object.assign(state.save, progress)),
  recordSaveFailure: (failure) =>
    set((state) => {
      state.save.failures[failure.clientId] = failure;
    }),
  recordSaveSuccess: (clientId, savedAt) =>
    set((state) => {
      delete state.save.failures[clientId];
      state.save.lastSavedAt = savedAt;
    }),
});
