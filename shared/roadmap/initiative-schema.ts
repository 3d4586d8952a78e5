import { z } from 'zod';
import { DateOnlySchema, IdSchema, entityFields, longText, shortText } from '../domain/common';
import { STAKEHOLDER_GROUPS } from '../domain/reference-lists';
import { TimingSchema, scheduledSpan, timingFirstDay, timingLastDay } from './calendar';
import { INITIATIVE_STATUSES, OBJECTIVE_IDS, OWNER_ROLES, PHASE_IDS, TRACK_IDS } from './roadmap-reference';

/** 1 (low) … 5 (high), for impact and effort alike so the matrix is square. */
export const ImpactEffortSchema = z.int().min(1).max(5);

/** A test-and-learn pilot (seed 003: run pilots, validate, refine) is reviewed on a set date. */
export const PilotSchema = z.object({
  isPilot: z.boolean(),
  reviewDate: DateOnlySchema.nullable(),
});
export type Pilot = z.infer<typeof PilotSchema>;

/**
 * One card on the roadmap board. `order` is its position within its phase × track cell
 * (0-based, renumbered by board moves). `dependsOn` lists what must finish first;
 * `libraryId` remembers the library item it was added from, so suggestions skip it.
 */
export const InitiativeSchema = z
  .object({
    ...entityFields,
    title: shortText().min(1, 'an initiative needs a title'),
    description: longText(),
    phase: z.enum(PHASE_IDS),
    track: z.enum(TRACK_IDS),
    order: z.int().min(0),
    ownerStakeholderId: IdSchema.nullable(),
    ownerRole: z.enum(OWNER_ROLES).nullable(),
    /** Names of the client's business functions (reference list or custom). */
    businessFunctions: z.array(shortText().min(1)).max(100),
    stakeholderGroups: z.array(z.enum(STAKEHOLDER_GROUPS)).max(STAKEHOLDER_GROUPS.length),
    competencyIds: z.array(IdSchema).max(100),
    objective: z.enum(OBJECTIVE_IDS).nullable(),
    impact: ImpactEffortSchema,
    effort: ImpactEffortSchema,
    status: z.enum(INITIATIVE_STATUSES),
    start: TimingSchema,
    end: TimingSchema,
    dependsOn: z.array(IdSchema).max(1_000),
    kpiIds: z.array(IdSchema).max(1_000),
    notes: longText(),
    pilot: PilotSchema,
    libraryId: IdSchema.nullable(),
    engagementId: IdSchema.nullable(),
  })
  .superRefine((initiative, ctx) => {
    if (initiative.start && initiative.end && timingLastDay(initiative.end) < timingFirstDay(initiative.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'the end comes before the start' });
    }
    if (initiative.dependsOn.includes(initiative.id)) {
      ctx.addIssue({ code: 'custom', path: ['dependsOn'], message: 'an initiative cannot depend on itself' });
    }
    if (new Set(initiative.dependsOn).size !== initiative.dependsOn.length) {
      ctx.addIssue({ code: 'custom', path: ['dependsOn'], message: 'a dependency is listed twice' });
    }
  });
export type Initiative = z.infer<typeof InitiativeSchema>;

/** The days an initiative occupies, or null when it has neither start nor end. */
export const initiativeSpan = (initiative: Pick<Initiative, 'start' | 'end'>) => scheduledSpan(initiative.start, initiative.end);
