import type { Assessment } from '../assessment/assessment-schema';
import type { Framework } from '../frameworks/framework-schema';
import { competencyRows, type CompetencyRow } from './competency-rows';
import { overallStage } from './overall-stage';

export const TREND_RULE =
  'A trend compares the later assessment with the earlier one, competency by competency: the change in current stage (up, down or the same) and in target stage. A competency that is not applicable or unrated in either assessment has no trend.';

export type Direction = 'up' | 'down' | 'same' | 'n.a.';

export interface CompetencyTrend {
  competencyId: string;
  name: string;
  currentBefore: number | null;
  currentAfter: number | null;
  /** After minus before; null when either is missing. */
  currentDelta: number | null;
  targetBefore: number | null;
  targetAfter: number | null;
  targetDelta: number | null;
  direction: Direction;
}

export interface AssessmentTrend {
  competencies: CompetencyTrend[];
  overallBefore: number | null;
  overallAfter: number | null;
  overallDelta: number | null;
  rule: string;
}

const delta = (before: number | null, after: number | null): number | null => (before === null || after === null ? null : after - before);

const directionOf = (change: number | null): Direction => (change === null ? 'n.a.' : change > 0 ? 'up' : change < 0 ? 'down' : 'same');

/**
 * Compares two assessments of one client on one framework (`framework` gives the order and
 * the stage range). Competencies are matched by id, so a competency added to a custom
 * framework between the two shows as n.a. rather than as a jump.
 */
export function compareAssessments(earlier: Assessment, later: Assessment, framework: Framework): AssessmentTrend {
  const before = new Map<string, CompetencyRow>(competencyRows(earlier, framework).map((row) => [row.competency.id, row]));
  const competencies = competencyRows(later, framework).map((after): CompetencyTrend => {
    const previous = before.get(after.competency.id);
    const currentBefore = previous?.current ?? null;
    const targetBefore = previous?.target ?? null;
    const currentDelta = delta(currentBefore, after.current);
    return {
      competencyId: after.competency.id,
      name: after.competency.name,
      currentBefore,
      currentAfter: after.current,
      currentDelta,
      targetBefore,
      targetAfter: after.target,
      targetDelta: delta(targetBefore, after.target),
      direction: directionOf(currentDelta),
    };
  });
  const overallBefore = overallStage(earlier, framework).stage;
  const overallAfter = overallStage(later, framework).stage;
  return { competencies, overallBefore, overallAfter, overallDelta: delta(overallBefore, overallAfter), rule: TREND_RULE };
}
