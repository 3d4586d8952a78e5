import { BENCHMARK_RULE } from './benchmark';
import { CONSENSUS_RULE, DISAGREEMENT_RULE } from './consensus';
import { GAP_TABLE_RULE } from './gap-table';
import { OVERALL_STAGE_RULE } from './overall-stage';
import { PERCENT_TO_TARGET_RULE } from './percent-to-target';
import { TEN_STAGE_RULE } from './ten-stage-derivation';
import { TREND_RULE } from './trends';

export * from './audit-coverage';
export * from './benchmark';
export * from './competency-rows';
export * from './consensus';
export * from './gap-table';
export * from './overall-stage';
export * from './percent-to-target';
export * from './stage-statistics';
export * from './ten-stage-derivation';
export * from './trends';

/** Every stated rule, for a "How Cairn scores" panel and the report's appendix. */
export const SCORING_RULES = {
  consensus: CONSENSUS_RULE,
  disagreement: DISAGREEMENT_RULE,
  overallStage: OVERALL_STAGE_RULE,
  percentToTarget: PERCENT_TO_TARGET_RULE,
  gapTable: GAP_TABLE_RULE,
  tenStage: TEN_STAGE_RULE,
  trend: TREND_RULE,
  benchmark: BENCHMARK_RULE,
} as const;
