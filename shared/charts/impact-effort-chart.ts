import { MATRIX_HIGH_FROM, MATRIX_QUADRANT_LABELS, impactEffortMatrix, type MatrixQuadrant } from '../roadmap/impact-effort';
import type { Initiative } from '../roadmap/initiative-schema';
import { INITIATIVE_STATUS_LABELS } from '../roadmap/roadmap-reference';
import { NEUTRAL, QUADRANT_FILLS, SERIES_COLOURS } from './chart-palette';
import { chartRoot } from './chart-frame';
import { wrapLabel } from './chart-text';
import { el, round2, txt, type SvgElement, type SvgNode } from './svg-tree';

export type MatrixChartItem = Pick<Initiative, 'id' | 'title' | 'impact' | 'effort' | 'status'>;

export interface ImpactEffortOptions {
  initiatives: readonly MatrixChartItem[];
  /** Plot edge length in user units (default 440); axis labels add room around it. */
  size?: number;
  title?: string;
  idPrefix?: string;
  /**
   * A key beside the plot listing "number. title" by quadrant (default: when there are at most
   * KEY_LIMIT initiatives; beyond that numbers are left off and the desc carries the list).
   */
  key?: boolean;
  /** Dots become focusable buttons with data-initiative-id, for the app's matrix view. */
  interactive?: boolean;
}

const LEVELS = 5;
const LEFT = 44;
const TOP = 8;
const BOTTOM = 40;
const FONT = 10;
export const KEY_LIMIT = 30;
const KEY_WIDTH = 250;
const KEY_LINE = 14;

/** Where "high" starts, as a fraction of the plot: effort from the left, impact from the top. */
const SPLIT_X = (MATRIX_HIGH_FROM - 1) / LEVELS;
const SPLIT_Y = (LEVELS - MATRIX_HIGH_FROM + 1) / LEVELS;

export const MATRIX_QUADRANTS: { id: MatrixQuadrant; x: number; y: number; width: number; height: number; fill: string; hint: string }[] = [
  { id: 'quick-wins', x: 0, y: 0, width: SPLIT_X, height: SPLIT_Y, fill: QUADRANT_FILLS.favourable, hint: 'High impact, low effort' },
  { id: 'major-projects', x: SPLIT_X, y: 0, width: 1 - SPLIT_X, height: SPLIT_Y, fill: QUADRANT_FILLS.costly, hint: 'High impact, high effort' },
  { id: 'fill-ins', x: 0, y: SPLIT_Y, width: SPLIT_X, height: 1 - SPLIT_Y, fill: QUADRANT_FILLS.minor, hint: 'Low impact, low effort' },
  { id: 'thankless-tasks', x: SPLIT_X, y: SPLIT_Y, width: 1 - SPLIT_X, height: 1 - SPLIT_Y, fill: QUADRANT_FILLS.avoid, hint: 'Low impact, high effort' },
];

const SINGULAR: Record<MatrixQuadrant, string> = { 'quick-wins': 'quick win', 'major-projects': 'major project', 'fill-ins': 'fill-in', 'thankless-tasks': 'thankless task' };

/**
 * Initiatives on the impact/effort matrix (MATRIX_RULE): four quadrants named in their corners,
 * quick wins tinted and labelled, one numbered dot per initiative (the number is its position in
 * the input, so a list beside the chart can key it), done work drawn hollow.
 */
export function impactEffortChart(options: ImpactEffortOptions): SvgElement {
  const size = Math.max(240, options.size ?? 440);
  const points = impactEffortMatrix(options.initiatives);
  const withKey = options.key ?? options.initiatives.length <= KEY_LIMIT;
  const px = (fraction: number) => LEFT + fraction * size;
  const py = (fraction: number) => TOP + fraction * size;
  const counts: Record<MatrixQuadrant, number> = { 'quick-wins': 0, 'major-projects': 0, 'fill-ins': 0, 'thankless-tasks': 0 };
  for (const point of points) counts[point.quadrant] += 1;

  const quadrants: SvgNode[] = MATRIX_QUADRANTS.map((quadrant) => {
    const top = quadrant.y === 0;
    const label = `${MATRIX_QUADRANT_LABELS[quadrant.id]} (${counts[quadrant.id]})`;
    return el('g', { 'data-quadrant': quadrant.id }, [
      el('rect', { x: round2(px(quadrant.x)), y: round2(py(quadrant.y)), width: round2(quadrant.width * size), height: round2(quadrant.height * size), fill: quadrant.fill }),
      el(
        'text',
        {
          x: round2(px(quadrant.x) + 8),
          y: round2(top ? py(quadrant.y) + 16 : py(quadrant.y + quadrant.height) - 8),
          'font-size': FONT + 1,
          'font-weight': quadrant.id === 'quick-wins' ? 700 : 600,
          fill: quadrant.id === 'quick-wins' ? '#1e6b3a' : NEUTRAL.mutedText,
        },
        [txt(label)],
      ),
    ]);
  });

  const grid: SvgNode[] = [];
  for (let index = 1; index < LEVELS; index += 1) {
    const at = index / LEVELS;
    const splitX = Math.abs(at - SPLIT_X) < 1e-9;
    const splitY = Math.abs(at - SPLIT_Y) < 1e-9;
    grid.push(el('line', { x1: round2(px(at)), y1: round2(py(0)), x2: round2(px(at)), y2: round2(py(1)), stroke: splitX ? NEUTRAL.axis : NEUTRAL.grid, 'stroke-width': splitX ? 1.5 : 0.6, ...(splitX ? {} : { 'stroke-dasharray': '2 3' }) }));
    grid.push(el('line', { x1: round2(px(0)), y1: round2(py(at)), x2: round2(px(1)), y2: round2(py(at)), stroke: splitY ? NEUTRAL.axis : NEUTRAL.grid, 'stroke-width': splitY ? 1.5 : 0.6, ...(splitY ? {} : { 'stroke-dasharray': '2 3' }) }));
  }
  grid.push(el('rect', { x: round2(px(0)), y: round2(py(0)), width: round2(size), height: round2(size), fill: 'none', stroke: NEUTRAL.axis }));
  for (let level = 1; level <= LEVELS; level += 1) {
    grid.push(el('text', { x: round2(px((level - 0.5) / LEVELS)), y: round2(py(1) + 14), 'text-anchor': 'middle', 'font-size': FONT, fill: NEUTRAL.mutedText }, [txt(String(level))]));
    grid.push(el('text', { x: LEFT - 8, y: round2(py((LEVELS - level + 0.5) / LEVELS) + 4), 'text-anchor': 'end', 'font-size': FONT, fill: NEUTRAL.mutedText }, [txt(String(level))]));
  }
  grid.push(el('text', { x: round2(px(0.5)), y: round2(py(1) + 32), 'text-anchor': 'middle', 'font-size': FONT + 1, 'font-weight': 600, fill: NEUTRAL.text }, [txt('Effort →')]));
  grid.push(el('text', { x: 12, y: round2(py(0.5)), 'text-anchor': 'middle', 'font-size': FONT + 1, 'font-weight': 600, fill: NEUTRAL.text, transform: `rotate(-90 12 ${round2(py(0.5))})` }, [txt('Impact →')]));

  const dots: SvgNode[] = points.map((point, index) => {
    const item = options.initiatives[index]!;
    const cx = round2(px(point.x));
    const cy = round2(py(point.y));
    const crowded = point.cellmates > 6 || !withKey;
    const radius = crowded ? 4 : 7.5;
    const done = item.status === 'done';
    const colour = point.quadrant === 'quick-wins' ? '#1e7a3c' : SERIES_COLOURS.current;
    const parts: SvgNode[] = [el('circle', { cx, cy, r: radius, fill: done ? '#ffffff' : colour, stroke: colour, 'stroke-width': 1.5 })];
    if (!crowded) parts.push(el('text', { x: cx, y: round2(cy + 3.2), 'text-anchor': 'middle', 'font-size': 8, 'font-weight': 600, fill: done ? colour : '#ffffff' }, [txt(String(index + 1))]));
    const name = `${item.title}: impact ${point.impact}, effort ${point.effort}, ${SINGULAR[point.quadrant]}`;
    const attrs: Record<string, string | number> = { 'data-initiative-id': item.id, 'data-quadrant-of': point.quadrant };
    if (options.interactive) Object.assign(attrs, { role: 'button', tabindex: 0, 'aria-label': name, class: 'chart-button' });
    return el('g', attrs, options.interactive ? [el('title', {}, [txt(name)]), ...parts] : parts);
  });

  const desc =
    points.length === 0
      ? 'No initiatives to place yet.'
      : `${points.length} initiatives by impact (up) and effort (right), both 1 to 5, high from ${MATRIX_HIGH_FROM}. ` +
        MATRIX_QUADRANTS.map((quadrant) => {
          const members = points.flatMap((point, index) => (point.quadrant === quadrant.id ? [`${index + 1}. ${options.initiatives[index]!.title} (${INITIATIVE_STATUS_LABELS[options.initiatives[index]!.status].toLowerCase()})`] : []));
          return `${MATRIX_QUADRANT_LABELS[quadrant.id]}: ${members.length === 0 ? 'none' : members.join('; ')}.`;
        }).join(' ');

  const keyNodes: SvgNode[] = [];
  if (withKey && points.length > 0) {
    let keyY = TOP + 12;
    const keyX = LEFT + size + 18;
    for (const quadrant of MATRIX_QUADRANTS) {
      const members = points.flatMap((point, index) => (point.quadrant === quadrant.id ? [index] : []));
      if (members.length === 0) continue;
      keyNodes.push(el('text', { x: keyX, y: round2(keyY), 'font-size': FONT, 'font-weight': 700, fill: quadrant.id === 'quick-wins' ? '#1e6b3a' : NEUTRAL.text }, [txt(MATRIX_QUADRANT_LABELS[quadrant.id])]));
      keyY += KEY_LINE;
      for (const index of members) {
        const line = `${index + 1}. ${options.initiatives[index]!.title}`;
        const shown = wrapLabel(line, Math.floor(KEY_WIDTH / ((FONT - 0.5) * 0.58)), 1)[0] ?? line;
        // A title cut short carries the whole line, for the app to show on hover.
        keyNodes.push(el('text', { x: keyX + 4, y: round2(keyY), 'font-size': FONT - 0.5, fill: NEUTRAL.text, 'data-key': index + 1, ...(shown === line ? {} : { 'data-full-text': line }) }, [txt(shown)]));
        keyY += KEY_LINE;
      }
      keyY += 4;
    }
    if (points.some((_, index) => options.initiatives[index]!.status === 'done')) {
      keyNodes.push(
        el('g', { 'data-part': 'done-note' }, [
          el('circle', { cx: keyX + 8, cy: round2(keyY + 2), r: 5, fill: '#ffffff', stroke: SERIES_COLOURS.current, 'stroke-width': 1.5 }),
          el('text', { x: keyX + 20, y: round2(keyY + 5.5), 'font-size': FONT - 0.5, fill: NEUTRAL.mutedText }, [txt('Hollow: done')]),
        ]),
      );
    }
  }
  const keyHeight = keyNodes.length * KEY_LINE + 4 * 4 + TOP + 12;

  return chartRoot({
    width: LEFT + size + 8 + (keyNodes.length > 0 ? KEY_WIDTH + 14 : 0),
    height: Math.max(TOP + size + BOTTOM, keyHeight),
    title: options.title ?? 'Impact and effort of the initiatives',
    desc,
    idPrefix: options.idPrefix ?? 'impact-effort',
    role: options.interactive ? 'group' : 'img',
    ...(options.interactive ? { ariaLabel: `${points.length} initiatives by impact and effort` } : {}),
    children: [el('g', { 'data-part': 'quadrants' }, quadrants), el('g', { 'data-part': 'grid' }, grid), el('g', { 'data-part': 'dots' }, dots), el('g', { 'data-part': 'key' }, keyNodes)],
  });
}
