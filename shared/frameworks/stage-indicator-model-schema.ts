import { z } from 'zod';
import { shortText } from '../domain/common';
import { FrameworkVersionSchema, SafeKeySchema } from './framework-schema';

/**
 * A model in which the client sits at exactly one stage, derived from observable
 * indicators (the ten stages of social media business integration). Unlike a competency
 * framework there is one ladder, and each rung lists what a consultant can see on site.
 */
export const StageIndicatorSchema = z.object({
  id: SafeKeySchema,
  text: shortText(500).min(1),
});
export type StageIndicator = z.infer<typeof StageIndicatorSchema>;

export const IndicatorStageSchema = z.object({
  id: SafeKeySchema,
  level: z.int().min(1).max(20),
  name: shortText(160).min(1),
  /** The name practitioners use in conversation, e.g. "Social media listening". */
  alias: shortText(160),
  summary: shortText(1_000),
  indicators: z.array(StageIndicatorSchema).min(3).max(5),
});
export type IndicatorStage = z.infer<typeof IndicatorStageSchema>;

export const StageIndicatorModelSchema = z
  .object({
    id: SafeKeySchema,
    version: FrameworkVersionSchema,
    name: shortText(160).min(1),
    source: shortText(500),
    stages: z.array(IndicatorStageSchema).min(2).max(20),
  })
  .superRefine((model, ctx) => {
    // Stage and indicator ids share one namespace: a placement stores indicators by id.
    const seen = new Set<string>();
    const claim = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `repeats the id "${id}"` });
      seen.add(id);
    };
    model.stages.forEach((stage, index) => {
      if (stage.level !== index + 1) ctx.addIssue({ code: 'custom', path: ['stages', index, 'level'], message: `should be ${index + 1}` });
      claim(stage.id, ['stages', index, 'id']);
      stage.indicators.forEach((indicator, i) => claim(indicator.id, ['stages', index, 'indicators', i, 'id']));
    });
  });
export type StageIndicatorModel = z.infer<typeof StageIndicatorModelSchema>;
