import { z } from 'zod';
import { DateOnlySchema, IdSchema, TimestampSchema, entityFields, longText, shortText } from '../domain/common';
import { SafeKeySchema } from '../frameworks/framework-schema';
import { StageLevelSchema } from '../assessment/assessment-schema';
import { workshopProblems } from './workshop-problems';

/**
 * Limits that keep a workshop document bounded: a day-long session with a big room still
 * fits comfortably, while a damaged or hostile file cannot swamp the app.
 */
export const WORKSHOP_LIMITS = {
  participants: 200,
  agendaItems: 60,
  plannedMinutes: 8 * 60,
  /** The day's available time: at most 24 hours. */
  availableMinutes: 24 * 60,
  notes: 10_000,
  clusters: 1_000,
  dotVotes: 40_000,
  maturityVotes: 40_000,
  decisions: 1_000,
  actions: 2_000,
  dotBudget: 50,
  linkedTo: 40,
  /** A facilitator may extend one item by at most this much in total (4 hours). */
  extensionsMs: 4 * 60 * 60 * 1000,
} as const;

export const AGENDA_METHODS = ['discussion', 'brainstorm', 'dot-vote', 'maturity-vote', 'decisions-actions', 'break'] as const;
export type AgendaMethod = (typeof AGENDA_METHODS)[number];

export const WORKSHOP_STATUSES = ['planned', 'running', 'finished'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Someone in the room: a recorded stakeholder, or an ad-hoc name (stakeholderId null). */
export const WorkshopParticipantSchema = z.object({
  id: IdSchema,
  stakeholderId: IdSchema.nullable(),
  /** Copied at the time of the workshop so the record survives a stakeholder being renamed. */
  name: shortText().min(1),
  role: shortText().default(''),
});
export type WorkshopParticipant = z.infer<typeof WorkshopParticipantSchema>;

/**
 * What a countdown has consumed so far. Clock readings are epoch milliseconds passed in by
 * the caller. The planned length is not stored here: it comes from the agenda item's
 * `plannedMinutes`, so editing the agenda cannot leave a stale copy behind.
 */
export const TimerRecordSchema = z.object({
  /** Extra time granted on the spot, on top of the plan. */
  extensionsMs: z.int().min(0).max(WORKSHOP_LIMITS.extensionsMs),
  /** Set while running: when the current run began. */
  startedAt: z.number().finite().min(0).nullable(),
  /** Time run before the current run (sum of earlier runs). */
  accumulatedMs: z.number().finite().min(0),
  running: z.boolean(),
  /** Closed by the facilitator (finished or skipped); counts as no time left in the plan. */
  done: z.boolean(),
});
export type TimerRecord = z.infer<typeof TimerRecordSchema>;

export const IDLE_TIMER: TimerRecord = { extensionsMs: 0, startedAt: null, accumulatedMs: 0, running: false, done: false };

export const AgendaItemSchema = z.object({
  id: IdSchema,
  title: shortText().min(1),
  method: z.enum(AGENDA_METHODS),
  plannedMinutes: z.int().min(1).max(WORKSHOP_LIMITS.plannedMinutes),
  /** The question put to the room, or the facilitator's own notes for the item. */
  prompt: longText(),
  /**
   * Depends on the method: competency ids for a maturity vote; the ids of the agenda items
   * whose notes are voted on for a dot vote; free topic keys (e.g. the six moves) otherwise.
   */
  linkedTo: z.array(SafeKeySchema).max(WORKSHOP_LIMITS.linkedTo),
  /** Private mode: notes typed for this item start hidden and are revealed together. */
  privateNotes: z.boolean(),
  /** Dots each participant may place (dot votes only, ignored elsewhere). */
  dotBudget: z.int().min(1).max(WORKSHOP_LIMITS.dotBudget),
  /** Vote results (dots or maturity ratings) are shown only once this is set. */
  resultsRevealed: z.boolean(),
  timer: TimerRecordSchema,
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const WorkshopNoteSchema = z.object({
  id: IdSchema,
  agendaItemId: IdSchema,
  text: longText(),
  /** Null when the note is anonymous. */
  authorParticipantId: IdSchema.nullable(),
  clusterId: IdSchema.nullable(),
  /** Position within its cluster (or among the unclustered notes of its item). */
  order: z.number().finite(),
  /** Private mode: the text is not shown to the room until revealed. */
  hidden: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type WorkshopNote = z.infer<typeof WorkshopNoteSchema>;

export const NoteClusterSchema = z.object({
  id: IdSchema,
  agendaItemId: IdSchema,
  label: shortText().min(1),
  order: z.number().finite(),
});
export type NoteCluster = z.infer<typeof NoteClusterSchema>;

/** One participant's dots on one note or cluster; a second dot raises `dots`. */
export const DotVoteSchema = z.object({
  id: IdSchema,
  agendaItemId: IdSchema,
  participantId: IdSchema,
  targetId: IdSchema,
  dots: z.int().min(1).max(WORKSHOP_LIMITS.dotBudget),
});
export type DotVote = z.infer<typeof DotVoteSchema>;

export const MaturityVoteSchema = z.object({
  id: IdSchema,
  agendaItemId: IdSchema,
  participantId: IdSchema,
  competencyId: SafeKeySchema,
  stage: StageLevelSchema,
});
export type MaturityVote = z.infer<typeof MaturityVoteSchema>;

export const WorkshopDecisionSchema = z.object({
  id: IdSchema,
  text: longText().min(1),
  agendaItemId: IdSchema.nullable(),
  decidedAt: TimestampSchema,
});
export type WorkshopDecision = z.infer<typeof WorkshopDecisionSchema>;

export const WorkshopActionSchema = z.object({
  id: IdSchema,
  what: shortText(2_000).min(1),
  /** Who carries it; also set (from the stakeholder) when `ownerStakeholderId` is. Empty when unassigned. */
  ownerName: shortText(),
  ownerStakeholderId: IdSchema.nullable(),
  dueDate: DateOnlySchema.nullable(),
  status: z.enum(ACTION_STATUSES),
  /** The note the action was made from, so the summary can show where it came from. */
  sourceNoteId: IdSchema.nullable(),
  createdAt: TimestampSchema,
});
export type WorkshopAction = z.infer<typeof WorkshopActionSchema>;

const WorkshopShapeSchema = z.object({
  ...entityFields,
  engagementId: IdSchema,
  title: shortText().min(1),
  date: DateOnlySchema,
  place: shortText(),
  objectives: longText(),
  status: z.enum(WORKSHOP_STATUSES),
  /**
   * The time the room has for the day, in minutes (the consultant's booking, which may
   * differ from the agenda's sum). Optional: files written before it existed load without
   * it, and the facilitator's timing then compares against the agenda alone.
   */
  availableMinutes: z.number().int().min(1).max(WORKSHOP_LIMITS.availableMinutes).optional(),
  /** The template the workshop was made from, if any (built-in or the consultant's own). */
  templateId: SafeKeySchema.nullable(),
  participants: z.array(WorkshopParticipantSchema).max(WORKSHOP_LIMITS.participants),
  agenda: z.array(AgendaItemSchema).max(WORKSHOP_LIMITS.agendaItems),
  notes: z.array(WorkshopNoteSchema).max(WORKSHOP_LIMITS.notes),
  clusters: z.array(NoteClusterSchema).max(WORKSHOP_LIMITS.clusters),
  dotVotes: z.array(DotVoteSchema).max(WORKSHOP_LIMITS.dotVotes),
  maturityVotes: z.array(MaturityVoteSchema).max(WORKSHOP_LIMITS.maturityVotes),
  decisions: z.array(WorkshopDecisionSchema).max(WORKSHOP_LIMITS.decisions),
  actions: z.array(WorkshopActionSchema).max(WORKSHOP_LIMITS.actions),
});
export type WorkshopShape = z.infer<typeof WorkshopShapeSchema>;

/**
 * A workshop as stored: the shape plus cross-field rules (unique ids, every reference
 * resolves, votes within budget), each problem reported at the path it concerns.
 */
export const WorkshopSchema = WorkshopShapeSchema.superRefine((workshop, ctx) => {
  for (const problem of workshopProblems(workshop)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});
export type Workshop = z.infer<typeof WorkshopSchema>;
export type WorkshopInput = z.input<typeof WorkshopSchema>;
