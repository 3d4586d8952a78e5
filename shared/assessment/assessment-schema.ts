import { z } from 'zod';
import { DateOnlySchema, IdSchema, entityFields, longText, shortText } from '../domain/common';
import { FRAMEWORK_LIMITS, FrameworkVersionSchema, SafeKeySchema } from '../frameworks/framework-schema';

/** A stage level as stored: 1 … the largest stage count a framework may have. */
export const StageLevelSchema = z.int().min(1).max(FRAMEWORK_LIMITS.maxStages);

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/**
 * The official placement of one competency, set by the consultant (often from the
 * participants' consensus). When `notApplicable` is set the stages are kept, so un-ticking
 * it restores them, but every score ignores them.
 */
export const CompetencyAssessmentSchema = z.object({
  competencyId: SafeKeySchema,
  currentStage: StageLevelSchema.nullable(),
  targetStage: StageLevelSchema.nullable(),
  evidence: longText(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  notApplicable: z.boolean(),
  notApplicableReason: shortText(1_000),
  /**
   * The consultant's finding and recommendation for the report's findings page. Null is a
   * draft: the report and the screen show the text Cairn drafts from the data, marked
   * "Draft", until the consultant writes or accepts their own. (Optional in the type so
   * records made before schema version 5, and code that builds them, need not name it.)
   */
  finding: longText().nullable().optional(),
  recommendation: longText().nullable().optional(),
});
export type CompetencyAssessment = z.infer<typeof CompetencyAssessmentSchema>;

/** Someone who rated without being a recorded stakeholder, e.g. "Participant 4" in a workshop. */
export const AnonymousParticipantSchema = z.object({
  id: IdSchema,
  label: shortText(120).min(1),
});
export type AnonymousParticipant = z.infer<typeof AnonymousParticipantSchema>;

/** One participant's view of one competency. */
export const ParticipantRatingSchema = z.object({
  id: IdSchema,
  /** A stakeholder id, or the id of an entry in `participants`. */
  participantId: IdSchema,
  /** The name at the time of rating, so the record survives the stakeholder being renamed or removed. */
  participantLabel: shortText(200),
  competencyId: SafeKeySchema,
  stage: StageLevelSchema,
});
export type ParticipantRating = z.infer<typeof ParticipantRatingSchema>;

export const ASSESSMENT_LIMITS = { competencies: FRAMEWORK_LIMITS.maxCompetencies, participants: 1_000, ratings: 40_000 } as const;

/** One framework applied to one client at one date, within an engagement. */
export const AssessmentSchema = z
  .object({
    ...entityFields,
    engagementId: IdSchema,
    frameworkId: SafeKeySchema,
    /** The framework version used, so a later edit of a custom framework cannot reinterpret it. */
    frameworkVersion: FrameworkVersionSchema,
    title: shortText().min(1),
    assessedOn: DateOnlySchema,
    /** When set, screens and reports show ratings without saying who gave them. */
    anonymousRatings: z.boolean(),
    consultantSummary: longText(),
    competencies: z.array(CompetencyAssessmentSchema).max(ASSESSMENT_LIMITS.competencies),
    participants: z.array(AnonymousParticipantSchema).max(ASSESSMENT_LIMITS.participants),
    participantRatings: z.array(ParticipantRatingSchema).max(ASSESSMENT_LIMITS.ratings),
  })
  .superRefine((assessment, ctx) => {
    const competencies = new Set<string>();
    assessment.competencies.forEach((entry, index) => {
      if (competencies.has(entry.competencyId)) {
        ctx.addIssue({ code: 'custom', path: ['competencies', index, 'competencyId'], message: `repeats the competency "${entry.competencyId}"` });
      }
      competencies.add(entry.competencyId);
    });
    const ratingIds = new Set<string>();
    const pairs = new Set<string>();
    assessment.participantRatings.forEach((rating, index) => {
      if (ratingIds.has(rating.id)) ctx.addIssue({ code: 'custom', path: ['participantRatings', index, 'id'], message: `repeats the rating id "${rating.id}"` });
      ratingIds.add(rating.id);
      // A participant has one rating per competency; a second one would count twice in the median.
      const pair = `${rating.participantId}\u0000${rating.competencyId}`;
      if (pairs.has(pair)) {
        ctx.addIssue({ code: 'custom', path: ['participantRatings', index], message: 'is a second rating by the same participant for the same competency' });
      }
      pairs.add(pair);
    });
    const participantIds = new Set<string>();
    assessment.participants.forEach((participant, index) => {
      if (participantIds.has(participant.id)) ctx.addIssue({ code: 'custom', path: ['participants', index, 'id'], message: `repeats the participant id "${participant.id}"` });
      participantIds.add(participant.id);
    });
  });
export type Assessment = z.infer<typeof AssessmentSchema>;
