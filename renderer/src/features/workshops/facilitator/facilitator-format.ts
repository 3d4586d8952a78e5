import { parseMentionPrefix } from '../../../../../shared/workshop';

/** "12:05" for a countdown; hours appear only when needed ("1:02:05"). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  return `${hours > 0 ? `${hours}:` : ''}${mm}:${String(seconds).padStart(2, '0')}`;
}

/** "1 h 05 min" / "25 min" for the day's totals, rounded to the minute. */
export function formatMinutes(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * Typing speed: a note may start with "@name " to credit a participant without leaving
 * the note box; matching ignores case and accents (the rule lives in shared/workshop).
 */
export const parseAuthorPrefix = parseMentionPrefix;
