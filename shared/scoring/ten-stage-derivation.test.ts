import { describe, expect, it } from 'vitest';
import { TEN_STAGES_MODEL } from '../frameworks/builtin';
import type { StageIndicatorModel } from '../frameworks/stage-indicator-model-schema';
import { deriveTenStage, indicatorsNeeded } from './ten-stage-derivation';

const model: StageIndicatorModel = TEN_STAGES_MODEL;

/** Marks the first `counts[i]` indicators of stage i+1 as met. */
const placement = (counts: number[], override: { stage: number; reason: string } | null = null) => ({
  indicatorsMet: Object.fromEntries(
    model.stages.flatMap((stage, index) => stage.indicators.map((indicator, i) => [indicator.id, i < (counts[index] ?? 0)])),
  ),
  override,
});

describe('indicatorsNeeded', () => {
  it.each([
    [3, 2],
    [4, 2],
    [5, 3],
  ])('%i indicators need %i', (total, needed) => {
    expect(indicatorsNeeded(total)).toBe(needed);
  });
});

describe('deriveTenStage', () => {
  it.each<[string, number[], number | null]>([
    ['nothing observed', [], null],
    ['stage 1 only partly met', [1], null],
    ['stage 1 mostly met', [2], 1],
    ['stages 1–3 mostly met', [3, 2, 2], 3],
    ['a gap at stage 2 stops the climb even with later stages met', [3, 1, 4, 4, 3], 1],
    ['exactly half of four indicators is enough', [2, 2, 2, 2], 4],
    ['everything met', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 10],
  ])('%s → %s', (_label, counts, stage) => {
    const result = deriveTenStage(placement(counts), model);
    expect(result).toMatchObject({ derivedStage: stage, effectiveStage: stage, overridden: false, overrideReason: null });
  });

  it('reports the evidence for each stage', () => {
    const result = deriveTenStage(placement([3, 1]), model);
    expect(result.stages.slice(0, 2)).toEqual([
      { stageId: 'observe-report', level: 1, met: 3, total: 3, needed: 2, mostlyMet: true },
      { stageId: 'setting-stage', level: 2, met: 1, total: 3, needed: 2, mostlyMet: false },
    ]);
  });

  it.each<[string, number[], { stage: number; reason: string }, number | null, number]>([
    ['an override above the derived stage wins', [2, 2], { stage: 5, reason: 'Strong social CRM pilot' }, 2, 5],
    ['an override below it wins too', [3, 3, 3, 3], { stage: 2, reason: 'Accounts run by an agency' }, 4, 2],
    ['an override with nothing derived', [], { stage: 1, reason: 'Listening starts next week' }, null, 1],
    ['an override past the last stage is clamped', [], { stage: 14, reason: 'Typo' }, null, 10],
  ])('%s', (_label, counts, override, derived, effective) => {
    const result = deriveTenStage(placement(counts, override), model);
    expect(result).toMatchObject({ derivedStage: derived, effectiveStage: effective, overridden: true, overrideReason: override.reason });
  });

  it('ignores indicator ids that the model does not have', () => {
    expect(deriveTenStage({ indicatorsMet: { stray: true }, override: null }, model).derivedStage).toBeNull();
  });
});
