import Conf from 'conf';
import { setAsideUnreadablePreferences } from './preferences-file-guard';
import type { PreferencesStore } from './preferences-store';

/**
 * A Conf store at `<dataDir>/preferences.json`: the same file electron-store writes in the
 * app, for the test bridge, the CLI and tests. Electron main must not use it (it passes
 * an electron-store so window state lives in the same place). An unreadable file is set
 * aside first so a damaged preferences file never stops Cairn from starting.
 */
export function createNodePreferencesStore(dataDir: string): PreferencesStore {
  setAsideUnreadablePreferences(dataDir);
  return new Conf({ cwd: dataDir, configName: 'preferences', projectName: 'cairn' });
}
