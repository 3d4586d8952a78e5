import type { Assessment } from '../assessment/assessment-schema';
import type { Framework } from '../frameworks/framework-schema';
import { competencyRows } from './competency-rows';
import { lowerMedian } from './stage-statistics';

export const OVERALL_STAGE_RULE =
  'The overall stage is the median of the current stages of the competencies in scope; not-applicable and unrated competencies are left out. With an even number Cairn takes the lower of the two middle values. With nothing in scope there is no overall stage.';

export interface OverallStage {
  /** Null when no competency in scope has a current stage. */
  stage: number | null;
  /** How many competencies contributed. */
  basedOn: number;
  rule: string;
}

/** The one-number summary of an assessment, derived as OVERALL_STAGE_RULE says. */
export function overallStage(assessment: Assessment, framework: Framework): OverallStage {
  const currents = competencyRows(assessment, framework).flatMap((row) => (row.current === null ? [] : [row.current]));
  return { stage: lowerMedian(currents), basedOn: currents.length, rule: OVERALL_STAGE_RULE };
}
