import type { Preferences } from '../../../shared/domain/preferences';
import type { SliceCreator } from './cairn-state';

export interface PreferencesSlice {
  preferences: Preferences | null;
  dataDir: string;
  snapshotPolicy: string;
  /** The data folder cannot be written: everything opens, nothing is saved. */
  readOnly: boolean;
  setPreferences(preferences: Preferences): void;
}

export const createPreferencesSlice: SliceCreator<PreferencesSlice> = (set) => ({
  preferences: null,
  dataDir: '',
  snapshotPolicy: '',
  readOnly: false,
  setPreferences: (preferences) => set({ preferences }),
});
