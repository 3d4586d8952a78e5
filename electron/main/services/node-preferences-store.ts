import Conf from 'conf';
import type { PreferencesStore } from './preferences-store';

/**
 * A Conf store at `<dataDir>/preferences.json`: the same file electron-store writes in the
 * app, for the test bridge, the CLI and tests. Electron main must not use it (it passes
 * an electron-store so window state lives in the same place).
 */
export function createNodePreferencesStore(dataDir: string): PreferencesStore {
  return new Conf({ cwd: dataDir, configName: 'preferences', projectName: 'cairn' });
}
