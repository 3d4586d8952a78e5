import { z } from 'zod';
import { IdSchema, shortText } from '../domain/common';

/**
 * A staged competency framework (the Community Maturity Model, or a consultant's own):
 * ordered stages, and competencies described at every stage. Frameworks are data, so a
 * consultant can duplicate, edit, import and export them; these limits keep an imported
 * file from swamping the app and keep every chart readable.
 */
export const FRAMEWORK_LIMITS = {
  minStages: 3,
  maxStages: 10,
  minCompetencies: 1,
  maxCompetencies: 40,
  maxEvidencePerCompetency: 20,
  nameChars: 120,
  summaryChars: 1_000,
  descriptorChars: 2_000,
  evidenceChars: 500,
  sourceChars: 500,
} as const;

/** Keys that could reach an object's prototype when data is copied around; never accepted. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** An id that is also safe as an object key (descriptor maps are keyed by stage id). */
export const SafeKeySchema = IdSchema.refine((key) => !FORBIDDEN_KEYS.has(key), { message: 'is a reserved name' });

/** "1.0", "2.3.1", "1.0.0-draft": enough to tell versions apart in an assessment's record. */
export const FrameworkVersionSchema = z
  .string()
  .max(32)
  .regex(/^\d{1,6}\.\d{1,6}(\.\d{1,6})?(-[0-9A-Za-z.-]{1,20})?$/, 'should look like 1.0 or 1.2.3');

export const FrameworkStageSchema = z.object({
  id: SafeKeySchema,
  /** 1 for the least mature stage; levels run 1, 2, 3… without gaps, in array order. */
  level: z.int().min(1).max(FRAMEWORK_LIMITS.maxStages),
  name: shortText(FRAMEWORK_LIMITS.nameChars).min(1),
  summary: shortText(FRAMEWORK_LIMITS.summaryChars),
});
export type FrameworkStage = z.infer<typeof FrameworkStageSchema>;

export const CompetencySchema = z.object({
  id: SafeKeySchema,
  name: shortText(FRAMEWORK_LIMITS.nameChars).min(1),
  description: shortText(FRAMEWORK_LIMITS.summaryChars),
  /** What the competency looks like at each stage, keyed by stage id; one entry per stage. */
  descriptors: z.record(SafeKeySchema, shortText(FRAMEWORK_LIMITS.descriptorChars)),
  /** What a consultant looks for on site to place the client on this competency. */
  evidence: z.array(shortText(FRAMEWORK_LIMITS.evidenceChars)).max(FRAMEWORK_LIMITS.maxEvidencePerCompetency),
});
export type Competency = z.infer<typeof CompetencySchema>;

const FrameworkShapeSchema = z.object({
  id: SafeKeySchema,
  version: FrameworkVersionSchema,
  name: shortText(FRAMEWORK_LIMITS.nameChars).min(1),
  /** Attribution, e.g. "The Community Roundtable, Community Maturity Model". */
  source: shortText(FRAMEWORK_LIMITS.sourceChars),
  builtIn: z.boolean(),
  /** The framework this one was duplicated from, so reports can credit it. */
  basedOn: z.object({ id: SafeKeySchema, version: FrameworkVersionSchema }).nullable().default(null),
  stages: z.array(FrameworkStageSchema).min(FRAMEWORK_LIMITS.minStages).max(FRAMEWORK_LIMITS.maxStages),
  competencies: z.array(CompetencySchema).min(FRAMEWORK_LIMITS.minCompetencies).max(FRAMEWORK_LIMITS.maxCompetencies),
});

type FrameworkShape = z.infer<typeof FrameworkShapeSchema>;

/** Cross-field rules: returns one problem per broken rule, each with the path it concerns. */
export function frameworkProblems(framework: FrameworkShape): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const stageIds = new Set<string>();
  framework.stages.forEach((stage, index) => {
    if (stageIds.has(stage.id)) problems.push({ path: ['stages', index, 'id'], message: `repeats the stage id "${stage.id}"` });
    stageIds.add(stage.id);
    if (stage.level !== index + 1) {
      problems.push({ path: ['stages', index, 'level'], message: `should be ${index + 1} (levels run 1, 2, 3… in order)` });
    }
  });
  const competencyIds = new Set<string>();
  framework.competencies.forEach((competency, index) => {
    if (competencyIds.has(competency.id)) {
      problems.push({ path: ['competencies', index, 'id'], message: `repeats the competency id "${competency.id}"` });
    }
    competencyIds.add(competency.id);
    for (const stage of framework.stages) {
      if (!Object.hasOwn(competency.descriptors, stage.id)) {
        problems.push({ path: ['competencies', index, 'descriptors', stage.id], message: 'is missing' });
      }
    }
    for (const key of Object.keys(competency.descriptors)) {
      if (!stageIds.has(key)) problems.push({ path: ['competencies', index, 'descriptors', key], message: 'names no stage of this framework' });
    }
  });
  return problems;
}

/** The validated framework: shape plus cross-field rules (unique ids, contiguous levels, full descriptors). */
export const FrameworkSchema = FrameworkShapeSchema.superRefine((framework, ctx) => {
  for (const problem of frameworkProblems(framework)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});
export type Framework = z.infer<typeof FrameworkSchema>;
/** What a framework looks like before defaults are filled in (e.g. an imported file without `basedOn`). */
export type FrameworkInput = z.input<typeof FrameworkSchema>;
