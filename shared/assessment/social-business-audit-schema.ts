import { z } from 'zod';
import { DateOnlySchema, IdSchema, entityFields, longText, shortText } from '../domain/common';
import { STAKEHOLDER_GROUPS } from '../domain/reference-lists';
import { SafeKeySchema } from '../frameworks/framework-schema';

/** One business function's answers, keyed by the audit guide's question ids. */
export const AuditFunctionEntrySchema = z.object({
  /** A reference-list function ("Customer Service") or the client's own department name. */
  functionName: shortText(200).trim().min(1),
  answers: z.record(SafeKeySchema, longText()),
  notes: longText(),
});
export type AuditFunctionEntry = z.infer<typeof AuditFunctionEntrySchema>;

/** "This function engages this stakeholder group on social channels." */
export const AuditCoverageSchema = z.object({
  functionName: shortText(200).trim().min(1),
  stakeholderGroup: z.enum(STAKEHOLDER_GROUPS),
});
export type AuditCoverage = z.infer<typeof AuditCoverageSchema>;

/**
 * The social business audit: an inventory of social use per business function, and which
 * function engages which stakeholder group (the coverage matrix).
 */
export const SocialBusinessAuditSchema = z
  .object({
    ...entityFields,
    engagementId: IdSchema,
    assessedOn: DateOnlySchema,
    entries: z.array(AuditFunctionEntrySchema).max(200),
    coverage: z.array(AuditCoverageSchema).max(200 * STAKEHOLDER_GROUPS.length),
    summary: longText(),
  })
  .superRefine((audit, ctx) => {
    const names = new Set<string>();
    audit.entries.forEach((entry, index) => {
      if (names.has(entry.functionName)) ctx.addIssue({ code: 'custom', path: ['entries', index, 'functionName'], message: `repeats "${entry.functionName}"` });
      names.add(entry.functionName);
    });
    const pairs = new Set<string>();
    audit.coverage.forEach((cell, index) => {
      const pair = `${cell.functionName}\u0000${cell.stakeholderGroup}`;
      if (pairs.has(pair)) ctx.addIssue({ code: 'custom', path: ['coverage', index], message: 'repeats a function and group already covered' });
      pairs.add(pair);
    });
  });
export type SocialBusinessAudit = z.infer<typeof SocialBusinessAuditSchema>;
