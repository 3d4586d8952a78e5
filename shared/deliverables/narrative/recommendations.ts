import type { ReportRecommendation } from '../../domain/client';
import { phaseOf } from '../../roadmap/roadmap-reference';
import { counted, countWord, joinNames } from './editorial';
import type { ReportFacts } from './report-facts';

export const RECOMMENDATION_LIMITS = { min: 3, max: 5 } as const;

export const RECOMMENDATIONS_RULE =
  'Recommendations are ranked in tiers: gaps of two stages or more (largest first), then KPIs off track, then the top near-term initiative not yet started, then gaps of one stage, then overdue actions; at most two gap recommendations, five in all. Fewer than three are topped up with the next-ranked open initiatives, then the remaining gaps.';

export interface DerivedRecommendation extends ReportRecommendation {
  tier: number;
}

const stageWord = (facts: ReportFacts, level: number): string => {
  const name = facts.assessment?.framework.stages.find((stage) => stage.level === level)?.name;
  return name ? `stage ${level} (${name})` : `stage ${level}`;
};

/**
 * Three to five recommendations derived from the gaps, the KPI plan, the roadmap and the
 * actions, ranked by RECOMMENDATIONS_RULE; each carries the rule that put it where it is.
 * Fewer than three only when the data holds fewer. Ids are stable keys ("gap_culture"), so
 * a consultant's edited list can still tell which derived item each entry came from.
 */
export function deriveRecommendations(facts: ReportFacts): DerivedRecommendation[] {
  const candidates: DerivedRecommendation[] = [];
  const linkedOpen = (competencyId: string) => facts.topInitiatives.filter((item) => item.competencyIds.includes(competencyId));
  const gapItem = (row: ReportFacts['shortOfTarget'][number], tier: number, position: number): DerivedRecommendation => {
    const first = linkedOpen(row.id)[0];
    const next = Math.min(row.current + 1, row.target);
    return {
      id: `gap_${row.id}`,
      tier,
      text: `Lift ${row.name} from ${stageWord(facts, row.current)} to ${stageWord(facts, next)} on the way to stage ${row.target}${
        first ? `, starting with “${first.title}” (phase ${phaseOf(first.phase).number})` : '; no open initiative lifts it yet, so plan one'
      }.`,
      rule: `Gap of ${counted(row.gap, 'stage')}, ${position === 0 ? 'the largest' : 'next largest'} in the gap table${tier === 1 ? ' (two stages or more come first)' : ''}.`,
    };
  };
  const bigGaps = facts.shortOfTarget.filter((row) => row.gap >= 2).slice(0, 2);
  bigGaps.forEach((row, index) => candidates.push(gapItem(row, 1, index)));
  if (facts.kpis.offTrack.length > 0) {
    const names = facts.kpis.offTrack.map((kpi) => kpi.name);
    candidates.push({
      id: 'kpis_off-track',
      tier: 2,
      text:
        names.length === 1
          ? `Bring “${names[0]}” back on track: agree with its owner what will move it and measure it again within the quarter.`
          : `Bring the ${countWord(names.length)} KPIs off track back on course, starting with “${names[0]}”, and review them monthly with their owners.`,
      rule: `${counted(facts.kpis.offTrack.length, 'KPI')} of ${facts.kpis.total} off track (the KPI status rule).`,
    });
  }
  const start = facts.topInitiatives.find((item) => item.status === 'idea' || item.status === 'planned');
  if (start) {
    candidates.push({
      id: `initiative_${start.id}`,
      tier: 3,
      text: `Start “${start.title}” (phase ${phaseOf(start.phase).number}, impact ${start.impact} of 5, effort ${start.effort} of 5) and name its owner.`,
      rule: 'The highest-ranked initiative not yet started: near-term first, then highest impact, earliest phase, lowest effort.',
    });
  }
  const smallGaps = facts.shortOfTarget.filter((row) => row.gap === 1).slice(0, Math.max(0, 2 - bigGaps.length));
  smallGaps.forEach((row, index) => candidates.push(gapItem(row, 4, bigGaps.length + index)));
  if (facts.actions.overdue > 0) {
    const owners = [...new Set(facts.actions.overdueList.map(({ action }) => action.ownerName.trim()).filter(Boolean))];
    candidates.push({
      id: 'actions_overdue',
      tier: 5,
      text: `Close or re-plan the ${counted(facts.actions.overdue, 'overdue action')}${owners.length > 0 && owners.length <= 3 ? ` held by ${joinNames(owners)}` : ''} before the next workshop.`,
      rule: `${counted(facts.actions.overdue, 'action')} of ${facts.actions.open} open past the due date.`,
    });
  }
  // Fewer than three: the next open initiatives by rank fill the list, then any remaining gaps.
  const taken = new Set(candidates.map((item) => item.id));
  for (const item of facts.topInitiatives) {
    if (candidates.length >= RECOMMENDATION_LIMITS.min) break;
    if (taken.has(`initiative_${item.id}`)) continue;
    candidates.push({
      id: `initiative_${item.id}`,
      tier: 6,
      text: `Keep “${item.title}” (phase ${phaseOf(item.phase).number}) moving: agree its next step and owner.`,
      rule: 'The next-ranked open initiative, added because fewer than three recommendations came from the gaps, KPIs and actions.',
    });
  }
  for (const row of facts.shortOfTarget) {
    if (candidates.length >= RECOMMENDATION_LIMITS.min) break;
    if (!candidates.some((item) => item.id === `gap_${row.id}`)) candidates.push(gapItem(row, 7, 1));
  }
  return candidates.sort((a, b) => a.tier - b.tier).slice(0, RECOMMENDATION_LIMITS.max);
}

/**
 * The recommendations the report prints: the consultant's list when they have edited it
 * (reworded, reordered, dropped or added), otherwise the derived one.
 */
export function reportRecommendations(facts: ReportFacts): { items: ReportRecommendation[]; edited: boolean } {
  const stored = facts.narrativeEngagement?.reportNarrative?.recommendations ?? null;
  if (stored) return { items: stored, edited: true };
  return { items: deriveRecommendations(facts).map(({ id, text, rule }) => ({ id, text, rule })), edited: false };
}
