import { chartRoot } from '../charts/chart-frame';
import { NEUTRAL, SERIES_COLOURS } from '../charts/chart-palette';
import { el, round2, type SvgElement, type SvgNode } from '../charts/svg-tree';
import { dayNumber } from '../roadmap/calendar';
import { formatKpiValue, type Measurement } from './kpi-schema';

const PAD = 4;
/** Larger than any screen or page; keeps rounding (×100) far from overflow. */
const MAX_SIZE = 10_000;

const clampSize = (value: number, min: number): number => Math.min(MAX_SIZE, Math.max(min, Number.isFinite(value) ? value : 0));

/**
 * Where `value` sits between `low` and `high`, 0…1. Halving first keeps the difference
 * finite even for values near the largest double, so no coordinate ever becomes NaN.
 */
const fraction = (value: number, low: number, high: number): number => {
  const span = high / 2 - low / 2;
  return span > 0 ? Math.min(1, Math.max(0, (value / 2 - low / 2) / span)) : 0.5;
};

/**
 * A small trend chart of a KPI's measurements in date order, with the target as a dashed
 * line. Accessible like every Cairn chart: role="img", a title, and a description that
 * lists the values, so nothing depends on seeing the line.
 */
export function kpiSparkline(
  measurements: readonly Measurement[],
  options: { width: number; height: number; target?: number | null; unit?: string; title?: string; idPrefix?: string },
): SvgElement {
  const width = clampSize(options.width, 2 * PAD + 10);
  const height = clampSize(options.height, 2 * PAD + 6);
  const unit = options.unit ?? '';
  const target = options.target !== undefined && options.target !== null && Number.isFinite(options.target) ? options.target : null;
  const points = measurements
    .filter((measurement) => Number.isFinite(measurement.value))
    .map((measurement, index) => ({ measurement, index, day: dayNumber(measurement.date) }))
    .sort((a, b) => a.day - b.day || a.index - b.index);

  const values = [...points.map((point) => point.measurement.value), ...(target === null ? [] : [target])];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const firstDay = points[0]?.day ?? 0;
  const lastDay = points[points.length - 1]?.day ?? 0;
  const xAt = (point: (typeof points)[number], position: number) =>
    PAD + (width - 2 * PAD) * (lastDay > firstDay ? fraction(point.day, firstDay, lastDay) : points.length > 1 ? position / (points.length - 1) : 0.5);
  const yAt = (value: number) => height - PAD - (height - 2 * PAD) * fraction(value, low, high);
  const coords = points.map((point, position) => ({ x: round2(xAt(point, position)), y: round2(yAt(point.measurement.value)) }));

  const children: SvgNode[] = [];
  if (target !== null) {
    const y = round2(yAt(target));
    children.push(el('line', { x1: PAD, y1: y, x2: round2(width - PAD), y2: y, stroke: SERIES_COLOURS.target, 'stroke-width': 1, 'stroke-dasharray': '3 2', 'data-series': 'target' }));
  }
  if (coords.length > 1) {
    children.push(el('polyline', { points: coords.map(({ x, y }) => `${x},${y}`).join(' '), fill: 'none', stroke: SERIES_COLOURS.current, 'stroke-width': 1.5, 'stroke-linejoin': 'round', 'data-series': 'measurements' }));
  }
  const last = coords[coords.length - 1];
  if (last) children.push(el('circle', { cx: last.x, cy: last.y, r: 2.5, fill: SERIES_COLOURS.current, stroke: NEUTRAL.text, 'stroke-width': 0.5 }));

  const listed = points.map((point) => `${point.measurement.date}: ${formatKpiValue(point.measurement.value, unit)}`).join('; ');
  const targetText = target === null ? '' : ` Target ${formatKpiValue(target, unit)}.`;
  const desc = points.length === 0 ? `No measurements yet.${targetText}` : `${points.length} measurement${points.length === 1 ? '' : 's'}, oldest first: ${listed}.${targetText}`;
  return chartRoot({ width, height, title: options.title ?? 'Trend', desc, idPrefix: options.idPrefix ?? 'kpi-sparkline', children });
}
