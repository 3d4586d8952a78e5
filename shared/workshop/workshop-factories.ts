import { IDLE_TIMER, type AgendaItem, type AgendaMethod, type Workshop } from './workshop-schema';

/** A fresh, empty workshop. Identity, clock and dates come from the caller. */
export function newWorkshop(base: { id: string; now: string; engagementId: string; title: string; date: string; place?: string; objectives?: string }): Workshop {
  return {
    id: base.id,
    createdAt: base.now,
    updatedAt: base.now,
    engagementId: base.engagementId,
    title: base.title,
    date: base.date,
    place: base.place ?? '',
    objectives: base.objectives ?? '',
    status: 'planned',
    templateId: null,
    participants: [],
    agenda: [],
    notes: [],
    clusters: [],
    dotVotes: [],
    maturityVotes: [],
    decisions: [],
    actions: [],
  };
}

/** Default dots per person: enough to show priorities, few enough to force choices. */
export const DEFAULT_DOT_BUDGET = 5;

/** An agenda item with an idle timer; brainstorms start in private mode, as most rooms want. */
export function newAgendaItem(base: { id: string; title: string; method: AgendaMethod; plannedMinutes: number } & Partial<Pick<AgendaItem, 'prompt' | 'linkedTo' | 'privateNotes' | 'dotBudget'>>): AgendaItem {
  return {
    id: base.id,
    title: base.title,
    method: base.method,
    plannedMinutes: base.plannedMinutes,
    prompt: base.prompt ?? '',
    linkedTo: base.linkedTo ?? [],
    privateNotes: base.privateNotes ?? base.method === 'brainstorm',
    dotBudget: base.dotBudget ?? DEFAULT_DOT_BUDGET,
    resultsRevealed: false,
    timer: { ...IDLE_TIMER },
  };
}
