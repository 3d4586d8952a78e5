import { IDLE_TIMER, type AgendaItem, type Workshop, type WorkshopParticipant } from './workshop-schema';
import type { TemplateAgendaItem, WorkshopTemplate } from './workshop-template-schema';

export interface TemplateParticipant {
  /** Taken from `ids` when absent. */
  id?: string;
  stakeholderId?: string | null;
  name: string;
  role?: string;
}

/**
 * A planned workshop from a template. Ids come from `ids()`, called for the workshop, then
 * each agenda item in order, then each participant given without an id, so the same
 * inputs always give the same workshop. Dot votes link to the new ids of their items.
 */
export function workshopFromTemplate(
  template: WorkshopTemplate,
  options: { ids: () => string; now: string; engagementId: string; date: string; participants: readonly TemplateParticipant[]; title?: string; place?: string },
): Workshop {
  const id = options.ids();
  const itemIds = new Map(template.agenda.map((item) => [item.key, options.ids()]));
  const agenda: AgendaItem[] = template.agenda.map((item) => ({
    id: itemIds.get(item.key)!,
    title: item.title,
    method: item.method,
    plannedMinutes: item.plannedMinutes,
    prompt: item.prompt,
    linkedTo: item.method === 'dot-vote' ? item.linkedTo.flatMap((key) => itemIds.get(key) ?? []) : [...item.linkedTo],
    privateNotes: item.privateNotes,
    dotBudget: item.dotBudget,
    resultsRevealed: false,
    timer: { ...IDLE_TIMER },
  }));
  const participants: WorkshopParticipant[] = options.participants.map((person) => ({
    id: person.id ?? options.ids(),
    stakeholderId: person.stakeholderId ?? null,
    name: person.name,
    role: person.role ?? '',
  }));
  return {
    id,
    createdAt: options.now,
    updatedAt: options.now,
    engagementId: options.engagementId,
    title: options.title ?? template.name,
    date: options.date,
    place: options.place ?? '',
    objectives: template.objectives,
    status: 'planned',
    templateId: template.id,
    participants,
    agenda,
    notes: [],
    clusters: [],
    dotVotes: [],
    maturityVotes: [],
    decisions: [],
    actions: [],
  };
}

/**
 * Saves a workshop's plan as the consultant's own template: title, objectives and agenda
 * (planned minutes, prompts, private mode, dot budgets) are kept; people, notes, clusters,
 * votes, decisions, actions, timers and reveals are not. Items get keys item-1, item-2…
 * so no workshop id leaks into the template; dot-vote links follow them.
 */
export function templateFromWorkshop(workshop: Workshop, options: { id: string; name: string; description?: string }): WorkshopTemplate {
  const keys = new Map(workshop.agenda.map((item, index) => [item.id, `item-${index + 1}`]));
  const agenda: TemplateAgendaItem[] = workshop.agenda.map((item) => ({
    key: keys.get(item.id)!,
    title: item.title,
    method: item.method,
    plannedMinutes: item.plannedMinutes,
    prompt: item.prompt,
    linkedTo: item.method === 'dot-vote' ? item.linkedTo.flatMap((linked) => keys.get(linked) ?? []) : [...item.linkedTo],
    privateNotes: item.privateNotes,
    dotBudget: item.dotBudget,
  }));
  return { id: options.id, name: options.name, description: options.description ?? '', builtIn: false, objectives: workshop.objectives, agenda };
}
