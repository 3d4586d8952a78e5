import type { TenStagePlacement } from '../assessment/ten-stage-placement-schema';
import type { StageIndicatorModel } from '../frameworks/stage-indicator-model-schema';

export const TEN_STAGE_RULE =
  'The client’s stage is the highest stage whose indicators are mostly met, provided every lower stage’s indicators are mostly met too. “Mostly” means at least half of a stage’s indicators, rounded up (2 of 3, 2 of 4, 3 of 5). When stage 1 is not mostly met, no stage is derived. A consultant’s override, given with a reason, takes precedence.';

/** Indicators a stage needs to count as mostly met: half, rounded up. */
export const indicatorsNeeded = (total: number): number => Math.ceil(total / 2);

export interface StageEvidence {
  stageId: string;
  level: number;
  met: number;
  total: number;
  needed: number;
  mostlyMet: boolean;
}

export interface TenStageResult {
  /** From the indicators alone; null when stage 1 is not mostly met. */
  derivedStage: number | null;
  /** What the client is placed at: the override when there is one, else the derived stage. */
  effectiveStage: number | null;
  overridden: boolean;
  overrideReason: string | null;
  stages: StageEvidence[];
  rule: string;
}

/**
 * Derives the client's stage from observed indicators as TEN_STAGE_RULE says. Works for
 * any stage-indicator model, not only the ten stages. An override beyond the model's last
 * stage is clamped to it.
 */
export function deriveTenStage(
  placement: Pick<TenStagePlacement, 'indicatorsMet' | 'override'>,
  model: StageIndicatorModel,
): TenStageResult {
  const stages = model.stages.map((stage): StageEvidence => {
    const met = stage.indicators.filter((indicator) => placement.indicatorsMet[indicator.id] === true).length;
    const needed = indicatorsNeeded(stage.indicators.length);
    return { stageId: stage.id, level: stage.level, met, total: stage.indicators.length, needed, mostlyMet: met >= needed };
  });
  const firstGap = stages.findIndex((stage) => !stage.mostlyMet);
  const climbed = firstGap === -1 ? stages.length : firstGap;
  const derivedStage = climbed === 0 ? null : climbed;
  const override = placement.override;
  const overrideStage = override === null ? null : Math.min(Math.max(1, override.stage), stages.length);
  return {
    derivedStage,
    effectiveStage: overrideStage ?? derivedStage,
    overridden: override !== null,
    overrideReason: override?.reason ?? null,
    stages,
    rule: TEN_STAGE_RULE,
  };
}
