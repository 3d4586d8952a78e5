/**
 * Geometry of the influence/interest grid: a 5×5 board, interest left→right, influence
 * bottom→top, each stakeholder a marker in its cell. Pure: data in, coordinates out.
 */

export const GRID_LEVELS = 5;

export type Quadrant = 'manage-closely' | 'keep-satisfied' | 'keep-informed' | 'monitor';

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  'manage-closely': 'Manage closely',
  'keep-satisfied': 'Keep satisfied',
  'keep-informed': 'Keep informed',
  monitor: 'Monitor',
};

/** A level counts as "high" from this value up; the middle level leans towards attention. */
export const HIGH_FROM = 3;

/** Which quadrant of the classic power/interest matrix a stakeholder falls in. */
export function quadrantOf(influence: number, interest: number): Quadrant {
  const highInfluence = influence >= HIGH_FROM;
  const highInterest = interest >= HIGH_FROM;
  if (highInfluence) return highInterest ? 'manage-closely' : 'keep-satisfied';
  return highInterest ? 'keep-informed' : 'monitor';
}

export interface GridInput {
  id: string;
  name: string;
  influence: number;
  interest: number;
}

export interface GridLayout {
  /** Edge length of the square board in user units. */
  size: number;
  /** Space left of and below the board for axis labels. */
  inset: number;
}

export interface CellBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GridMarker {
  id: string;
  x: number;
  y: number;
  /** 1-based column (interest) and row (influence) of the cell. */
  interest: number;
  influence: number;
  /** How many markers share the cell; the renderer shrinks labels when crowded. */
  cellmates: number;
  /** Put the name under the marker (true) or above it, so neighbours' labels do not collide. */
  labelBelow: boolean;
}

const clampLevel = (value: number): number => Math.min(GRID_LEVELS, Math.max(1, Math.round(value)));

/** The rectangle of one cell (levels are 1-based; influence 5 is the top row). */
export function cellBox(interest: number, influence: number, layout: GridLayout): CellBox {
  const cell = layout.size / GRID_LEVELS;
  return {
    x: layout.inset + (clampLevel(interest) - 1) * cell,
    y: (GRID_LEVELS - clampLevel(influence)) * cell,
    width: cell,
    height: cell,
  };
}

/**
 * Offsets (as fractions of the cell, 0…1) for `count` markers sharing one cell: a near-square
 * sub-grid, evenly spaced, so markers never sit on top of each other.
 */
export function spreadInCell(count: number): { fx: number; fy: number; labelBelow: boolean }[] {
  if (count <= 0) return [];
  const columns = Math.ceil(Math.sqrt(count));
  const rows = Math.ceil(count / columns);
  const offsets: { fx: number; fy: number; labelBelow: boolean }[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = Math.floor(index / columns);
    const inRow = row === rows - 1 ? count - row * columns : columns;
    const column = index % columns;
    // One row: alternate below/above; several rows: the bottom row below, the others above.
    const labelBelow = rows === 1 ? column % 2 === 0 : row === rows - 1;
    offsets.push({ fx: (column + 0.5) / inRow, fy: (row + 0.5) / rows, labelBelow });
  }
  return offsets;
}

/** Place every stakeholder on the board; cellmates are ordered by name, then id, for stable layouts. */
export function layoutInfluenceGrid(stakeholders: readonly GridInput[], layout: GridLayout): GridMarker[] {
  const byCell = new Map<string, GridInput[]>();
  for (const stakeholder of stakeholders) {
    const key = `${clampLevel(stakeholder.interest)}:${clampLevel(stakeholder.influence)}`;
    const list = byCell.get(key) ?? [];
    list.push(stakeholder);
    byCell.set(key, list);
  }
  const markers: GridMarker[] = [];
  for (const group of byCell.values()) {
    const ordered = [...group].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const offsets = spreadInCell(ordered.length);
    ordered.forEach((stakeholder, index) => {
      const interest = clampLevel(stakeholder.interest);
      const influence = clampLevel(stakeholder.influence);
      const box = cellBox(interest, influence, layout);
      const offset = offsets[index] ?? { fx: 0.5, fy: 0.5, labelBelow: true };
      markers.push({
        id: stakeholder.id,
        x: box.x + offset.fx * box.width,
        y: box.y + offset.fy * box.height,
        interest,
        influence,
        cellmates: ordered.length,
        labelBelow: offset.labelBelow,
      });
    });
  }
  return markers;
}
