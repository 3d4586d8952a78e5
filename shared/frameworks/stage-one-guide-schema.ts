import { z } from 'zod';
import { shortText } from '../domain/common';
import { SafeKeySchema } from './framework-schema';

/**
 * Stage-1 diagnosis: the signs that an organization is still at Hierarchy, and the moves
 * that take it to Emergent Community. Ids are stable: a diagnosis stores answers by id.
 */
export const StageOneSignSchema = z.object({
  id: SafeKeySchema,
  text: shortText(400).min(1),
});
export type StageOneSign = z.infer<typeof StageOneSignSchema>;

export const StageTwoMoveSchema = z.object({
  id: SafeKeySchema,
  name: shortText(160).min(1),
  description: shortText(1_000).min(1),
});
export type StageTwoMove = z.infer<typeof StageTwoMoveSchema>;

const uniqueIds = (items: { id: string }[]): boolean => new Set(items.map((item) => item.id)).size === items.length;

export const StageOneGuideSchema = z.object({
  id: SafeKeySchema,
  name: shortText(160).min(1),
  source: shortText(500),
  signs: z.array(StageOneSignSchema).min(1).max(30).refine(uniqueIds, 'sign ids must be unique'),
  moves: z.array(StageTwoMoveSchema).min(1).max(30).refine(uniqueIds, 'move ids must be unique'),
});
export type StageOneGuide = z.infer<typeof StageOneGuideSchema>;
