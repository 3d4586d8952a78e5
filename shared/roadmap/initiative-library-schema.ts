import { z } from 'zod';
import { IdSchema, shortText } from '../domain/common';
import { OBJECTIVE_IDS, OWNER_ROLES, PHASE_IDS, TRACK_IDS } from './roadmap-reference';

/**
 * One ready-made initiative the consultant can drop onto a roadmap: an activity of the
 * four-phase roadmap (seed 003) or one of the six moves from stage 1 to stage 2 (seed
 * 000). Validated like any other data, so a broken edit fails a test, not a workshop.
 */
export const InitiativeLibraryItemSchema = z.object({
  id: IdSchema,
  /** The STAGE_ONE_GUIDE move this item stands for; null for four-phase activities. */
  stageOneMoveId: IdSchema.nullable(),
  title: shortText(120).min(1),
  description: shortText(400).min(1),
  phase: z.enum(PHASE_IDS),
  track: z.enum(TRACK_IDS),
  /** Community Maturity Model competencies the work moves forward; drives suggestions. */
  competencyIds: z.array(IdSchema).min(1).max(8),
  ownerRole: z.enum(OWNER_ROLES),
  objective: z.enum(OBJECTIVE_IDS),
});
export type InitiativeLibraryItem = z.infer<typeof InitiativeLibraryItemSchema>;

export const InitiativeLibrarySchema = z.array(InitiativeLibraryItemSchema).superRefine((items, ctx) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `the id "${item.id}" is used twice` });
    seen.add(item.id);
  });
});
