import type { Assessment, Confidence } from '../assessment/assessment-schema';
import type { Framework } from '../frameworks/framework-schema';
import { competencyRows } from './competency-rows';

export const GAP_TABLE_RULE =
  'The gap is the target stage minus the current stage. Rows are sorted by gap, largest first, then in the framework’s order; competencies without a gap (not applicable or missing a stage) come last.';

export interface GapRow {
  competencyId: string;
  name: string;
  current: number | null;
  target: number | null;
  /** Negative when the client is beyond its target; null when either stage is missing or N/A. */
  gap: number | null;
  confidence: Confidence | null;
  notApplicable: boolean;
}

/** The gap table the roadmap is built from, sorted as GAP_TABLE_RULE says. */
export function gapTable(assessment: Assessment, framework: Framework): GapRow[] {
  return competencyRows(assessment, framework)
    .map((row) => ({
      order: row.order,
      gapRow: {
        competencyId: row.competency.id,
        name: row.competency.name,
        current: row.current,
        target: row.target,
        gap: row.current === null || row.target === null ? null : row.target - row.current,
        confidence: row.confidence,
        notApplicable: row.notApplicable,
      },
    }))
    .sort((a, b) => {
      const gapA = a.gapRow.gap ?? Number.NEGATIVE_INFINITY;
      const gapB = b.gapRow.gap ?? Number.NEGATIVE_INFINITY;
      return gapA === gapB ? a.order - b.order : gapB - gapA;
    })
    .map(({ gapRow }) => gapRow);
}
