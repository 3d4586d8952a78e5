/**
 * The part of Conf (and electron-store, which extends it) the preferences service uses.
 * Electron main passes an electron-store; the bridge, CLI and tests pass a Conf.
 */
export interface PreferencesStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}
