/**
 * Decides whether a change becomes its own undo step or folds into the previous one.
 * Typing updates the store on every keystroke (so autosave sees it) but a burst of edits
 * to the same field, each within `windowMs` of the last, is one step.
 */
export interface HistoryGate {
  /** Run `change` with a coalescing key (null: always a new step). */
  run(key: string | null, change: () => void): void;
  /** Asked by the history middleware for each recorded change: fold it into the previous step? */
  shouldMerge(): boolean;
  /** Start a fresh step next time (after undo/redo, or when a field loses focus). */
  reset(): void;
}

export const DEFAULT_COALESCE_WINDOW_MS = 1_000;

export function createHistoryGate(nowMs: () => number, windowMs = DEFAULT_COALESCE_WINDOW_MS): HistoryGate {
  let pendingKey: string | null = null;
  let lastKey: string | null = null;
  let lastAt = Number.NEGATIVE_INFINITY;
  return {
    run(key, change) {
      pendingKey = key;
      try {
        change();
      } finally {
        pendingKey = null;
      }
    },
    shouldMerge() {
      const at = nowMs();
      const merge = pendingKey !== null && pendingKey === lastKey && at - lastAt <= windowMs;
      lastKey = pendingKey;
      lastAt = at;
      return merge;
    },
    reset() {
      lastKey = null;
      lastAt = Number.NEGATIVE_INFINITY;
    },
  };
}
