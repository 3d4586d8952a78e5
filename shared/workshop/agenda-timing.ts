import { touch } from './workshop-edit';
import type { Workshop } from './workshop-schema';
import { elapsedMs, finishTimer, pauseTimer, remainingMs, resumeTimer, startTimer, extendTimer, timerOf, timerRecord, type TimerState } from './workshop-timer';

/** Where the day stands against its plan, for the facilitator's "time left" line. */
export interface TimeLeftVsPlan {
  /** Sum of the planned lengths of every item. */
  plannedMs: number;
  /** Time run on all items so far. */
  spentMs: number;
  /** Planned time not yet used: plannedMs − spentMs, never below 0. */
  planLeftMs: number;
  /** What the open items still need: their time left (with extensions); done items need none. */
  leftMs: number;
  /** spent + left − planned: positive when the day will overrun, negative when ahead. */
  behindMs: number;
  /** The item whose countdown runs, if any. */
  runningItemId: string | null;
}

/**
 * Overall time left against the plan. An item finished early gives its unused minutes
 * back (the day runs ahead); an extension or an overrun takes minutes (the day runs
 * behind); an item not yet started counts its full planned length.
 */
export function timeLeftVsPlan(workshop: Workshop, nowMs: number): TimeLeftVsPlan {
  let plannedMs = 0;
  let spentMs = 0;
  let leftMs = 0;
  let runningItemId: string | null = null;
  for (const item of workshop.agenda) {
    const timer = timerOf(item);
    plannedMs += timer.plannedMs;
    spentMs += elapsedMs(timer, nowMs);
    if (!timer.done) leftMs += remainingMs(timer, nowMs);
    if (timer.running && runningItemId === null) runningItemId = item.id;
  }
  return { plannedMs, spentMs, planLeftMs: Math.max(0, plannedMs - spentMs), leftMs, behindMs: spentMs + leftMs - plannedMs, runningItemId };
}

const isoAt = (nowMs: number): string => new Date(nowMs).toISOString();

/** Applies a timer change to one item and stamps the workshop; an unknown item changes nothing. */
function withTimer(workshop: Workshop, agendaItemId: string, nowMs: number, change: (timer: TimerState) => TimerState, pauseOthers = false): Workshop {
  if (!workshop.agenda.some((item) => item.id === agendaItemId)) return workshop;
  return touch(workshop, isoAt(nowMs), {
    agenda: workshop.agenda.map((item) => {
      if (item.id === agendaItemId) return { ...item, timer: timerRecord(change(timerOf(item))) };
      if (pauseOthers && item.timer.running) return { ...item, timer: timerRecord(pauseTimer(timerOf(item), nowMs)) };
      return item;
    }),
  });
}

/**
 * Starts an item's countdown from the top. Only one item runs at a time, so any other
 * running item is paused, and a planned workshop becomes running.
 */
export function startItem(workshop: Workshop, agendaItemId: string, nowMs: number): Workshop {
  const next = withTimer(workshop, agendaItemId, nowMs, (timer) => startTimer(timer, nowMs), true);
  return next !== workshop && next.status === 'planned' ? { ...next, status: 'running' } : next;
}

/** Continues an item's countdown, pausing any other running item. */
export const resumeItem = (workshop: Workshop, agendaItemId: string, nowMs: number): Workshop =>
  withTimer(workshop, agendaItemId, nowMs, (timer) => resumeTimer(timer, nowMs), true);

export const pauseItem = (workshop: Workshop, agendaItemId: string, nowMs: number): Workshop => withTimer(workshop, agendaItemId, nowMs, (timer) => pauseTimer(timer, nowMs));

/** Closes an item (finished, or skipped when it never ran). */
export const finishItem = (workshop: Workshop, agendaItemId: string, nowMs: number): Workshop => withTimer(workshop, agendaItemId, nowMs, (timer) => finishTimer(timer, nowMs));

export const extendItem = (workshop: Workshop, agendaItemId: string, ms: number, nowMs: number): Workshop => withTimer(workshop, agendaItemId, nowMs, (timer) => extendTimer(timer, ms));
