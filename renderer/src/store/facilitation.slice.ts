import { newAssessment } from '../../../shared/assessment/assessment-factories';
import type { Assessment } from '../../../shared/assessment/assessment-schema';
import type { Client } from '../../../shared/domain/client';
import { BUILT_IN_FRAMEWORKS } from '../../../shared/frameworks/builtin';
import type { Framework } from '../../../shared/frameworks/framework-schema';
import {
  addAction,
  addDecision,
  addNote,
  castDot,
  clearMaturityVote,
  deleteNote,
  dissolveCluster,
  editNote,
  extendItem,
  finishItem,
  groupNotes,
  mergeClusters,
  mergeNotes,
  moveNote,
  noteToAction,
  pauseItem,
  removeDot,
  renameCluster,
  resumeItem,
  revealNotes,
  setMaturityVote,
  setResultsRevealed,
  startItem,
  toAssessmentParticipants,
  toParticipantRatings,
  updateAction,
  type ActionOwner,
  type ActionStatus,
  type Workshop,
  type WorkshopEditResult,
} from '../../../shared/workshop';
import { resolveFramework } from './assessments.selectors';
import type { SliceCreator } from './cairn-state';
import { createClientEditor } from './client-editor';
import { timestamp, type StoreDeps } from './store-deps';

/** What a facilitation action did: done (with the new record's id when it made one), or refused with a sentence to show. */
export type FacilitationOutcome = { ok: true; id?: string } | { ok: false; message: string };

type EditContext = { at: string; nowMs: number; newId: () => string };
type WorkshopChange = (workshop: Workshop, context: EditContext) => WorkshopEditResult | Workshop;

/** The assessment a workshop's maturity vote feeds: the engagement's most recent one. */
export function engagementAssessment(client: Client, engagementId: string): Assessment | null {
  let best: Assessment | null = null;
  for (const assessment of client.assessments) {
    if (assessment.engagementId !== engagementId) continue;
    if (!best || assessment.assessedOn > best.assessedOn || (assessment.assessedOn === best.assessedOn && assessment.createdAt > best.createdAt)) best = assessment;
  }
  return best;
}

/** The framework a maturity vote is rated on: the engagement's assessment's, else the first built-in. */
export function facilitationFramework(client: Client, workshop: Workshop, library: readonly Framework[] = []): Framework {
  const assessment = engagementAssessment(client, workshop.engagementId);
  return (assessment && resolveFramework(client, assessment, library)) ?? BUILT_IN_FRAMEWORKS[0]!;
}

/**
 * Running a workshop: every action applies one edit of the pure workshop core to the
 * client document at once, so autosave persists it within a second. Refusals come back as
 * the core's sentence and change nothing.
 */
export interface FacilitationSlice {
  /** Applies any core edit to one workshop; the generic door the named actions go through. */
  editWorkshop(clientId: string, workshopId: string, change: WorkshopChange, coalesceKey?: string): FacilitationOutcome;
  addNote(clientId: string, workshopId: string, input: { agendaItemId: string; text: string; authorParticipantId?: string | null; clusterId?: string | null }): FacilitationOutcome;
  editNote(clientId: string, workshopId: string, input: { noteId: string; text?: string; authorParticipantId?: string | null }): FacilitationOutcome;
  deleteNote(clientId: string, workshopId: string, noteId: string): FacilitationOutcome;
  moveNote(clientId: string, workshopId: string, input: { noteId: string; clusterId: string | null; index?: number }): FacilitationOutcome;
  mergeNotes(clientId: string, workshopId: string, noteIds: readonly string[]): FacilitationOutcome;
  /** A new labelled cluster holding the notes; returns its id. */
  groupNotes(clientId: string, workshopId: string, input: { label: string; noteIds: readonly string[] }): FacilitationOutcome;
  renameCluster(clientId: string, workshopId: string, input: { clusterId: string; label: string }): FacilitationOutcome;
  dissolveCluster(clientId: string, workshopId: string, clusterId: string): FacilitationOutcome;
  /** The notes of one cluster join the end of another, which is kept. */
  mergeClusters(clientId: string, workshopId: string, input: { fromId: string; intoId: string }): FacilitationOutcome;
  revealNotes(clientId: string, workshopId: string, agendaItemId: string): FacilitationOutcome;
  castDot(clientId: string, workshopId: string, input: { agendaItemId: string; participantId: string; targetId: string }): FacilitationOutcome;
  removeDot(clientId: string, workshopId: string, input: { agendaItemId: string; participantId: string; targetId: string }): FacilitationOutcome;
  revealResults(clientId: string, workshopId: string, agendaItemId: string, revealed: boolean): FacilitationOutcome;
  /** Stage null withdraws the rating. */
  setMaturityVote(clientId: string, workshopId: string, input: { agendaItemId: string; participantId: string; competencyId: string; stage: number | null }): FacilitationOutcome;
  timerCommand(clientId: string, workshopId: string, agendaItemId: string, command: TimerCommand): FacilitationOutcome;
  addDecision(clientId: string, workshopId: string, input: { text: string; agendaItemId?: string | null }): FacilitationOutcome;
  addAction(clientId: string, workshopId: string, input: ActionOwner & { what: string; dueDate?: string | null }): FacilitationOutcome;
  updateAction(clientId: string, workshopId: string, input: ActionOwner & { actionId: string; what?: string; dueDate?: string | null; status?: ActionStatus }): FacilitationOutcome;
  noteToAction(clientId: string, workshopId: string, input: ActionOwner & { noteId: string; dueDate?: string | null }): FacilitationOutcome;
  /** A roadmap initiative (Establish, internal) carrying the note's text; returns the initiative's id. */
  noteToInitiative(clientId: string, workshopId: string, noteId: string): FacilitationOutcome;
  /**
   * Writes a maturity vote's ratings into the engagement's most recent assessment as
   * per-participant ratings (replacing each participant's earlier rating of a competency),
   * creating an assessment when the engagement has none. Returns the assessment's id.
   */
  sendRatingsToAssessment(clientId: string, workshopId: string, agendaItemId: string): FacilitationOutcome;
}

export type TimerCommand = { kind: 'start' } | { kind: 'resume' } | { kind: 'pause' } | { kind: 'finish' } | { kind: 'extend'; minutes: number };

const refused = (message: string): FacilitationOutcome => ({ ok: false, message });

/** Deep-freezes what is new, stopping at anything already frozen (the unchanged part of the document). */
export function freezeFresh<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) freezeFresh(child);
  return value;
}

export const createFacilitationSlice =
  (deps: StoreDeps): SliceCreator<FacilitationSlice> =>
  (set, get) => {
    const edit = createClientEditor(deps, set);

    /**
     * The capture path, taken on every note typed: the core already returns a new workshop,
     * so the client is rebuilt by spreading instead of through an immer draft, whose
     * finalize would walk every note of a large board on each keystroke. Same undo gate and
     * `updatedAt` stamp as the client editor; the new objects are frozen as immer would.
     */
    const replaceWorkshop = (clientId: string, workshop: Workshop, coalesceKey: string | null) =>
      deps.gate.run(coalesceKey === null ? null : `${clientId}:${coalesceKey}`, () => {
        const { docs } = get();
        const client = docs[clientId];
        const index = client ? client.workshops.findIndex((candidate) => candidate.id === workshop.id) : -1;
        if (!client || index < 0) return;
        const workshops = client.workshops.slice();
        workshops[index] = workshop;
        const next = freezeFresh({ ...client, workshops, updatedAt: timestamp(deps) });
        set({ docs: freezeFresh({ ...docs, [clientId]: next }) });
      });

    const editWorkshop: FacilitationSlice['editWorkshop'] = (clientId, workshopId, change, coalesceKey) => {
      const workshop = get().docs[clientId]?.workshops.find((candidate) => candidate.id === workshopId);
      if (!workshop) return refused('That workshop no longer exists.');
      const now = deps.now();
      const result = change(workshop, { at: now.toISOString(), nowMs: now.getTime(), newId: deps.newId });
      const next = 'ok' in result ? (result.ok ? result.workshop : null) : result;
      if (next === null) return refused((result as { message: string }).message);
      if (next === workshop) return { ok: true };
      replaceWorkshop(clientId, next, coalesceKey === undefined ? null : `${workshopId}:${coalesceKey}`);
      return { ok: true };
    };

    /** Runs an edit that creates a record named by a fresh id, and hands that id back. */
    const creating = (clientId: string, workshopId: string, change: (workshop: Workshop, id: string, context: EditContext) => WorkshopEditResult | Workshop): FacilitationOutcome => {
      const id = deps.newId();
      const outcome = editWorkshop(clientId, workshopId, (workshop, context) => change(workshop, id, context));
      return outcome.ok ? { ok: true, id } : outcome;
    };

    return {
      editWorkshop,
      addNote: (clientId, workshopId, input) => creating(clientId, workshopId, (workshop, id, { at }) => addNote(workshop, { ...input, id, now: at })),
      editNote: (clientId, workshopId, input) => editWorkshop(clientId, workshopId, (workshop, { at }) => editNote(workshop, { ...input, now: at })),
      deleteNote: (clientId, workshopId, noteId) => editWorkshop(clientId, workshopId, (workshop, { at }) => deleteNote(workshop, { noteId, now: at })),
      moveNote: (clientId, workshopId, input) => editWorkshop(clientId, workshopId, (workshop, { at }) => moveNote(workshop, { ...input, now: at })),
      mergeNotes: (clientId, workshopId, noteIds) => editWorkshop(clientId, workshopId, (workshop, { at }) => mergeNotes(workshop, { noteIds, now: at })),
      groupNotes: (clientId, workshopId, input) =>
        creating(clientId, workshopId, (workshop, clusterId, { at }) => groupNotes(workshop, { ...input, clusterId, now: at })),
      renameCluster: (clientId, workshopId, input) => editWorkshop(clientId, workshopId, (workshop, { at }) => renameCluster(workshop, { ...input, now: at })),
      dissolveCluster: (clientId, workshopId, clusterId) => editWorkshop(clientId, workshopId, (workshop, { at }) => dissolveCluster(workshop, { clusterId, now: at })),
      mergeClusters: (clientId, workshopId, input) => editWorkshop(clientId, workshopId, (workshop, { at }) => mergeClusters(workshop, { ...input, now: at })),
      revealNotes: (clientId, workshopId, agendaItemId) => editWorkshop(clientId, workshopId, (workshop, { at }) => revealNotes(workshop, agendaItemId, at)),
      castDot: (clientId, workshopId, input) => creating(clientId, workshopId, (workshop, id, { at }) => castDot(workshop, { ...input, id, now: at })),
      removeDot: (clientId, workshopId, input) => editWorkshop(clientId, workshopId, (workshop, { at }) => removeDot(workshop, { ...input, now: at })),
      revealResults: (clientId, workshopId, agendaItemId, revealed) =>
        editWorkshop(clientId, workshopId, (workshop, { at }) => setResultsRevealed(workshop, { agendaItemId, revealed, now: at })),
      setMaturityVote: (clientId, workshopId, { stage, ...input }) =>
        stage === null
          ? editWorkshop(clientId, workshopId, (workshop, { at }) => clearMaturityVote(workshop, { ...input, now: at }))
          : creating(clientId, workshopId, (workshop, id, { at }) => setMaturityVote(workshop, { ...input, stage, id, now: at })),
      timerCommand: (clientId, workshopId, agendaItemId, command) =>
        editWorkshop(clientId, workshopId, (workshop, { nowMs }) => {
          switch (command.kind) {
            case 'start':
              return startItem(workshop, agendaItemId, nowMs);
            case 'resume':
              return resumeItem(workshop, agendaItemId, nowMs);
            case 'pause':
              return pauseItem(workshop, agendaItemId, nowMs);
            case 'finish':
              return finishItem(workshop, agendaItemId, nowMs);
            case 'extend':
              return extendItem(workshop, agendaItemId, command.minutes * 60_000, nowMs);
          }
        }),
      addDecision: (clientId, workshopId, input) => creating(clientId, workshopId, (workshop, id, { at }) => addDecision(workshop, { ...input, id, now: at })),
      addAction: (clientId, workshopId, input) => creating(clientId, workshopId, (workshop, id, { at }) => addAction(workshop, { ...input, id, now: at })),
      updateAction: (clientId, workshopId, input) => editWorkshop(clientId, workshopId, (workshop, { at }) => updateAction(workshop, { ...input, now: at })),
      noteToAction: (clientId, workshopId, input) => creating(clientId, workshopId, (workshop, id, { at }) => noteToAction(workshop, { ...input, id, now: at })),
      noteToInitiative(clientId, workshopId, noteId) {
        const workshop = get().docs[clientId]?.workshops.find((candidate) => candidate.id === workshopId);
        const note = workshop?.notes.find((candidate) => candidate.id === noteId);
        if (!workshop || !note) return refused('That note no longer exists.');
        if (note.hidden) return refused('Reveal the notes before turning one into an initiative.');
        const [first = '', ...rest] = note.text.split('\n');
        const title = first.trim().slice(0, 200) || 'Workshop note';
        const description = [`From the workshop “${workshop.title}” (${workshop.date}).`, ...rest].join('\n').trim();
        const id = get().addInitiative(clientId, { title, description, phase: 'establish', track: 'internal', engagementId: workshop.engagementId });
        return id ? { ok: true, id } : refused('The initiative could not be added.');
      },
      sendRatingsToAssessment(clientId, workshopId, agendaItemId) {
        const client = get().docs[clientId];
        const workshop = client?.workshops.find((candidate) => candidate.id === workshopId);
        if (!client || !workshop) return refused('That workshop no longer exists.');
        const ratings = toParticipantRatings(workshop, agendaItemId, { newId: deps.newId });
        if (ratings.length === 0) return refused('Nobody has rated yet: there is nothing to send to the assessment.');
        const existing = engagementAssessment(client, workshop.engagementId);
        const at = timestamp(deps);
        const assessmentId = existing?.id ?? deps.newId();
        const created = existing
          ? null
          : newAssessment({
              id: assessmentId,
              now: at,
              framework: facilitationFramework(client, workshop, get().frameworkLibrary),
              engagementId: workshop.engagementId,
              title: `${workshop.title} (workshop)`.slice(0, 200),
              assessedOn: workshop.date,
            });
        const anonymous = toAssessmentParticipants(workshop, agendaItemId);
        edit(clientId, (draft) => {
          if (created) draft.assessments.push(created);
          const assessment = draft.assessments.find((candidate) => candidate.id === assessmentId);
          if (!assessment) return;
          for (const participant of anonymous) {
            if (!assessment.participants.some((entry) => entry.id === participant.id)) assessment.participants.push(participant);
          }
          for (const rating of ratings) {
            const same = assessment.participantRatings.find((entry) => entry.participantId === rating.participantId && entry.competencyId === rating.competencyId);
            if (same) {
              same.stage = rating.stage;
              same.participantLabel = rating.participantLabel;
            } else {
              assessment.participantRatings.push(rating);
            }
          }
          assessment.updatedAt = at;
        });
        return { ok: true, id: assessmentId };
      },
    };
  };
