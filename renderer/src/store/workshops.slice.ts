import type { CairnApi } from '../../../shared/ipc/contract';
import {
  WORKSHOP_LIMITS,
  newAgendaItem,
  removeParticipant,
  newWorkshop,
  templateFromWorkshop,
  workshopFromTemplate,
  workshopProblems,
  type AgendaItem,
  type AgendaMethod,
  type TemplateParticipant,
  type Workshop,
  type WorkshopTemplate,
} from '../../../shared/workshop';
import type { SliceCreator } from './cairn-state';
import { createClientEditor } from './client-editor';
import type { FacilitationOutcome } from './facilitation.slice';
import type { StoreDeps } from './store-deps';

export type WorkshopTemplateApi = Pick<CairnApi, 'listWorkshopTemplates' | 'saveWorkshopTemplate' | 'deleteWorkshopTemplate'>;
export type WorkshopDetails = Pick<Workshop, 'title' | 'date' | 'place' | 'objectives' | 'engagementId' | 'status' | 'availableMinutes'>;
export type AgendaItemFields = Pick<AgendaItem, 'title' | 'method' | 'plannedMinutes' | 'prompt' | 'linkedTo' | 'privateNotes' | 'dotBudget'>;

export interface NewWorkshopInput {
  engagementId: string;
  title: string;
  date: string;
  place: string;
  /** Null for a blank workshop. */
  template: WorkshopTemplate | null;
  participants: readonly TemplateParticipant[];
}

/**
 * Planning workshops: create (blank or from a template), details, participants, agenda,
 * and the consultant's own template library. Edits to a workshop go through the
 * facilitation slice's `editWorkshop`, so autosave and undo treat them like any other
 * edit; a change that would leave the workshop inconsistent (an item with notes deleted,
 * a dot budget below the dots already placed) is refused with a sentence.
 */
export interface WorkshopsSlice {
  workshopTemplateLibrary: WorkshopTemplate[];
  /** Sentences about template files in the workspace that could not be used. */
  workshopTemplateProblems: string[];
  loadWorkshopTemplates(api: WorkshopTemplateApi): Promise<string | null>;
  /** Saves the workshop's plan as the consultant's own template; returns an error sentence or null. */
  saveWorkshopAsTemplate(api: WorkshopTemplateApi, clientId: string, workshopId: string, name: string, description: string): Promise<string | null>;
  deleteWorkshopTemplate(api: WorkshopTemplateApi, id: string): Promise<string | null>;
  /** Returns the new workshop's id, or null for an unknown client. */
  createWorkshop(clientId: string, input: NewWorkshopInput): string | null;
  deleteWorkshop(clientId: string, workshopId: string): void;
  updateWorkshopDetails(clientId: string, workshopId: string, patch: Partial<WorkshopDetails>, coalesceKey?: string): FacilitationOutcome;
  addWorkshopParticipant(clientId: string, workshopId: string, person: { stakeholderId: string | null; name: string; role?: string }): FacilitationOutcome;
  removeWorkshopParticipant(clientId: string, workshopId: string, participantId: string): FacilitationOutcome;
  addAgendaItem(clientId: string, workshopId: string, method: AgendaMethod): FacilitationOutcome;
  updateAgendaItem(clientId: string, workshopId: string, itemId: string, patch: Partial<AgendaItemFields>, coalesceKey?: string): FacilitationOutcome;
  moveAgendaItem(clientId: string, workshopId: string, itemId: string, toIndex: number): FacilitationOutcome;
  deleteAgendaItem(clientId: string, workshopId: string, itemId: string): FacilitationOutcome;
}

const METHOD_TITLES: Record<AgendaMethod, string> = {
  discussion: 'Discussion',
  brainstorm: 'Brainstorm',
  'dot-vote': 'Dot vote',
  'maturity-vote': 'Maturity vote',
  'decisions-actions': 'Decisions and actions',
  break: 'Break',
};
const METHOD_MINUTES: Record<AgendaMethod, number> = { discussion: 20, brainstorm: 20, 'dot-vote': 10, 'maturity-vote': 30, 'decisions-actions': 20, break: 15 };

const byName = (a: WorkshopTemplate, b: WorkshopTemplate) => a.name.localeCompare(b.name);
const fail = (message: string): FacilitationOutcome => ({ ok: false, message });

/** Why an agenda item cannot go: what the room already recorded under it. */
function recordedUnder(workshop: Workshop, itemId: string): string | null {
  if (workshop.notes.some((note) => note.agendaItemId === itemId)) return 'it holds notes from the workshop';
  if (workshop.dotVotes.some((vote) => vote.agendaItemId === itemId) || workshop.maturityVotes.some((vote) => vote.agendaItemId === itemId)) return 'votes were cast under it';
  if (workshop.decisions.some((decision) => decision.agendaItemId === itemId)) return 'decisions refer to it';
  return null;
}

export const createWorkshopsSlice =
  (deps: StoreDeps): SliceCreator<WorkshopsSlice> =>
  (set, get) => {
    const edit = createClientEditor(deps, set);

    /** A planning edit: the candidate must pass the workshop's own consistency rules. */
    const plan = (clientId: string, workshopId: string, change: (workshop: Workshop, at: string) => Workshop | string, coalesceKey?: string): FacilitationOutcome =>
      get().editWorkshop(
        clientId,
        workshopId,
        (workshop, { at }) => {
          const next = change(workshop, at);
          if (typeof next === 'string') return { ok: false, message: next };
          if (next === workshop) return workshop;
          const problem = workshopProblems(next)[0];
          if (problem) return { ok: false, message: `That change would leave the workshop inconsistent: ${problem.path.join(' ')} ${problem.message}.` };
          return { ok: true, workshop: { ...next, updatedAt: at } };
        },
        coalesceKey,
      );

    const changeItem = (workshop: Workshop, itemId: string, change: (item: AgendaItem) => AgendaItem): Workshop => ({
      ...workshop,
      agenda: workshop.agenda.map((item) => (item.id === itemId ? change(item) : item)),
    });

    return {
      workshopTemplateLibrary: [],
      workshopTemplateProblems: [],
      async loadWorkshopTemplates(api) {
        const result = await api.listWorkshopTemplates({});
        if (!result.ok) return result.error.message;
        set({
          workshopTemplateLibrary: [...result.value.templates].sort(byName),
          workshopTemplateProblems: result.value.skipped.map((skipped) => `The template file ${skipped.file} ${skipped.reason}; it was skipped.`),
        });
        return null;
      },
      async saveWorkshopAsTemplate(api, clientId, workshopId, name, description) {
        const workshop = get().docs[clientId]?.workshops.find((candidate) => candidate.id === workshopId);
        if (!workshop) return 'That workshop no longer exists.';
        if (workshop.agenda.length === 0) return 'Add at least one agenda item before saving the workshop as a template.';
        if (name.trim() === '') return 'Give the template a name.';
        const template = templateFromWorkshop(workshop, { id: `own-${deps.newId()}`, name: name.trim(), description: description.trim() });
        const result = await api.saveWorkshopTemplate({ template });
        if (!result.ok) return result.error.message;
        const saved = result.value;
        set((state) => {
          state.workshopTemplateLibrary = [...state.workshopTemplateLibrary.filter((item) => item.id !== saved.id), saved].sort(byName);
        });
        return null;
      },
      async deleteWorkshopTemplate(api, id) {
        const result = await api.deleteWorkshopTemplate({ id });
        if (!result.ok) return result.error.message;
        set((state) => {
          state.workshopTemplateLibrary = state.workshopTemplateLibrary.filter((item) => item.id !== id);
        });
        return null;
      },

      createWorkshop(clientId, input) {
        if (!get().docs[clientId]) return null;
        const now = deps.now().toISOString();
        const base = { now, engagementId: input.engagementId, date: input.date, title: input.title.trim() || undefined, place: input.place.trim() };
        const workshop = input.template
          ? workshopFromTemplate(input.template, { ...base, ids: deps.newId, participants: input.participants })
          : {
              ...newWorkshop({ ...base, id: deps.newId(), title: base.title ?? 'Workshop' }),
              participants: input.participants.map((person) => ({ id: person.id ?? deps.newId(), stakeholderId: person.stakeholderId ?? null, name: person.name, role: person.role ?? '' })),
            };
        edit(clientId, (client) => void client.workshops.push(workshop));
        return workshop.id;
      },
      deleteWorkshop: (clientId, workshopId) =>
        edit(clientId, (client) => {
          client.workshops = client.workshops.filter((workshop) => workshop.id !== workshopId);
        }),
      updateWorkshopDetails: (clientId, workshopId, patch, coalesceKey) => {
        if (patch.title !== undefined && patch.title.trim() === '') return fail('A workshop needs a title.');
        return plan(clientId, workshopId, (workshop) => ({ ...workshop, ...patch }), coalesceKey === undefined ? undefined : `details:${coalesceKey}`);
      },

      addWorkshopParticipant(clientId, workshopId, person) {
        const name = person.name.trim();
        if (name === '') return fail('Type a name for the participant.');
        const id = deps.newId();
        const outcome = plan(clientId, workshopId, (workshop) => {
          if (workshop.participants.length >= WORKSHOP_LIMITS.participants) return `A workshop holds at most ${WORKSHOP_LIMITS.participants} participants.`;
          if (person.stakeholderId !== null && workshop.participants.some((p) => p.stakeholderId === person.stakeholderId)) return `${name} is already on the list.`;
          return { ...workshop, participants: [...workshop.participants, { id, stakeholderId: person.stakeholderId, name, role: person.role?.trim() ?? '' }] };
        });
        return outcome.ok ? { ok: true, id } : outcome;
      },
      removeWorkshopParticipant: (clientId, workshopId, participantId) =>
        plan(clientId, workshopId, (workshop, at) => {
          const participant = workshop.participants.find((p) => p.id === participantId);
          if (!participant) return workshop;
          const spoke =
            workshop.notes.some((note) => note.authorParticipantId === participantId) ||
            workshop.dotVotes.some((vote) => vote.participantId === participantId) ||
            workshop.maturityVotes.some((vote) => vote.participantId === participantId);
          // A stakeholder stays once they spoke; an ad-hoc guest may go (their notes stay, anonymous; undo restores all).
          if (spoke && participant.stakeholderId !== null) return `${participant.name} wrote notes or voted in this workshop, so they stay on the list.`;
          return removeParticipant(workshop, { participantId, now: at });
        }),

      addAgendaItem(clientId, workshopId, method) {
        const id = deps.newId();
        const outcome = plan(clientId, workshopId, (workshop) => {
          if (workshop.agenda.length >= WORKSHOP_LIMITS.agendaItems) return `An agenda holds at most ${WORKSHOP_LIMITS.agendaItems} items.`;
          const linkedTo = method === 'dot-vote' ? workshop.agenda.filter((item) => item.method === 'brainstorm').map((item) => item.id) : [];
          return { ...workshop, agenda: [...workshop.agenda, newAgendaItem({ id, title: METHOD_TITLES[method], method, plannedMinutes: METHOD_MINUTES[method], linkedTo })] };
        });
        return outcome.ok ? { ok: true, id } : outcome;
      },
      updateAgendaItem(clientId, workshopId, itemId, patch, coalesceKey) {
        if (patch.title !== undefined && patch.title.trim() === '') return fail('An agenda item needs a title.');
        return plan(
          clientId,
          workshopId,
          (workshop) => {
            const item = workshop.agenda.find((candidate) => candidate.id === itemId);
            if (!item) return 'That agenda item no longer exists.';
            if (patch.method !== undefined && patch.method !== item.method) {
              const reason = recordedUnder(workshop, itemId);
              if (reason) return `The method cannot change: ${reason}.`;
              // A new method gives linkedTo a new meaning, so links from the old one are dropped.
              return changeItem(workshop, itemId, (current) => ({ ...current, ...patch, linkedTo: patch.linkedTo ?? [] }));
            }
            return changeItem(workshop, itemId, (current) => ({ ...current, ...patch }));
          },
          coalesceKey === undefined ? undefined : `item:${itemId}:${coalesceKey}`,
        );
      },
      moveAgendaItem: (clientId, workshopId, itemId, toIndex) =>
        plan(clientId, workshopId, (workshop) => {
          const from = workshop.agenda.findIndex((item) => item.id === itemId);
          const to = Math.max(0, Math.min(workshop.agenda.length - 1, toIndex));
          if (from < 0 || from === to) return workshop;
          const agenda = [...workshop.agenda];
          const [moved] = agenda.splice(from, 1);
          agenda.splice(to, 0, moved!);
          return { ...workshop, agenda };
        }),
      deleteAgendaItem: (clientId, workshopId, itemId) =>
        plan(clientId, workshopId, (workshop) => {
          if (!workshop.agenda.some((item) => item.id === itemId)) return workshop;
          const reason = recordedUnder(workshop, itemId);
          if (reason) return `This item cannot be deleted: ${reason}.`;
          const agenda = workshop.agenda
            .filter((item) => item.id !== itemId)
            .map((item) => (item.method === 'dot-vote' && item.linkedTo.includes(itemId) ? { ...item, linkedTo: item.linkedTo.filter((id) => id !== itemId) } : item));
          return { ...workshop, agenda, clusters: workshop.clusters.filter((cluster) => cluster.agendaItemId !== itemId) };
        }),
    };
  };
