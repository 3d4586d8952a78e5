import type { Framework } from '../frameworks/framework-schema';
import { newAssessment } from './assessment-factories';
import type { Assessment, CompetencyAssessment, ParticipantRating } from './assessment-schema';

/** A competency row in shorthand: [current, target], or 'n/a' for not in scope. */
export type RowShorthand = readonly [current: number | null, target: number | null] | 'n/a';

/**
 * Builds a complete assessment from shorthand: rows in framework order and ratings as
 * `{ participant: [stage per competency, null = did not rate] }`. Meant for table tests,
 * the demo client and the bench, where spelling out every field would hide the numbers.
 */
export function buildAssessment(
  framework: Framework,
  options: {
    id?: string;
    engagementId?: string;
    assessedOn?: string;
    rows?: readonly RowShorthand[];
    ratings?: Readonly<Record<string, readonly (number | null)[]>>;
    anonymous?: boolean;
  } = {},
): Assessment {
  const assessment = newAssessment({
    id: options.id ?? 'assessment-1',
    now: '2026-01-01T00:00:00.000Z',
    engagementId: options.engagementId ?? 'engagement-1',
    assessedOn: options.assessedOn ?? '2026-01-01',
    framework,
    title: 'Assessment',
  });
  const competencies = assessment.competencies.map((entry, index): CompetencyAssessment => {
    const row = options.rows?.[index];
    if (row === undefined) return entry;
    if (row === 'n/a') return { ...entry, notApplicable: true, notApplicableReason: 'Out of scope' };
    return { ...entry, currentStage: row[0], targetStage: row[1] };
  });
  const participantRatings: ParticipantRating[] = [];
  for (const [participant, stages] of Object.entries(options.ratings ?? {})) {
    stages.forEach((stage, index) => {
      const competency = framework.competencies[index];
      if (stage === null || competency === undefined) return;
      participantRatings.push({ id: `${participant}-${competency.id}`, participantId: participant, participantLabel: participant, competencyId: competency.id, stage });
    });
  }
  return { ...assessment, anonymousRatings: options.anonymous ?? false, competencies, participantRatings };
}
