import { formatDuration } from '../../../../shared/format/format';
import type { ActionStatus, AgendaMethod, Workshop, WorkshopStatus } from '../../../../shared/workshop';

export const METHOD_LABELS: Record<AgendaMethod, string> = {
  discussion: 'Discussion',
  brainstorm: 'Brainstorm',
  'dot-vote': 'Dot vote',
  'maturity-vote': 'Maturity vote',
  'decisions-actions': 'Decisions and actions',
  break: 'Break',
};

export const METHOD_HINTS: Record<AgendaMethod, string> = {
  discussion: 'The room talks; the facilitator may note points.',
  brainstorm: 'Everyone writes notes, one idea each, then they are clustered.',
  'dot-vote': 'Each participant places dots on the notes of the items chosen below.',
  'maturity-vote': 'Each participant places each chosen competency on a stage.',
  'decisions-actions': 'Record decisions, and actions with an owner and a due date.',
  break: 'No capture; the clock keeps running.',
};

export const STATUS_LABELS: Record<WorkshopStatus, string> = { planned: 'Planned', running: 'In progress', finished: 'Held' };
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' };

/** 95 → "1 h 35 min", 60 → "1 h", 45 → "45 min": the shared duration style, in the consultant's digits. */
export const formatMinutes = (minutes: number, locale?: string): string => formatDuration(minutes, locale);

/** "2026-03-18" → "Wed 18 Mar 2026", in the reader's language; the ISO date when it cannot be read. */
export function formatDay(date: string, locale?: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString(locale ?? 'en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Total planned minutes of the agenda, breaks included. */
export const plannedMinutes = (workshop: Pick<Workshop, 'agenda'>): number => workshop.agenda.reduce((sum, item) => sum + item.plannedMinutes, 0);

/** What a workshop captured, for its row in the list: "14 notes · 4 decisions · 8 actions". */
export function captureCounts(workshop: Workshop): string {
  const parts = [
    [workshop.notes.length, 'note'],
    [workshop.decisions.length, 'decision'],
    [workshop.actions.length, 'action'],
  ] as const;
  const said = parts.filter(([count]) => count > 0).map(([count, noun]) => `${count} ${noun}${count === 1 ? '' : 's'}`);
  return said.length > 0 ? said.join(' · ') : 'Nothing captured yet';
}

/** Today as a calendar date in the consultant's time zone. */
export function localToday(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}
