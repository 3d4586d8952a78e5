import { z } from 'zod';
import { DateOnlySchema, IdSchema, entityFields, longText, shortText } from '../domain/common';
import { FrameworkVersionSchema, SafeKeySchema } from '../frameworks/framework-schema';

/** The consultant's own placement, which wins over the derived stage; a reason is required. */
export const StageOverrideSchema = z.object({
  stage: z.int().min(1).max(20),
  reason: shortText(1_000).trim().min(1, 'an override needs a reason'),
});
export type StageOverride = z.infer<typeof StageOverrideSchema>;

/**
 * Where the client sits on the ten stages of social media business integration: which
 * indicators were observed, from which the stage is derived, plus an optional override.
 * Indicators not in the record count as not met.
 */
export const TenStagePlacementSchema = z.object({
  ...entityFields,
  engagementId: IdSchema,
  modelId: SafeKeySchema,
  modelVersion: FrameworkVersionSchema,
  assessedOn: DateOnlySchema,
  indicatorsMet: z.record(SafeKeySchema, z.boolean()),
  override: StageOverrideSchema.nullable(),
  notes: longText(),
});
export type TenStagePlacement = z.infer<typeof TenStagePlacementSchema>;
