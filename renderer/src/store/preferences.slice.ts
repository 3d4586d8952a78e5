import type { Preferences } from '../../../shared/domain/preferences';
import type { SliceCreator } from './cairn-state';

export interface PreferencesSlice {
  preferences: Preferences | null;
  dataDir: string;
  snapshotPolicy: string;
  setPreferences(preferences: Preferences): void;
}

export const createPreferencesSlice: SliceCreator<PreferencesSlice> = (set) => ({
  preferences: null,
  dataDir: '',
  snapshotPolicy: '',
  setPreferences: (preferences) => set({ preferences }),
});
