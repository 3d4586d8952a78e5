import type { Assessment, CompetencyAssessment, Confidence } from '../assessment/assessment-schema';
import type { Competency, Framework } from '../frameworks/framework-schema';
import { isStageWithin } from './stage-statistics';

/**
 * One competency of the framework joined with its assessed values, in framework order.
 * `current` and `target` are null when missing, when out of the framework's range, or when
 * the competency is not in scope; every score reads these instead of the raw entry.
 */
export interface CompetencyRow {
  competency: Competency;
  /** 0-based position in the framework, the tie-breaker wherever rows are sorted. */
  order: number;
  entry: CompetencyAssessment | null;
  notApplicable: boolean;
  current: number | null;
  target: number | null;
  confidence: Confidence | null;
}

export function competencyRows(assessment: Assessment, framework: Framework): CompetencyRow[] {
  const entries = new Map(assessment.competencies.map((entry) => [entry.competencyId, entry]));
  const stageCount = framework.stages.length;
  return framework.competencies.map((competency, order) => {
    const entry = entries.get(competency.id) ?? null;
    const notApplicable = entry?.notApplicable ?? false;
    const inRange = (value: number | null | undefined) => (!notApplicable && isStageWithin(value, stageCount) ? value : null);
    return {
      competency,
      order,
      entry,
      notApplicable,
      current: inRange(entry?.currentStage),
      target: inRange(entry?.targetStage),
      confidence: entry?.confidence ?? null,
    };
  });
}
