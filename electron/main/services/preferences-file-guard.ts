import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { compactTimestamp } from '../../../shared/workspace/snapshot-ids';

/**
 * Conf and electron-store throw on every access when preferences.json is not valid JSON,
 * which would stop the app from starting. Call this before constructing the store: an
 * unreadable file is renamed to `preferences.<stamp>.invalid.json` (kept for inspection)
 * and the store starts from defaults. Returns the new name, or null if nothing was moved.
 */
export function setAsideUnreadablePreferences(dataDir: string, now: Date = new Date()): string | null {
  const file = join(dataDir, 'preferences.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return null;
  } catch {
    // fall through: unreadable
  }
  const aside = `preferences.${compactTimestamp(now)}.invalid.json`;
  try {
    renameSync(file, join(dataDir, aside));
  } catch {
    return null;
  }
  return aside;
}
