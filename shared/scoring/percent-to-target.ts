import type { Assessment } from '../assessment/assessment-schema';
import type { Framework } from '../frameworks/framework-schema';
import { competencyRows } from './competency-rows';

export const PERCENT_TO_TARGET_RULE =
  'Percent to target is how far a competency has climbed from stage 1 towards its target: stages climbed above stage 1 divided by the stages from 1 to the target. Reaching or passing the target counts as 100 %. Overall, the stages climbed are added up across competencies and divided by the stages needed, so a target far away weighs more than a near one. Not-applicable competencies and those without both a current and a target stage are left out. Percentages are rounded down.';

export interface CompetencyProgress {
  competencyId: string;
  /** 0–100, rounded down; null when not applicable or a stage is missing. */
  percent: number | null;
  /** True when the current stage is beyond the target. */
  aboveTarget: boolean;
}

export interface PercentToTarget {
  /** Null when no competency can be measured. */
  overall: number | null;
  competencies: CompetencyProgress[];
  rule: string;
}

const percentOf = (climbed: number, needed: number): number => (needed === 0 ? 100 : Math.floor((climbed / needed) * 100));

/** Progress towards the target per competency and overall, as PERCENT_TO_TARGET_RULE says. */
export function percentToTarget(assessment: Assessment, framework: Framework): PercentToTarget {
  let climbedTotal = 0;
  let neededTotal = 0;
  let measured = 0;
  const competencies = competencyRows(assessment, framework).map((row): CompetencyProgress => {
    if (row.current === null || row.target === null) return { competencyId: row.competency.id, percent: null, aboveTarget: false };
    const needed = row.target - 1;
    const climbed = Math.min(row.current, row.target) - 1;
    climbedTotal += climbed;
    neededTotal += needed;
    measured += 1;
    return { competencyId: row.competency.id, percent: percentOf(climbed, needed), aboveTarget: row.current > row.target };
  });
  return { overall: measured === 0 ? null : percentOf(climbedTotal, neededTotal), competencies, rule: PERCENT_TO_TARGET_RULE };
}
