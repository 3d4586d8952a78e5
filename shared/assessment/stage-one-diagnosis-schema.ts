import { z } from 'zod';
import { DateOnlySchema, IdSchema, entityFields, longText, shortText } from '../domain/common';
import { SafeKeySchema } from '../frameworks/framework-schema';

export const SignObservationSchema = z.object({
  observed: z.boolean(),
  note: longText(),
});
export type SignObservation = z.infer<typeof SignObservationSchema>;

export const MOVE_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type MoveStatus = (typeof MOVE_STATUSES)[number];

/**
 * Progress on one of the six moves to stage 2. The owner is a stakeholder when one is
 * recorded, otherwise free text ("to be hired"); both empty means nobody owns it yet.
 */
export const MoveProgressSchema = z.object({
  moveId: SafeKeySchema,
  ownerStakeholderId: IdSchema.nullable(),
  ownerText: shortText(200),
  status: z.enum(MOVE_STATUSES),
  notes: longText(),
});
export type MoveProgress = z.infer<typeof MoveProgressSchema>;

/** Signs of stage 1 seen at the client (by sign id) and the tracker of the six moves. */
export const StageOneDiagnosisSchema = z.object({
  ...entityFields,
  engagementId: IdSchema,
  assessedOn: DateOnlySchema,
  signs: z.record(SafeKeySchema, SignObservationSchema),
  moves: z
    .array(MoveProgressSchema)
    .max(30)
    .refine((moves) => new Set(moves.map((move) => move.moveId)).size === moves.length, 'lists a move twice'),
  notes: longText(),
});
export type StageOneDiagnosis = z.infer<typeof StageOneDiagnosisSchema>;
