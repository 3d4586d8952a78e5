import { NEUTRAL, SERIES_COLOURS, type SeriesColours } from './chart-palette';
import { chartRoot, multilineText } from './chart-frame';
import { estimateTextWidth, formatStage, wrapLabel } from './chart-text';
import { el, round2, txt, type SvgElement, type SvgNode } from './svg-tree';

export interface RadarAxis {
  label: string;
  current: number | null;
  target: number | null;
  previous?: number | null;
  /** Not in scope: the axis is drawn and labelled, but no series gets a point on it. */
  notApplicable?: boolean;
}

export interface RadarOptions {
  axes: RadarAxis[];
  /** Number of stages of the framework: one ring per stage. */
  maxStage: number;
  /**
   * Room for rings and labels in user units (default 440): the rings shrink to leave space for
   * the labels, and the canvas is then trimmed to what is drawn, plus the legend below.
   */
  size?: number;
  colours?: Partial<SeriesColours>;
  title?: string;
  seriesLabels?: Partial<Record<keyof SeriesColours, string>>;
  idPrefix?: string;
}

export interface Point {
  x: number;
  y: number;
}

export const RADAR_FONT_SIZE = 12;
const LINE_HEIGHT = 14;
const LABEL_CHARS = 16;
const LEGEND_HEIGHT = 34;

/** Angle of axis `index` of `count`: the first axis points straight up, then clockwise. */
export const axisAngle = (index: number, count: number): number => -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, count);

/** Where `value` sits on axis `index`: stage 0 at the centre, `maxStage` on the outer ring. */
export function radarPoint(index: number, count: number, value: number, maxStage: number, center: Point, radius: number): Point {
  const angle = axisAngle(index, count);
  const r = (radius * Math.min(Math.max(value, 0), maxStage)) / Math.max(1, maxStage);
  return { x: round2(center.x + r * Math.cos(angle)), y: round2(center.y + r * Math.sin(angle)) };
}

/** Gap between the outer ring and the labels; it grows with the radius so labels never touch the ring. */
export const labelGap = (radius: number): number => 10 + radius * 0.05;

export interface LabelBox {
  anchor: 'start' | 'middle' | 'end';
  x: number;
  y: number;
  left: number;
  top: number;
  width: number;
  height: number;
  lines: string[];
}

/**
 * Places an axis label outside the chart: text anchored away from the centre (start on the
 * right, end on the left, middle near the vertical), stacked above the anchor point at the
 * top and below it at the bottom. Returns the estimated box, which tests keep off the rings.
 */
export function placeAxisLabel(label: string, angle: number, center: Point, radius: number): LabelBox {
  const lines = wrapLabel(label, LABEL_CHARS, 3);
  const distance = radius + labelGap(radius);
  const x = center.x + distance * Math.cos(angle);
  const y = center.y + distance * Math.sin(angle);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
  const width = Math.max(0, ...lines.map((line) => estimateTextWidth(line, RADAR_FONT_SIZE)));
  const height = lines.length * LINE_HEIGHT;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const top = sin < -0.25 ? y - height : sin > 0.25 ? y : y - height / 2;
  return { anchor, x, y, left, top, width, height, lines };
}

type SeriesKey = keyof SeriesColours;

const SERIES_STYLE: Record<SeriesKey, { fillOpacity: number; dash: string | null; width: number }> = {
  previous: { fillOpacity: 0, dash: '5 4', width: 2 },
  target: { fillOpacity: 0, dash: null, width: 2.5 },
  current: { fillOpacity: 0.22, dash: null, width: 2.5 },
};

const DEFAULT_SERIES_LABELS: Record<SeriesKey, string> = { current: 'Current', target: 'Target', previous: 'Previous assessment' };

const valueOf = (axis: RadarAxis, key: SeriesKey, maxStage: number): number | null => {
  const value = axis[key];
  if (axis.notApplicable || value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.min(Math.max(value, 0), maxStage);
};

function describeRadar(axes: RadarAxis[], maxStage: number, labels: Record<SeriesKey, string>, withPrevious: boolean): string {
  if (axes.length === 0) return 'No competencies to show.';
  const parts = axes.map((axis) => {
    if (axis.notApplicable) return `${axis.label}: not in scope.`;
    const values = [`${labels.current.toLowerCase()} ${formatStage(axis.current)}`, `${labels.target.toLowerCase()} ${formatStage(axis.target)}`];
    if (withPrevious) values.push(`${labels.previous.toLowerCase()} ${formatStage(axis.previous)}`);
    return `${axis.label}: ${values.join(', ')}.`;
  });
  return `Radar chart of ${axes.length} competencies on a scale of 1 to ${maxStage}. ${parts.join(' ')}`;
}

/**
 * Current versus target per competency (and the previous assessment, dashed) on one
 * ring per stage. Pure: the same input always yields the same tree.
 */
export function radarChart(options: RadarOptions): SvgElement {
  const size = Math.max(160, options.size ?? 440);
  const maxStage = Math.max(1, Math.round(options.maxStage));
  const colours: SeriesColours = { ...SERIES_COLOURS, ...options.colours };
  const labels = { ...DEFAULT_SERIES_LABELS, ...options.seriesLabels };
  const axes = options.axes;
  const count = axes.length;
  const widest = Math.max(0, ...axes.map((axis) => Math.max(...wrapLabel(axis.label, LABEL_CHARS, 3).map((line) => estimateTextWidth(line, RADAR_FONT_SIZE)), 0)));
  const sideRoom = Math.min(size * 0.3, widest + 18);
  const radius = Math.max(40, size / 2 - sideRoom);
  const center = { x: size / 2, y: size / 2 };
  const withPrevious = axes.some((axis) => valueOf(axis, 'previous', maxStage) !== null);

  const rings: SvgNode[] = [];
  for (let stage = 1; stage <= maxStage; stage += 1) {
    const r = round2((radius * stage) / maxStage);
    rings.push(el('circle', { cx: round2(center.x), cy: round2(center.y), r, fill: 'none', stroke: NEUTRAL.grid, 'stroke-width': stage === maxStage ? 1.5 : 1 }));
    rings.push(el('text', { x: round2(center.x + 4), y: round2(center.y - r + 11), 'font-size': 10, fill: NEUTRAL.mutedText }, [txt(String(stage))]));
  }

  const spokes: SvgNode[] = [];
  const axisLabels: SvgNode[] = [];
  const boxes: LabelBox[] = [];
  axes.forEach((axis, index) => {
    const end = radarPoint(index, count, maxStage, maxStage, center, radius);
    spokes.push(el('line', { x1: round2(center.x), y1: round2(center.y), x2: end.x, y2: end.y, stroke: NEUTRAL.axis, 'stroke-width': 1, ...(axis.notApplicable ? { 'stroke-dasharray': '2 3' } : {}) }));
    const box = placeAxisLabel(axis.notApplicable ? `${axis.label} (N/A)` : axis.label, axisAngle(index, count), center, radius);
    boxes.push(box);
    axisLabels.push(
      multilineText(box.lines, {
        x: box.x,
        y: box.top + RADAR_FONT_SIZE * 0.85,
        lineHeight: LINE_HEIGHT,
        'text-anchor': box.anchor,
        'font-size': RADAR_FONT_SIZE,
        fill: axis.notApplicable ? NEUTRAL.mutedText : NEUTRAL.text,
        ...(axis.notApplicable ? { 'font-style': 'italic' } : {}),
      }),
    );
  });

  const seriesOrder: SeriesKey[] = withPrevious ? ['previous', 'target', 'current'] : ['target', 'current'];
  const series = seriesOrder.flatMap((key) => {
    const points = axes.flatMap((axis, index) => {
      const value = valueOf(axis, key, maxStage);
      return value === null ? [] : [radarPoint(index, count, value, maxStage, center, radius)];
    });
    if (points.length === 0) return [];
    const style = SERIES_STYLE[key];
    const shape = el('polygon', {
      points: points.map((point) => `${point.x},${point.y}`).join(' '),
      fill: style.fillOpacity > 0 ? colours[key] : 'none',
      'fill-opacity': style.fillOpacity,
      stroke: colours[key],
      'stroke-width': style.width,
      'stroke-linejoin': 'round',
      ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
    });
    const dots = points.map((point) => el('circle', { cx: point.x, cy: point.y, r: key === 'current' ? 3.5 : 3, fill: colours[key] }));
    return [el('g', { 'data-series': key }, [shape, ...dots])];
  });

  // The canvas is whatever the rings and the (estimated) labels need, so nothing is clipped
  // and no space is wasted; the legend sits underneath, left-aligned with the drawing.
  const minX = Math.min(center.x - radius, ...boxes.map((box) => box.left)) - 6;
  const minY = Math.min(center.y - radius, ...boxes.map((box) => box.top)) - 6;
  const drawingRight = Math.max(center.x + radius, ...boxes.map((box) => box.left + box.width)) + 6;
  const legendTop = Math.max(center.y + radius, ...boxes.map((box) => box.top + box.height)) + 14;
  const legendKeys: SeriesKey[] = withPrevious ? ['current', 'target', 'previous'] : ['current', 'target'];
  let legendX = minX + 6;
  const legend = legendKeys.map((key) => {
    const style = SERIES_STYLE[key];
    const x = legendX;
    legendX += 34 + estimateTextWidth(labels[key], RADAR_FONT_SIZE) + 18;
    return el('g', { 'data-legend': key }, [
      el('line', { x1: round2(x), y1: round2(legendTop + 12), x2: round2(x + 26), y2: round2(legendTop + 12), stroke: colours[key], 'stroke-width': style.width, ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) }),
      el('text', { x: round2(x + 32), y: round2(legendTop + 16), 'font-size': RADAR_FONT_SIZE, fill: NEUTRAL.text }, [txt(labels[key])]),
    ]);
  });
  const maxX = Math.max(drawingRight, legendX);
  const maxY = legendTop + LEGEND_HEIGHT;
  return chartRoot({
    minX,
    minY,
    width: maxX - minX,
    height: maxY - minY,
    title: options.title ?? 'Maturity radar: current and target stage per competency',
    desc: describeRadar(axes, maxStage, labels, withPrevious),
    idPrefix: options.idPrefix ?? 'radar',
    children: [el('g', { 'data-part': 'rings' }, rings), el('g', { 'data-part': 'axes' }, spokes), el('g', { 'data-part': 'series' }, series), el('g', { 'data-part': 'labels' }, axisLabels), el('g', { 'data-part': 'legend' }, legend)],
  });
}
