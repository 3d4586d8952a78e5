import type { WorkshopEditResult } from './workshop-edit';
import { newAgendaItem, newWorkshop } from './workshop-factories';
import type { Workshop } from './workshop-schema';

/** The workshop inside a successful edit; throws with the refusal otherwise. For fixtures, demos and benches. */
export function applied(result: WorkshopEditResult): Workshop {
  if (!result.ok) throw new Error(result.message);
  return result.workshop;
}

export const SAMPLE_NOW = '2026-11-22T09:00:00.000Z';

/**
 * A small planned workshop: two stakeholders and one ad-hoc participant; a private
 * brainstorm, a dot vote on it (3 dots each), a maturity vote on three competencies, a
 * break and a decisions item. Fixed ids, so tests and demos can name its parts.
 */
export function sampleWorkshop(): Workshop {
  return {
    ...newWorkshop({ id: 'w1', now: SAMPLE_NOW, engagementId: 'e1', title: 'Kickoff', date: '2026-11-22', place: 'Board room' }),
    participants: [
      { id: 'p-ana', stakeholderId: 's-ana', name: 'Ana Ruiz', role: 'Head of Marketing' },
      { id: 'p-ben', stakeholderId: 's-ben', name: 'Ben Okafor', role: 'Customer Service lead' },
      { id: 'p-cy', stakeholderId: null, name: 'Cy Walsh', role: 'Guest from HR' },
    ],
    agenda: [
      newAgendaItem({ id: 'i-brain', title: 'Where we stand', method: 'brainstorm', plannedMinutes: 20 }),
      newAgendaItem({ id: 'i-dots', title: 'What worries us most', method: 'dot-vote', plannedMinutes: 10, linkedTo: ['i-brain'], dotBudget: 3 }),
      newAgendaItem({ id: 'i-rate', title: 'Rate three competencies', method: 'maturity-vote', plannedMinutes: 15, linkedTo: ['strategy', 'leadership', 'culture'] }),
      newAgendaItem({ id: 'i-break', title: 'Break', method: 'break', plannedMinutes: 15 }),
      newAgendaItem({ id: 'i-wrap', title: 'Decisions and actions', method: 'decisions-actions', plannedMinutes: 20 }),
    ],
  };
}

/** Timestamps a minute apart from SAMPLE_NOW, for edits in a sequence. */
export const minuteAfter = (minutes: number): string => new Date(Date.parse(SAMPLE_NOW) + minutes * 60_000).toISOString();
