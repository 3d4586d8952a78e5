import { z } from 'zod';
import { shortText } from '../domain/common';
import { SafeKeySchema } from './framework-schema';

/**
 * The social business audit asks the same questions of every business function; the
 * questions are data so answers can be stored by question id and the guide reworded
 * without touching stored audits.
 */
export const AuditQuestionSchema = z.object({
  id: SafeKeySchema,
  question: shortText(300).min(1),
  /** What a good answer names, shown as a hint under the question. */
  hint: shortText(500),
});
export type AuditQuestion = z.infer<typeof AuditQuestionSchema>;

export const AuditGuideSchema = z
  .object({
    id: SafeKeySchema,
    name: shortText(160).min(1),
    source: shortText(500),
    questions: z.array(AuditQuestionSchema).min(1).max(30),
  })
  .refine((guide) => new Set(guide.questions.map((question) => question.id)).size === guide.questions.length, {
    message: 'question ids must be unique',
    path: ['questions'],
  });
export type AuditGuide = z.infer<typeof AuditGuideSchema>;
