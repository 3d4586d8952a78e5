import { spreadInCell } from '../stakeholders/influence-grid';
import type { Initiative } from './initiative-schema';

export type MatrixQuadrant = 'quick-wins' | 'major-projects' | 'fill-ins' | 'thankless-tasks';

export const MATRIX_QUADRANT_LABELS: Record<MatrixQuadrant, string> = {
  'quick-wins': 'Quick wins',
  'major-projects': 'Major projects',
  'fill-ins': 'Fill-ins',
  'thankless-tasks': 'Thankless tasks',
};

/** Impact and effort count as high from this level up (scale 1–5). */
export const MATRIX_HIGH_FROM = 3;

export const MATRIX_RULE =
  'Impact and effort are high from 3 up on the 1–5 scale. High impact with low effort is a quick win, high impact with high effort a major project, low impact with low effort a fill-in, and low impact with high effort a thankless task. A middling effort of 3 counts as high, so nothing is called a quick win unless it is clearly cheap.';

/** The quadrant an impact/effort pair falls in, by MATRIX_RULE. */
export function matrixQuadrant(impact: number, effort: number): MatrixQuadrant {
  const highImpact = impact >= MATRIX_HIGH_FROM;
  const highEffort = effort >= MATRIX_HIGH_FROM;
  if (highImpact) return highEffort ? 'major-projects' : 'quick-wins';
  return highEffort ? 'thankless-tasks' : 'fill-ins';
}

export interface MatrixPoint {
  id: string;
  quadrant: MatrixQuadrant;
  impact: number;
  effort: number;
  /** 0…1 across (effort rises to the right) and down (high impact at the top, y near 0). */
  x: number;
  y: number;
  /** Cards sharing the same impact and effort; a renderer shrinks labels when crowded. */
  cellmates: number;
}

type MatrixItem = Pick<Initiative, 'id' | 'title' | 'impact' | 'effort'>;

const LEVELS = 5;
const clampLevel = (value: number) => Math.min(LEVELS, Math.max(1, Math.round(value)));

/**
 * Places every initiative on the impact/effort matrix: a 5×5 grid of cells, one per
 * impact and effort pair, with cards sharing a cell spread over a sub-grid (ordered by
 * title, then id) so none hides another. Coordinates are fractions of the plot.
 */
export function impactEffortMatrix(initiatives: readonly MatrixItem[]): MatrixPoint[] {
  const cells = new Map<string, MatrixItem[]>();
  for (const item of initiatives) {
    const key = `${clampLevel(item.impact)}:${clampLevel(item.effort)}`;
    const group = cells.get(key);
    if (group) group.push(item);
    else cells.set(key, [item]);
  }
  const byId = new Map<string, MatrixPoint>();
  for (const group of cells.values()) {
    const ordered = [...group].sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
    const offsets = spreadInCell(ordered.length);
    ordered.forEach((item, index) => {
      const impact = clampLevel(item.impact);
      const effort = clampLevel(item.effort);
      const offset = offsets[index]!;
      byId.set(item.id, {
        id: item.id,
        quadrant: matrixQuadrant(impact, effort),
        impact,
        effort,
        x: (effort - 1 + offset.fx) / LEVELS,
        y: (LEVELS - impact + offset.fy) / LEVELS,
        cellmates: ordered.length,
      });
    });
  }
  return initiatives.map((item) => byId.get(item.id)!);
}
