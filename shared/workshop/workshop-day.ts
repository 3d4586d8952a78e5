import { timeLeftVsPlan } from './agenda-timing';
import type { Workshop } from './workshop-schema';

/** The day against the room's available time, when the workshop records one. */
export interface DayAgainstAvailable {
  availableMs: number;
  /** Time run so far plus what the open items still need. */
  needMs: number;
  /** available − need: positive is time to spare, negative is how far the day runs past it. */
  spareMs: number;
}

/** Null when the workshop has no available time recorded (the plan is then the only yardstick). */
export function dayAgainstAvailable(workshop: Workshop, nowMs: number): DayAgainstAvailable | null {
  if (workshop.availableMinutes === undefined) return null;
  const day = timeLeftVsPlan(workshop, nowMs);
  const availableMs = workshop.availableMinutes * 60_000;
  const needMs = day.spentMs + day.leftMs;
  return { availableMs, needMs, spareMs: availableMs - needMs };
}

/**
 * Whether the day is over: every agenda item finished while the workshop is not yet marked
 * held. Facilitator mode then offers to mark it held.
 */
export function readyToMarkHeld(workshop: Workshop): boolean {
  return workshop.status !== 'finished' && workshop.agenda.length > 0 && workshop.agenda.every((item) => item.timer.done);
}
