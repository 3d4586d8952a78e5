import type { ParticipantRating } from '../assessment/assessment-schema';
import type { Framework } from '../frameworks/framework-schema';
import { isStageWithin, lowerMedian } from './stage-statistics';

/** Shown beside every proposed consensus value. */
export const CONSENSUS_RULE =
  'The proposed consensus is the median of the participants’ ratings. With an even number of ratings Cairn takes the lower of the two middle values, so the proposal never overstates maturity.';

/** A spread of at least this many stages between the lowest and highest rating is flagged. */
export const DISAGREEMENT_SPREAD = 2;

export const DISAGREEMENT_RULE = `Ratings are flagged as a disagreement when the highest and lowest differ by ${DISAGREEMENT_SPREAD} stages or more.`;

export interface StageCount {
  level: number;
  count: number;
}

export interface Consensus {
  competencyId: string;
  /** Ratings counted (within the framework's stages). */
  raters: number;
  /** Null when nobody rated the competency. */
  median: number | null;
  /** One entry per stage of the framework, including stages nobody chose. */
  distribution: StageCount[];
  /** Highest minus lowest rating; 0 for one rater, null for none. */
  spread: number | null;
  disagreement: boolean;
}

/** Consensus of ratings for one competency on a framework with `stageCount` stages. */
export function consensusOf(competencyId: string, stages: readonly number[], stageCount: number): Consensus {
  const valid = stages.filter((stage) => isStageWithin(stage, stageCount));
  const distribution = Array.from({ length: stageCount }, (_, index) => ({ level: index + 1, count: 0 }));
  for (const stage of valid) distribution[stage - 1]!.count += 1;
  const spread = valid.length === 0 ? null : Math.max(...valid) - Math.min(...valid);
  return {
    competencyId,
    raters: valid.length,
    median: lowerMedian(valid),
    distribution,
    spread,
    disagreement: spread !== null && spread >= DISAGREEMENT_SPREAD,
  };
}

/**
 * Consensus per competency, in framework order. Ratings for competencies the framework
 * lacks, or for stages beyond its last, are left out rather than clamped: a rating of 5 on a
 * 4-stage framework is a data problem to show, not a vote for stage 4.
 */
export function consensusByCompetency(ratings: readonly ParticipantRating[], framework: Framework): Consensus[] {
  const byCompetency = new Map<string, number[]>();
  for (const rating of ratings) {
    const list = byCompetency.get(rating.competencyId) ?? [];
    list.push(rating.stage);
    byCompetency.set(rating.competencyId, list);
  }
  return framework.competencies.map((competency) => consensusOf(competency.id, byCompetency.get(competency.id) ?? [], framework.stages.length));
}
