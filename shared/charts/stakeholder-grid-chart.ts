import type { Stakeholder } from '../domain/client';
import { GRID_LEVELS, HIGH_FROM, QUADRANT_LABELS, layoutInfluenceGrid, quadrantOf, type Quadrant } from '../stakeholders/influence-grid';
import { CATEGORY_COLOURS, NEUTRAL, QUADRANT_FILLS } from './chart-palette';
import { chartRoot } from './chart-frame';
import { chartLegend } from './chart-legend';
import { el, round2, txt, type SvgElement, type SvgNode } from './svg-tree';

export type GridStakeholder = Pick<Stakeholder, 'id' | 'name' | 'influence' | 'interest' | 'isSponsor' | 'isChampion' | 'isCommunityLeader'>;

export interface StakeholderGridOptions {
  stakeholders: readonly GridStakeholder[];
  /** Board edge in user units (default 420). */
  size?: number;
  title?: string;
  idPrefix?: string;
  /**
   * Markers become focusable buttons named by `describe` (default: the name) and carrying
   * data-stakeholder, for the app's grid that opens the person.
   */
  interactive?: boolean;
  describe?: (person: GridStakeholder) => string;
}

const INSET = 40;
const FONT = 9.5;
const SPONSOR = CATEGORY_COLOURS[1];
const CHAMPION = CATEGORY_COLOURS[4];
const LEADER = CATEGORY_COLOURS[3];
const OTHER = CATEGORY_COLOURS[0];

export type StakeholderMark = 'sponsor' | 'champion' | 'leader' | 'other';

/** The one mark a person gets, strongest role first: sponsor, champion, community leader. */
export const stakeholderMark = (person: Pick<GridStakeholder, 'isSponsor' | 'isChampion' | 'isCommunityLeader'>): StakeholderMark =>
  person.isSponsor ? 'sponsor' : person.isChampion ? 'champion' : person.isCommunityLeader ? 'leader' : 'other';

/** "Dr. Anna Becker" → "Anna B.": short enough for a crowded cell. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => !/\.$/.test(word) || word.length > 3);
  if (words.length < 2) return name.trim();
  return `${words[0]} ${words[words.length - 1]!.charAt(0)}.`;
}

function markShape(mark: StakeholderMark, x: number, y: number, r: number): SvgNode[] {
  switch (mark) {
    case 'sponsor':
      return [el('circle', { cx: round2(x), cy: round2(y), r: round2(r + 3.5), fill: 'none', stroke: SPONSOR, 'stroke-width': 1.5 }), el('circle', { cx: round2(x), cy: round2(y), r: round2(r), fill: SPONSOR })];
    case 'champion':
      return [el('polygon', { points: [[x, y - r - 1.5], [x + r + 1.5, y], [x, y + r + 1.5], [x - r - 1.5, y]].map(([px, py]) => `${round2(px!)},${round2(py!)}`).join(' '), fill: CHAMPION })];
    case 'leader':
      return [el('rect', { x: round2(x - r), y: round2(y - r), width: round2(2 * r), height: round2(2 * r), fill: LEADER })];
    default:
      return [el('circle', { cx: round2(x), cy: round2(y), r: round2(r), fill: '#ffffff', stroke: OTHER, 'stroke-width': 1.5 })];
  }
}

/**
 * The influence/interest grid: a 5×5 board, interest to the right and influence up, the four
 * quadrants named, each stakeholder a marker whose shape says the role (sponsor ringed,
 * champion diamond, community leader square) with a short name beside it.
 */
export function stakeholderGridChart(options: StakeholderGridOptions): SvgElement {
  const size = Math.max(240, options.size ?? 420);
  const cell = size / GRID_LEVELS;
  const markers = layoutInfluenceGrid(options.stakeholders, { size, inset: INSET });
  const byId = new Map(options.stakeholders.map((person) => [person.id, person]));
  const split = { x: INSET + (HIGH_FROM - 1) * cell, y: (GRID_LEVELS - HIGH_FROM + 1) * cell };
  const top = 4;

  const quadrants: { id: Quadrant; x: number; y: number; w: number; h: number; fill: string; anchor: 'start' | 'end'; labelY: number }[] = [
    { id: 'keep-satisfied', x: INSET, y: 0, w: split.x - INSET, h: split.y, fill: QUADRANT_FILLS.costly, anchor: 'start', labelY: 14 },
    { id: 'manage-closely', x: split.x, y: 0, w: INSET + size - split.x, h: split.y, fill: QUADRANT_FILLS.favourable, anchor: 'end', labelY: 14 },
    { id: 'monitor', x: INSET, y: split.y, w: split.x - INSET, h: size - split.y, fill: QUADRANT_FILLS.minor, anchor: 'start', labelY: size - 6 },
    { id: 'keep-informed', x: split.x, y: split.y, w: INSET + size - split.x, h: size - split.y, fill: QUADRANT_FILLS.costly, anchor: 'end', labelY: size - 6 },
  ];
  const board: SvgNode[] = quadrants.map((quadrant) =>
    el('g', { 'data-quadrant': quadrant.id }, [
      el('rect', { x: round2(quadrant.x), y: round2(top + quadrant.y), width: round2(quadrant.w), height: round2(quadrant.h), fill: quadrant.fill }),
      el('text', { x: round2(quadrant.anchor === 'start' ? quadrant.x + 6 : quadrant.x + quadrant.w - 6), y: round2(top + quadrant.labelY), 'text-anchor': quadrant.anchor, 'font-size': FONT, 'font-weight': 600, fill: NEUTRAL.mutedText }, [
        txt(QUADRANT_LABELS[quadrant.id]),
      ]),
    ]),
  );
  for (let index = 0; index <= GRID_LEVELS; index += 1) {
    const strong = index === HIGH_FROM - 1;
    board.push(el('line', { x1: round2(INSET + index * cell), y1: top, x2: round2(INSET + index * cell), y2: round2(top + size), stroke: strong ? NEUTRAL.axis : NEUTRAL.grid, 'stroke-width': strong ? 1.5 : 0.6 }));
    const rowStrong = index === GRID_LEVELS - HIGH_FROM + 1;
    board.push(el('line', { x1: INSET, y1: round2(top + index * cell), x2: round2(INSET + size), y2: round2(top + index * cell), stroke: rowStrong ? NEUTRAL.axis : NEUTRAL.grid, 'stroke-width': rowStrong ? 1.5 : 0.6 }));
  }
  for (let level = 1; level <= GRID_LEVELS; level += 1) {
    board.push(el('text', { x: round2(INSET + (level - 0.5) * cell), y: round2(top + size + 13), 'text-anchor': 'middle', 'font-size': FONT - 0.5, fill: NEUTRAL.mutedText }, [txt(String(level))]));
    board.push(el('text', { x: INSET - 8, y: round2(top + size - (level - 0.5) * cell + 3.5), 'text-anchor': 'end', 'font-size': FONT - 0.5, fill: NEUTRAL.mutedText }, [txt(String(level))]));
  }
  board.push(el('text', { x: round2(INSET + size / 2), y: round2(top + size + 28), 'text-anchor': 'middle', 'font-size': FONT + 0.5, 'font-weight': 600, fill: NEUTRAL.text }, [txt('Interest →')]));
  board.push(el('text', { x: 12, y: round2(top + size / 2), 'text-anchor': 'middle', 'font-size': FONT + 0.5, 'font-weight': 600, fill: NEUTRAL.text, transform: `rotate(-90 12 ${round2(top + size / 2)})` }, [txt('Influence →')]));

  const marks: SvgNode[] = markers.map((marker) => {
    const person = byId.get(marker.id)!;
    const mark = stakeholderMark(person);
    const crowded = marker.cellmates > 4;
    const r = crowded ? 3.5 : 5;
    const parts = markShape(mark, marker.x, top + marker.y, r);
    if (!crowded) {
      parts.push(
        el('text', { x: round2(marker.x), y: round2(top + (marker.labelBelow ? marker.y + r + 11 : marker.y - r - 5)), 'text-anchor': 'middle', 'font-size': FONT - 1, fill: NEUTRAL.text }, [txt(shortName(person.name))]),
      );
    }
    const attrs: Record<string, string | number> = { 'data-stakeholder': person.id, 'data-mark': mark, 'data-quadrant-of': quadrantOf(person.influence, person.interest) };
    if (!options.interactive) return el('g', attrs, parts);
    const name = options.describe?.(person) ?? person.name;
    return el('g', { ...attrs, role: 'button', tabindex: 0, 'aria-label': name, class: `chart-button marker--${mark}` }, [el('title', {}, [txt(name)]), ...parts]);
  });

  const legend = chartLegend(
    (['sponsor', 'champion', 'leader', 'other'] as const).map((mark) => ({
      swatch: el('g', {}, markShape(mark, 9, 7, 4.5)),
      text: { sponsor: 'Executive sponsor', champion: 'Champion', leader: 'Community leader', other: 'Other stakeholder' }[mark],
    })),
    { x: 4, y: top + size + 38, maxWidth: INSET + size, fontSize: FONT - 0.5 },
  );

  const roles = (person: GridStakeholder) => [person.isSponsor ? 'executive sponsor' : '', person.isChampion ? 'champion' : '', person.isCommunityLeader ? 'community leader' : ''].filter(Boolean);
  const desc =
    options.stakeholders.length === 0
      ? 'No stakeholders recorded yet.'
      : `${options.stakeholders.length} stakeholders by influence (up) and interest (right), 1 to 5, high from ${HIGH_FROM}. ` +
        (Object.keys(QUADRANT_LABELS) as Quadrant[])
          .map((quadrant) => {
            const members = options.stakeholders.filter((person) => quadrantOf(person.influence, person.interest) === quadrant);
            return `${QUADRANT_LABELS[quadrant]}: ${members.length === 0 ? 'nobody' : members.map((person) => `${person.name}${roles(person).length > 0 ? ` (${roles(person).join(', ')})` : ''}`).join('; ')}.`;
          })
          .join(' ');

  return chartRoot({
    width: INSET + size + 28,
    height: top + size + 38 + legend.height + 4,
    title: options.title ?? 'Stakeholders by influence and interest',
    desc,
    idPrefix: options.idPrefix ?? 'stakeholder-grid',
    role: options.interactive ? 'group' : 'img',
    ...(options.interactive ? { ariaLabel: 'Influence and interest grid' } : {}),
    children: [el('g', { 'data-part': 'board' }, board), el('g', { 'data-part': 'marks' }, marks), legend.node],
  });
}
