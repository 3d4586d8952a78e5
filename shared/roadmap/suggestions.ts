import type { GapRow } from '../scoring/gap-table';
import type { InitiativeLibraryItem } from './initiative-library-schema';
import { phaseIndex } from './roadmap-reference';

export const SUGGESTION_RULE =
  'A library initiative is suggested when it lifts at least one competency whose target stage is above its current stage and it is not on the roadmap yet. Suggestions are ranked by the largest gap they lift, then by the sum of the gaps they lift, then earlier phase first, then library order. Competencies marked not applicable, without a stage, or already at target do not count.';

export interface LiftedGap {
  competencyId: string;
  name: string;
  gap: number;
}

export interface InitiativeSuggestion {
  item: InitiativeLibraryItem;
  /** The gaps this item lifts, largest first (gap-table order between equals). */
  lifts: LiftedGap[];
  largestGap: number;
  totalGap: number;
  /** E.g. "Lifts Strategy (gap 2) and Leadership (gap 1)". */
  reason: string;
}

/** "A", "A and B", "A, B and C". */
const listInWords = (parts: string[]): string => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`);

/**
 * Library initiatives that close the client's largest gaps, ranked by SUGGESTION_RULE,
 * each with the reason in words. `existing` is the roadmap as it stands: any initiative
 * added from a library item (whatever its status) keeps that item out of the list.
 */
export function suggestInitiatives(input: {
  gapRows: readonly GapRow[];
  library: readonly InitiativeLibraryItem[];
  existing: readonly { libraryId: string | null }[];
  limit?: number;
}): InitiativeSuggestion[] {
  const gaps = new Map<string, { row: GapRow; rank: number }>();
  input.gapRows.forEach((row, rank) => {
    if (!row.notApplicable && row.gap !== null && Number.isFinite(row.gap) && row.gap > 0) gaps.set(row.competencyId, { row, rank });
  });
  const onRoadmap = new Set(input.existing.flatMap((initiative) => (initiative.libraryId === null ? [] : [initiative.libraryId])));
  const ranked = input.library
    .map((item, libraryOrder) => {
      const lifted = [...new Set(item.competencyIds)]
        .flatMap((id) => {
          const entry = gaps.get(id);
          return entry ? [entry] : [];
        })
        .sort((a, b) => b.row.gap! - a.row.gap! || a.rank - b.rank)
        .map(({ row }): LiftedGap => ({ competencyId: row.competencyId, name: row.name, gap: row.gap! }));
      return { item, libraryOrder, lifted };
    })
    .filter(({ item, lifted }) => lifted.length > 0 && !onRoadmap.has(item.id))
    .map(({ item, libraryOrder, lifted }) => ({
      libraryOrder,
      suggestion: {
        item,
        lifts: lifted,
        largestGap: lifted[0]!.gap,
        totalGap: lifted.reduce((sum, gap) => sum + gap.gap, 0),
        reason: `Lifts ${listInWords(lifted.map((gap) => `${gap.name} (gap ${gap.gap})`))}`,
      } satisfies InitiativeSuggestion,
    }))
    .sort(
      (a, b) =>
        b.suggestion.largestGap - a.suggestion.largestGap ||
        b.suggestion.totalGap - a.suggestion.totalGap ||
        phaseIndex(a.suggestion.item.phase) - phaseIndex(b.suggestion.item.phase) ||
        a.libraryOrder - b.libraryOrder,
    )
    .map(({ suggestion }) => suggestion);
  return input.limit === undefined ? ranked : ranked.slice(0, Math.max(0, input.limit));
}
