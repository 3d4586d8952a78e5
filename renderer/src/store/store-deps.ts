import type { HistoryGate } from './history-gate';

/** What edit actions need from outside: a clock, an id source and the undo-step gate. */
export interface StoreDeps {
  now: () => Date;
  newId: () => string;
  gate: HistoryGate;
}

export const timestamp = (deps: StoreDeps): string => deps.now().toISOString();
