import { formatKpiValue, type Kpi } from '../kpi/kpi-schema';
import { dayNumber, quarterFirstDay, quarterFromOrdinal, quarterLabel, quarterOfDay, quarterOrdinal } from '../roadmap/calendar';
import { NEUTRAL, SERIES_COLOURS } from './chart-palette';
import { chartRoot } from './chart-frame';
import { chartLegend } from './chart-legend';
import { el, round2, txt, type SvgElement, type SvgNode } from './svg-tree';

export type TrendKpi = Pick<Kpi, 'name' | 'unit' | 'baseline' | 'target' | 'measurements'>;

export interface KpiTrendOptions {
  kpi: TrendKpi;
  width?: number;
  height?: number;
  title?: string;
  idPrefix?: string;
}

const FONT = 9.5;
const PAD = { left: 44, right: 14, top: 20, bottom: 26 } as const;
const LEGEND_ROOM = 26;

/** Round tick values covering [low, high]: 1, 2 or 5 times a power of ten, about `count` of them. */
export function niceTicks(low: number, high: number, count = 4): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [0, 1];
  if (high === low) {
    const pad = Math.abs(high) > 0 ? Math.abs(high) * 0.1 : 1;
    return niceTicks(low - pad, high + pad, count);
  }
  const raw = (high - low) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  const first = Math.floor(low / step) * step;
  const ticks: number[] = [];
  for (let value = first; value <= high + step * 1e-9; value += step) ticks.push(Math.round(value * 1e6) / 1e6);
  if (ticks[ticks.length - 1]! < high) ticks.push(Math.round((ticks[ticks.length - 1]! + step) * 1e6) / 1e6);
  return ticks;
}

/**
 * A KPI over time: measurements as a line with points, the baseline as a hollow point, the target
 * as a dashed horizontal line labelled with its value, and a dotted line from the baseline to the
 * target at its date (the pace the plan asks for). Quarter ticks on the time axis.
 */
export function kpiTrendChart(options: KpiTrendOptions): SvgElement {
  const { kpi } = options;
  const width = Math.max(280, options.width ?? 480);
  const height = Math.max(140, options.height ?? 220);
  const plot = { left: PAD.left, top: PAD.top, width: width - PAD.left - PAD.right, height: height - PAD.top - PAD.bottom - LEGEND_ROOM };
  const measurements = kpi.measurements
    .filter((measurement) => Number.isFinite(measurement.value))
    .map((measurement, index) => ({ ...measurement, day: dayNumber(measurement.date), index }))
    .sort((a, b) => a.day - b.day || a.index - b.index);
  const baseline = kpi.baseline.value !== null && kpi.baseline.date !== null ? { value: kpi.baseline.value, day: dayNumber(kpi.baseline.date) } : null;
  const targetPoint = kpi.target.value !== null && kpi.target.date !== null ? { value: kpi.target.value, day: dayNumber(kpi.target.date) } : null;
  const target = kpi.target.value;

  const days = [...measurements.map((m) => m.day), ...(baseline ? [baseline.day] : []), ...(targetPoint ? [targetPoint.day] : [])];
  let firstDay = days.length > 0 ? Math.min(...days) : 0;
  let lastDay = days.length > 0 ? Math.max(...days) : 1;
  if (lastDay - firstDay < 30) {
    firstDay -= 45;
    lastDay += 45;
  }
  const values = [...measurements.map((m) => m.value), ...(baseline ? [baseline.value] : []), ...(target !== null ? [target] : [])];
  const ticks = values.length > 0 ? niceTicks(Math.min(...values), Math.max(...values)) : [0, 1];
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;
  const x = (day: number) => plot.left + ((day - firstDay) / (lastDay - firstDay)) * plot.width;
  const y = (value: number) => plot.top + plot.height - ((value - low) / (high - low || 1)) * plot.height;

  // A short unit ("%") stays on every tick; a long one ("followers") is said once above the axis.
  const inlineUnit = kpi.unit.trim().length <= 2;
  const tickText = (value: number) => (inlineUnit ? formatKpiValue(value, kpi.unit) : formatKpiValue(value, ''));
  const axes: SvgNode[] = ticks.map((tick) =>
    el('g', {}, [
      el('line', { x1: plot.left, y1: round2(y(tick)), x2: round2(plot.left + plot.width), y2: round2(y(tick)), stroke: NEUTRAL.grid, 'stroke-width': 0.6 }),
      el('text', { x: plot.left - 6, y: round2(y(tick) + 3.5), 'text-anchor': 'end', 'font-size': FONT - 1, fill: NEUTRAL.mutedText, 'data-tick': tick }, [txt(tickText(tick))]),
    ]),
  );
  if (!inlineUnit) axes.push(el('text', { x: 4, y: 10, 'font-size': FONT - 1, 'font-style': 'italic', fill: NEUTRAL.mutedText, 'data-unit': kpi.unit.trim() }, [txt(kpi.unit.trim())]));
  const firstQuarter = quarterOrdinal(quarterOfDay(firstDay)) + 1;
  const lastQuarter = quarterOrdinal(quarterOfDay(lastDay));
  const stride = Math.max(1, Math.ceil((lastQuarter - firstQuarter + 1) / 6));
  for (let ordinal = firstQuarter; ordinal <= lastQuarter; ordinal += stride) {
    const quarter = quarterFromOrdinal(ordinal);
    const at = x(quarterFirstDay(quarter));
    axes.push(el('line', { x1: round2(at), y1: plot.top, x2: round2(at), y2: round2(plot.top + plot.height + 4), stroke: NEUTRAL.grid, 'stroke-width': 0.6 }));
    axes.push(el('text', { x: round2(at), y: round2(plot.top + plot.height + 15), 'text-anchor': 'middle', 'font-size': FONT - 1, fill: NEUTRAL.mutedText, 'data-quarter': quarterLabel(quarter) }, [txt(quarterLabel(quarter))]));
  }
  axes.push(el('line', { x1: plot.left, y1: round2(plot.top + plot.height), x2: round2(plot.left + plot.width), y2: round2(plot.top + plot.height), stroke: NEUTRAL.axis }));

  const series: SvgNode[] = [];
  if (target !== null) {
    series.push(el('line', { x1: plot.left, y1: round2(y(target)), x2: round2(plot.left + plot.width), y2: round2(y(target)), stroke: SERIES_COLOURS.target, 'stroke-width': 1.5, 'stroke-dasharray': '6 3', 'data-series': 'target' }));
    // Inside the plot, right-aligned, above the line (below it when the line runs along the top).
    const labelY = y(target) - plot.top < 12 ? y(target) + 11 : y(target) - 4;
    series.push(el('text', { x: round2(plot.left + plot.width - 2), y: round2(labelY), 'text-anchor': 'end', 'font-size': FONT, 'font-weight': 600, fill: SERIES_COLOURS.target }, [txt(`Target ${tickText(target)}`)]));
  }
  if (baseline && targetPoint) {
    series.push(el('line', { x1: round2(x(baseline.day)), y1: round2(y(baseline.value)), x2: round2(x(targetPoint.day)), y2: round2(y(targetPoint.value)), stroke: SERIES_COLOURS.previous, 'stroke-width': 1, 'stroke-dasharray': '1.5 3', 'data-series': 'pace' }));
  }
  if (baseline) series.push(el('circle', { cx: round2(x(baseline.day)), cy: round2(y(baseline.value)), r: 3.5, fill: '#ffffff', stroke: SERIES_COLOURS.previous, 'stroke-width': 1.5, 'data-series': 'baseline' }));
  const coords = measurements.map((m) => ({ x: round2(x(m.day)), y: round2(y(m.value)) }));
  if (coords.length > 1) series.push(el('polyline', { points: coords.map((c) => `${c.x},${c.y}`).join(' '), fill: 'none', stroke: SERIES_COLOURS.current, 'stroke-width': 2, 'stroke-linejoin': 'round', 'data-series': 'measurements' }));
  for (const c of coords) series.push(el('circle', { cx: c.x, cy: c.y, r: 2.8, fill: SERIES_COLOURS.current, 'data-series': 'measurement' }));
  const last = measurements[measurements.length - 1];
  if (last) {
    const c = coords[coords.length - 1]!;
    series.push(el('text', { x: c.x, y: round2(c.y - 7), 'text-anchor': 'middle', 'font-size': FONT, 'font-weight': 600, fill: SERIES_COLOURS.current }, [txt(tickText(last.value))]));
  }
  if (measurements.length === 0) {
    series.push(el('text', { x: round2(plot.left + plot.width / 2), y: round2(plot.top + plot.height / 2), 'text-anchor': 'middle', 'font-size': FONT, 'font-style': 'italic', fill: NEUTRAL.mutedText }, [txt('No measurements yet')]));
  }

  const legend = chartLegend(
    [
      { swatch: el('g', {}, [el('line', { x1: 0, y1: 7, x2: 18, y2: 7, stroke: SERIES_COLOURS.current, 'stroke-width': 2 }), el('circle', { cx: 9, cy: 7, r: 2.8, fill: SERIES_COLOURS.current })]), text: 'Measured' },
      { swatch: el('line', { x1: 0, y1: 7, x2: 18, y2: 7, stroke: SERIES_COLOURS.target, 'stroke-width': 1.5, 'stroke-dasharray': '6 3' }), text: 'Target' },
      { swatch: el('g', {}, [el('line', { x1: 0, y1: 7, x2: 18, y2: 7, stroke: SERIES_COLOURS.previous, 'stroke-dasharray': '1.5 3' }), el('circle', { cx: 4, cy: 7, r: 3, fill: '#ffffff', stroke: SERIES_COLOURS.previous, 'stroke-width': 1.5 })]), text: 'Baseline and pace to target' },
    ],
    { x: plot.left, y: height - LEGEND_ROOM + 4, maxWidth: width - plot.left, fontSize: FONT - 0.5 },
  );

  const listed = measurements.map((m) => `${m.date}: ${formatKpiValue(m.value, kpi.unit)}`).join('; ');
  const desc = [
    measurements.length === 0 ? 'No measurements yet.' : `${measurements.length} measurement${measurements.length === 1 ? '' : 's'}, oldest first: ${listed}.`,
    baseline ? `Baseline ${formatKpiValue(baseline.value, kpi.unit)} on ${kpi.baseline.date}.` : '',
    target !== null ? `Target ${formatKpiValue(target, kpi.unit)}${kpi.target.date ? ` by ${kpi.target.date}` : ''}.` : 'No target set.',
  ]
    .filter(Boolean)
    .join(' ');
  return chartRoot({
    width,
    // The legend wraps on a narrow chart: the canvas grows to hold it.
    height: height - LEGEND_ROOM + 4 + legend.height + 2,
    title: options.title ?? `${kpi.name}: measurements against the target`,
    desc,
    idPrefix: options.idPrefix ?? 'kpi-trend',
    children: [el('g', { 'data-part': 'axes' }, axes), el('g', { 'data-part': 'series' }, series), legend.node],
  });
}
