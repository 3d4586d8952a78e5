import { WORKSHOP_LIMITS, type AgendaItem, type TimerRecord } from './workshop-schema';

/**
 * Countdown arithmetic for one agenda item. Time is passed in as epoch milliseconds, so
 * the same functions drive the live display, survive a reload (the record is saved) and
 * run in tests without a clock. A clock that steps backwards (a laptop resyncing on site)
 * counts as no time passing rather than as time given back.
 */
export interface TimerState extends TimerRecord {
  /** The planned length, from the agenda item. */
  plannedMs: number;
}

export const MINUTE_MS = 60_000;

/** The item's countdown with its planned length filled in from `plannedMinutes`. */
export const timerOf = (item: Pick<AgendaItem, 'plannedMinutes' | 'timer'>): TimerState => ({ ...item.timer, plannedMs: item.plannedMinutes * MINUTE_MS });

/** The stored part of a countdown (without the planned length, which the agenda owns). */
export const timerRecord = ({ plannedMs: _planned, ...record }: TimerState): TimerRecord => record;

/** Time run so far, including the current run. */
export function elapsedMs(timer: TimerState, nowMs: number): number {
  const current = timer.running && timer.startedAt !== null ? Math.max(0, nowMs - timer.startedAt) : 0;
  return timer.accumulatedMs + current;
}

/** Planned length plus extensions: the point at which the item is over. */
export const allowedMs = (timer: TimerState): number => timer.plannedMs + timer.extensionsMs;

/** Starts the countdown from the top: earlier runs and extensions are discarded. */
export const startTimer = (timer: TimerState, nowMs: number): TimerState => ({ ...timer, extensionsMs: 0, accumulatedMs: 0, startedAt: nowMs, running: true, done: false });

/** Stops the countdown, keeping the time run; pausing a paused timer changes nothing. */
export function pauseTimer(timer: TimerState, nowMs: number): TimerState {
  if (!timer.running) return timer;
  return { ...timer, accumulatedMs: elapsedMs(timer, nowMs), startedAt: null, running: false };
}

/** Continues after a pause (or reopens a finished item); resuming a running timer changes nothing. */
export function resumeTimer(timer: TimerState, nowMs: number): TimerState {
  if (timer.running) return timer;
  return { ...timer, startedAt: nowMs, running: true, done: false };
}

/** Closes the item: pauses it and marks it done, so the plan counts no time left for it. */
export const finishTimer = (timer: TimerState, nowMs: number): TimerState => ({ ...pauseTimer(timer, nowMs), done: true });

/**
 * Grants extra time. Only a positive, finite amount counts, and the total of extensions is
 * capped at {@link WORKSHOP_LIMITS.extensionsMs}; anything else leaves the timer unchanged.
 */
export function extendTimer(timer: TimerState, ms: number): TimerState {
  if (!Number.isFinite(ms) || ms <= 0) return timer;
  return { ...timer, extensionsMs: Math.min(WORKSHOP_LIMITS.extensionsMs, timer.extensionsMs + Math.round(ms)) };
}

/** Time left on the countdown; 0 once it has run out (see {@link overrunMs} for how far past). */
export const remainingMs = (timer: TimerState, nowMs: number): number => Math.max(0, allowedMs(timer) - elapsedMs(timer, nowMs));

/** True once the run time reaches the planned length plus extensions: the end cue. */
export const isOver = (timer: TimerState, nowMs: number): boolean => elapsedMs(timer, nowMs) >= allowedMs(timer);

/** How far past its time the item has run; 0 while time is left. */
export const overrunMs = (timer: TimerState, nowMs: number): number => Math.max(0, elapsedMs(timer, nowMs) - allowedMs(timer));
