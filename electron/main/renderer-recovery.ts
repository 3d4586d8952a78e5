/** Why a renderer went away (Electron's RenderProcessGoneDetails['reason']). */
export type GoneReason = 'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed' | 'integrity-failure' | 'memory-eviction';

/** More crashes than this within {@link CRASH_WINDOW_MS} stop the automatic reloads. */
export const MAX_RELOADS = 3;
export const CRASH_WINDOW_MS = 60_000;

export type RecoveryAction =
  /** Nothing to do: the page ended on purpose (the window is closing). */
  | { kind: 'ignore' }
  /** Load the page again; it reopens the workspace from disk, where autosave put every edit. */
  | { kind: 'reload' }
  /** It keeps crashing: stop reloading and tell the consultant (reloading would loop). */
  | { kind: 'stop'; crashes: number };

/**
 * What to do when the window's renderer process is gone. The renderer saves each edit
 * within a second, so a reload loses at most the last second of typing; reloading in a
 * loop would lose the machine, so after a few crashes in a minute Cairn stops and asks.
 * `recent` are the times of earlier crashes (ms), `now` this one.
 */
export function recoveryFor(reason: GoneReason, recent: readonly number[], now: number): RecoveryAction {
  if (reason === 'clean-exit') return { kind: 'ignore' };
  const crashes = recent.filter((time) => now - time < CRASH_WINDOW_MS).length + 1;
  return crashes > MAX_RELOADS ? { kind: 'stop', crashes } : { kind: 'reload' };
}
