import { useMemo } from 'react';
import type { Client } from '../../../../../shared/domain/client';
import { INITIATIVE_LIBRARY } from '../../../../../shared/roadmap/initiative-library';
import { suggestInitiatives, type InitiativeSuggestion } from '../../../../../shared/roadmap/suggestions';
import { gapTable } from '../../../../../shared/scoring/gap-table';
import { byNewest, resolveFramework } from '../../../store/assessments.selectors';
import { useCairn } from '../../../store/StoreContext';

export type GapSuggestions =
  | { status: 'no-assessment' }
  | { status: 'no-gap'; assessmentTitle: string }
  | { status: 'ready'; assessmentTitle: string; assessedOn: string; suggestions: InitiativeSuggestion[] };

/** Suggestions from the client's latest assessment (by date), against the roadmap as it stands. */
export function useGapSuggestions(client: Client): GapSuggestions {
  const library = useCairn((state) => state.frameworkLibrary);
  const { assessments, frameworks, initiatives } = client;
  // Suggestions depend on which library items are on the roadmap, not on where the cards sit:
  // moving a card leaves this key, and the suggestions, as they were.
  const onRoadmap = initiatives.map((initiative) => initiative.libraryId ?? '').join('\n');
  return useMemo(() => {
    const latest = [...assessments].sort(byNewest)[0];
    const framework = latest ? resolveFramework({ frameworks }, latest, library) : null;
    if (!latest || !framework) return { status: 'no-assessment' };
    const gapRows = gapTable(latest, framework);
    if (!gapRows.some((row) => !row.notApplicable && row.gap !== null && row.gap > 0)) return { status: 'no-gap', assessmentTitle: latest.title };
    return {
      status: 'ready',
      assessmentTitle: latest.title,
      assessedOn: latest.assessedOn,
      suggestions: suggestInitiatives({ gapRows, library: INITIATIVE_LIBRARY, existing: onRoadmap.split('\n').map((libraryId) => ({ libraryId: libraryId || null })) }),
    };
  }, [assessments, frameworks, onRoadmap, library]);
}
