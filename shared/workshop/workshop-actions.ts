import { DateOnlySchema } from '../domain/common';
import { byCodeUnit, edited, idTaken, refused, touch, type WorkshopEditResult } from './workshop-edit';
import type { ActionStatus, Workshop, WorkshopAction } from './workshop-schema';

/**
 * Decisions and action items, captured at any moment of a workshop, and the client-wide
 * action list that gathers them across workshops.
 */

/** Stated above the client-wide action list. */
export const ACTION_ORDER_RULE =
  'Open and in-progress actions come first, those due soonest at the top and those without a date after them; done and dropped actions follow in the same order. An action is overdue when it is still open or in progress and its due date is before today.';

export interface ActionOwner {
  ownerName?: string;
  ownerStakeholderId?: string | null;
}

export function addDecision(workshop: Workshop, input: { id: string; text: string; agendaItemId?: string | null; now: string }): WorkshopEditResult {
  const text = input.text.trim();
  if (text === '') return refused('A decision needs some text.');
  if (idTaken(workshop.decisions, input.id)) return refused(`A decision with the id "${input.id}" already exists.`);
  const agendaItemId = input.agendaItemId ?? null;
  if (agendaItemId !== null && !idTaken(workshop.agenda, agendaItemId)) return refused('That agenda item no longer exists.');
  return edited(touch(workshop, input.now, { decisions: [...workshop.decisions, { id: input.id, text, agendaItemId, decidedAt: input.now }] }));
}

/** The owner's display name: as typed, or the participant's name when only a stakeholder is given. */
function ownerOf(workshop: Workshop, owner: ActionOwner): { ownerName: string; ownerStakeholderId: string | null } {
  const ownerStakeholderId = owner.ownerStakeholderId ?? null;
  const typed = owner.ownerName?.trim() ?? '';
  const known = ownerStakeholderId === null ? undefined : workshop.participants.find((participant) => participant.stakeholderId === ownerStakeholderId)?.name;
  return { ownerName: typed || known || '', ownerStakeholderId };
}

const badDate = (dueDate: string | null | undefined): boolean => dueDate != null && !DateOnlySchema.safeParse(dueDate).success;

export function addAction(
  workshop: Workshop,
  input: ActionOwner & { id: string; what: string; dueDate?: string | null; sourceNoteId?: string | null; now: string },
): WorkshopEditResult {
  const what = input.what.trim();
  if (what === '') return refused('An action needs to say what is to be done.');
  if (idTaken(workshop.actions, input.id)) return refused(`An action with the id "${input.id}" already exists.`);
  if (badDate(input.dueDate)) return refused('The due date should be a calendar date such as 2026-12-01.');
  const sourceNoteId = input.sourceNoteId ?? null;
  if (sourceNoteId !== null && !idTaken(workshop.notes, sourceNoteId)) return refused('That note no longer exists.');
  const action: WorkshopAction = { id: input.id, what, ...ownerOf(workshop, input), dueDate: input.dueDate ?? null, status: 'open', sourceNoteId, createdAt: input.now };
  return edited(touch(workshop, input.now, { actions: [...workshop.actions, action] }));
}

export function updateAction(
  workshop: Workshop,
  input: ActionOwner & { actionId: string; now: string; what?: string; dueDate?: string | null; status?: ActionStatus },
): WorkshopEditResult {
  const action = workshop.actions.find((entry) => entry.id === input.actionId);
  if (!action) return refused('That action no longer exists.');
  const what = input.what === undefined ? action.what : input.what.trim();
  if (what === '') return refused('An action needs to say what is to be done.');
  if (badDate(input.dueDate)) return refused('The due date should be a calendar date such as 2026-12-01.');
  const ownerChanged = input.ownerName !== undefined || input.ownerStakeholderId !== undefined;
  const owner = ownerChanged
    ? ownerOf(workshop, { ownerName: input.ownerName ?? action.ownerName, ownerStakeholderId: input.ownerStakeholderId === undefined ? action.ownerStakeholderId : input.ownerStakeholderId })
    : { ownerName: action.ownerName, ownerStakeholderId: action.ownerStakeholderId };
  const changed: WorkshopAction = { ...action, ...owner, what, dueDate: input.dueDate === undefined ? action.dueDate : input.dueDate, status: input.status ?? action.status };
  return edited(touch(workshop, input.now, { actions: workshop.actions.map((entry) => (entry === action ? changed : entry)) }));
}

/**
 * Turns a note into an action carrying the note's text and a link back to it. Refused for
 * a note still hidden in private mode: acting on it would reveal it before the room sees it.
 */
export function noteToAction(workshop: Workshop, input: ActionOwner & { noteId: string; id: string; dueDate?: string | null; now: string }): WorkshopEditResult {
  const note = workshop.notes.find((entry) => entry.id === input.noteId);
  if (!note) return refused('That note no longer exists.');
  if (note.hidden) return refused('Reveal the notes before turning one into an action.');
  return addAction(workshop, { ...input, what: note.text.slice(0, 2_000), sourceNoteId: note.id });
}

export interface ActionRow {
  action: WorkshopAction;
  workshopId: string;
  workshopTitle: string;
  workshopDate: string;
  overdue: boolean;
}

export interface ActionFilter {
  /** A stakeholder id, or an owner name (matched without regard to case or surrounding spaces). */
  owner?: string;
  status?: ActionStatus | readonly ActionStatus[];
  /** true: only overdue actions; false: only those not overdue. */
  overdue?: boolean;
  /** Calendar date the list is drawn up on, e.g. 2026-11-22. */
  today: string;
}

const isOpen = (status: ActionStatus): boolean => status === 'open' || status === 'in-progress';

/** Overdue: still open or in progress, and due before `today` (dates compare as ISO strings). */
export const isOverdue = (action: Pick<WorkshopAction, 'status' | 'dueDate'>, today: string): boolean =>
  isOpen(action.status) && action.dueDate !== null && action.dueDate < today;

/** Every action of the given workshops, filtered and sorted by {@link ACTION_ORDER_RULE}. */
export function collectActions(workshops: readonly Workshop[], filter: ActionFilter): ActionRow[] {
  const owner = filter.owner?.trim().toLowerCase();
  const statuses = filter.status === undefined ? null : new Set(typeof filter.status === 'string' ? [filter.status] : filter.status);
  const rows: ActionRow[] = [];
  for (const workshop of workshops) {
    for (const action of workshop.actions) {
      const overdue = isOverdue(action, filter.today);
      if (owner !== undefined && action.ownerStakeholderId !== filter.owner && action.ownerName.trim().toLowerCase() !== owner) continue;
      if (statuses && !statuses.has(action.status)) continue;
      if (filter.overdue !== undefined && filter.overdue !== overdue) continue;
      rows.push({ action, workshopId: workshop.id, workshopTitle: workshop.title, workshopDate: workshop.date, overdue });
    }
  }
  const due = (row: ActionRow) => row.action.dueDate ?? '\uffff';
  return rows.sort(
    (a, b) =>
      Number(isOpen(b.action.status)) - Number(isOpen(a.action.status)) ||
      byCodeUnit(due(a), due(b)) ||
      byCodeUnit(a.workshopDate, b.workshopDate) ||
      byCodeUnit(a.action.createdAt, b.action.createdAt) ||
      byCodeUnit(a.action.id, b.action.id),
  );
}
