import { quarterFromOrdinal, quarterOfDate, quarterOfDay, quarterOrdinal, timingLabel, type Quarter } from '../roadmap/calendar';
import { initiativeSpan, type Initiative } from '../roadmap/initiative-schema';
import { INITIATIVE_STATUS_LABELS, PHASES, TRACK_IDS, TRACK_LABELS, type TrackId } from '../roadmap/roadmap-reference';
import { timelineLayout, type TimelineLayout } from '../roadmap/timeline-layout';
import { ALERT, CATEGORY_COLOURS, NEUTRAL } from './chart-palette';
import { chartRoot, multilineText } from './chart-frame';
import { chartLegend, type LegendItem } from './chart-legend';
import { estimateTextWidth, wrapLabel } from './chart-text';
import { el, round2, txt, type SvgElement, type SvgNode } from './svg-tree';

export type TimelineChartItem = Pick<Initiative, 'id' | 'title' | 'phase' | 'track' | 'order' | 'start' | 'end' | 'dependsOn' | 'status'>;

export interface RoadmapTimelineOptions {
  initiatives: readonly TimelineChartItem[];
  /** ISO date of "today", for the marker (the caller's clock, never read here). */
  today: string;
  /** The quarters shown; by default every quarter an initiative touches (at least four). */
  fromQuarter?: Quarter;
  toQuarter?: Quarter;
  /** Overall width in user units (default 760). */
  width?: number;
  /**
   * More initiative rows than this and the chart shows one bar per phase and track instead
   * (earliest start to latest end, with the count), so a 300-initiative roadmap stays legible.
   */
  maxRows?: number;
  title?: string;
  idPrefix?: string;
  /** Bars become focusable buttons carrying data-initiative-id, for an app view that opens them. */
  interactive?: boolean;
  /**
   * Only initiatives with a bar get a row (default false: unscheduled ones are listed as "Not
   * scheduled", ones outside the quarters as "Outside these quarters"). The app lists those beside.
   */
  placedOnly?: boolean;
}

export const TRACK_COLOURS: Record<TrackId, string> = { internal: CATEGORY_COLOURS[0], external: CATEGORY_COLOURS[1] };

export const GANTT = { labelWidth: 210, headerHeight: 26, phaseHeight: 22, rowHeight: 19, barHeight: 11, fontSize: 9.5 } as const;
const DEPENDENCY_COLOUR = NEUTRAL.mutedText;

/** The quarters to show: the given range, else the scheduled extent padded to at least four quarters. */
export function ganttQuarterRange(initiatives: readonly TimelineChartItem[], today: string, from?: Quarter, to?: Quarter): { from: Quarter; to: Quarter } {
  if (from && to) return { from, to };
  const spans = initiatives.flatMap((item) => {
    const span = initiativeSpan(item);
    return span ? [span] : [];
  });
  const todayOrdinal = quarterOrdinal(quarterOfDate(today));
  const first = spans.length > 0 ? Math.min(...spans.map((span) => quarterOrdinal(quarterOfDay(span.firstDay)))) : todayOrdinal;
  const last = spans.length > 0 ? Math.max(...spans.map((span) => quarterOrdinal(quarterOfDay(span.lastDay)))) : todayOrdinal + 3;
  return { from: from ?? quarterFromOrdinal(first), to: to ?? quarterFromOrdinal(Math.max(last, first + 3)) };
}

interface Row {
  kind: 'phase' | 'item' | 'summary';
  y: number;
  height: number;
  label: string;
  phaseIndex: number;
  id?: string;
  track?: TrackId;
  x0?: number;
  x1?: number;
  unscheduled?: boolean;
}

/**
 * The roadmap as a Gantt chart: a band per phase, one row per initiative (titled in the left
 * column), bars over a quarter axis coloured by track, arrows from each dependency's end to the
 * start of the initiative waiting for it (red and dashed when it starts too early), and today.
 */
export function roadmapTimelineChart(options: RoadmapTimelineOptions): SvgElement {
  const width = Math.max(480, options.width ?? 760);
  const range = ganttQuarterRange(options.initiatives, options.today, options.fromQuarter, options.toQuarter);
  const layout: TimelineLayout = timelineLayout(options.initiatives, { today: options.today, fromQuarter: range.from, toQuarter: range.to });
  const byId = new Map(options.initiatives.map((item) => [item.id, item]));
  const barOf = new Map(layout.bars.map((bar) => [bar.id, bar]));
  const plotLeft = GANTT.labelWidth;
  const plotWidth = width - plotLeft - 8;
  const quarterWidth = plotWidth / layout.width;
  const xOf = (quarters: number) => plotLeft + quarters * quarterWidth;
  // Quarter labels go on two lines ("Q1" over "2026") when a quarter is too narrow for one.
  const narrow = quarterWidth < estimateTextWidth('Q1 2026', GANTT.fontSize) + 6;
  // Narrower still (a long roadmap on paper): only years, over their first quarter.
  const yearsOnly = quarterWidth < estimateTextWidth('2026', GANTT.fontSize - 1) + 6;
  const summarise = options.initiatives.length > (options.maxRows ?? 36);
  const labelChars = Math.floor((GANTT.labelWidth - 18) / (GANTT.fontSize * 0.58));

  const rows: Row[] = [];
  let y = GANTT.headerHeight;
  PHASES.forEach((phase, phaseIndex) => {
    rows.push({ kind: 'phase', y, height: GANTT.phaseHeight, label: `Phase ${phase.number} · ${phase.name}`, phaseIndex });
    y += GANTT.phaseHeight;
    const members = options.initiatives.filter((item) => item.phase === phase.id);
    if (summarise) {
      for (const track of TRACK_IDS) {
        const bars = members.flatMap((item) => (item.track === track && barOf.has(item.id) ? [barOf.get(item.id)!] : []));
        const count = members.filter((item) => item.track === track).length;
        if (count === 0) continue;
        const x0 = bars.length > 0 ? Math.min(...bars.map((bar) => bar.x0)) : undefined;
        const x1 = bars.length > 0 ? Math.max(...bars.map((bar) => bar.x1)) : undefined;
        rows.push({ kind: 'summary', y, height: GANTT.rowHeight, label: `${TRACK_LABELS[track]} (${count})`, phaseIndex, track, x0, x1, unscheduled: bars.length === 0 });
        y += GANTT.rowHeight;
      }
      return;
    }
    const ordered = [...members].sort((a, b) => (barOf.get(a.id)?.x0 ?? Infinity) - (barOf.get(b.id)?.x0 ?? Infinity) || TRACK_IDS.indexOf(a.track) - TRACK_IDS.indexOf(b.track) || a.order - b.order);
    for (const item of ordered) {
      const bar = barOf.get(item.id);
      if (!bar && options.placedOnly) continue;
      rows.push({ kind: 'item', y, height: GANTT.rowHeight, label: item.title, phaseIndex, id: item.id, track: item.track, x0: bar?.x0, x1: bar?.x1, unscheduled: !bar });
      y += GANTT.rowHeight;
    }
  });
  const plotBottom = y;
  const outOfRange = new Set(layout.outOfRange);
  const conflictsOf = new Map<string, string[]>();
  for (const link of layout.links) {
    if (link.conflict) conflictsOf.set(link.toId, [...(conflictsOf.get(link.toId) ?? []), byId.get(link.fromId)?.title ?? '']);
  }
  const rowOf = new Map(rows.filter((row) => row.id).map((row) => [row.id!, row]));

  const grid: SvgNode[] = [
    ...rows
      .filter((row) => row.kind === 'phase')
      .map((row) => el('rect', { x: 0, y: round2(row.y), width: round2(width), height: GANTT.phaseHeight, fill: '#eef2f6', 'data-phase-band': row.phaseIndex + 1 })),
    ...layout.quarters.map((quarter) =>
      el('g', {}, [
        el('line', { x1: round2(xOf(quarter.x)), y1: GANTT.headerHeight - 6, x2: round2(xOf(quarter.x)), y2: round2(plotBottom), stroke: NEUTRAL.grid, 'stroke-width': 0.75 }),
        yearsOnly
          ? quarter.label.startsWith('Q1 ')
            ? el('text', { x: round2(xOf(quarter.x) + 2), y: 15, 'font-size': GANTT.fontSize - 1, 'font-weight': 600, fill: NEUTRAL.text, 'data-quarter': quarter.label }, [txt(quarter.label.slice(3))])
            : el('g', {})
          : narrow
          ? multilineText(quarter.label.split(' '), { x: xOf(quarter.x + 0.5), y: 10, lineHeight: 10, 'text-anchor': 'middle', 'font-size': GANTT.fontSize - 1, 'font-weight': 600, fill: NEUTRAL.text, 'data-quarter': quarter.label })
          : el('text', { x: round2(xOf(quarter.x + 0.5)), y: 15, 'text-anchor': 'middle', 'font-size': GANTT.fontSize, 'font-weight': 600, fill: NEUTRAL.text, 'data-quarter': quarter.label }, [txt(quarter.label)]),
      ]),
    ),
    el('line', { x1: round2(xOf(layout.width)), y1: GANTT.headerHeight - 6, x2: round2(xOf(layout.width)), y2: round2(plotBottom), stroke: NEUTRAL.grid, 'stroke-width': 0.75 }),
    el('line', { x1: 0, y1: GANTT.headerHeight, x2: round2(width), y2: GANTT.headerHeight, stroke: NEUTRAL.axis }),
  ];

  const labels: SvgNode[] = rows.map((row) =>
    row.kind === 'phase'
      ? el('text', { x: 6, y: round2(row.y + 15), 'font-size': GANTT.fontSize + 0.5, 'font-weight': 700, fill: NEUTRAL.text }, [txt(wrapLabel(row.label, Math.floor((width - 12) / ((GANTT.fontSize + 0.5) * 0.58)), 1)[0] ?? row.label)])
      : itemLabel(row.label, wrapLabel(row.label, labelChars, 1)[0] ?? row.label, { x: 14, y: round2(row.y + 13), 'font-size': GANTT.fontSize, fill: NEUTRAL.text }),
  );

  const bars: SvgNode[] = rows.flatMap((row): SvgNode[] => {
    if (row.kind === 'phase') return [];
    if (row.unscheduled || row.x0 === undefined || row.x1 === undefined) {
      const outside = row.id !== undefined && outOfRange.has(row.id);
      return [el('text', { x: round2(plotLeft + 6), y: round2(row.y + 13), 'font-size': GANTT.fontSize - 1, 'font-style': 'italic', fill: NEUTRAL.mutedText, 'data-unscheduled': row.id ?? row.label }, [txt(outside ? 'Outside these quarters' : 'Not scheduled')])];
    }
    const x = xOf(row.x0);
    const barWidth = Math.max(4, (row.x1 - row.x0) * quarterWidth);
    const left = Math.min(x, xOf(layout.width) - barWidth);
    const fill = TRACK_COLOURS[row.track!];
    const item = row.id ? byId.get(row.id) : undefined;
    const done = item?.status === 'done';
    const rect = el('rect', {
      x: round2(left),
      y: round2(row.y + (GANTT.rowHeight - GANTT.barHeight) / 2),
      width: round2(barWidth),
      height: GANTT.barHeight,
      rx: 2,
      // Done work is drawn hollow: the plan stays readable, finished bars recede.
      fill: done ? '#ffffff' : fill,
      stroke: fill,
      'stroke-width': 1.2,
      'data-bar': row.id ?? `${row.phaseIndex}-${row.track}`,
      'data-track': row.track!,
    });
    const parts: SvgNode[] = [rect];
    if (!item || !options.interactive) return [el('g', {}, parts)];
    const conflicts = conflictsOf.get(item.id);
    const name = [
      item.title,
      spanText(item),
      INITIATIVE_STATUS_LABELS[item.status],
      item.dependsOn.length > 0 ? `depends on ${item.dependsOn.length}` : null,
      conflicts ? `scheduling conflict: starts before ${conflicts.join(', ')} ends` : null,
    ]
      .filter(Boolean)
      .join('; ');
    return [el('g', { role: 'button', tabindex: 0, 'aria-label': name, 'data-initiative-id': item.id, class: 'chart-button' }, [el('title', {}, [txt(name)]), ...parts])];
  });

  const links: SvgNode[] = summarise
    ? []
    : layout.links.flatMap((link) => {
        const from = rowOf.get(link.fromId);
        const to = rowOf.get(link.toId);
        if (!from || !to || from.x1 === undefined || to.x0 === undefined) return [];
        return [dependencyArrow({ x: xOf(from.x1), y: from.y + GANTT.rowHeight / 2 }, { x: xOf(to.x0), y: to.y + GANTT.rowHeight / 2 }, link.conflict, link.fromId, link.toId)];
      });

  const today: SvgNode[] =
    layout.todayX === null
      ? []
      : [
          el('g', { 'data-part': 'today', ...(options.interactive ? { role: 'img', 'aria-label': `Today, ${options.today}` } : {}) }, [
            el('line', { x1: round2(xOf(layout.todayX)), y1: GANTT.headerHeight - 4, x2: round2(xOf(layout.todayX)), y2: round2(plotBottom), stroke: ALERT, 'stroke-width': 1, 'stroke-dasharray': '2 2' }),
            el('text', { x: round2(xOf(layout.todayX) + 3), y: GANTT.headerHeight - 4, 'font-size': 8, fill: ALERT }, [txt('Today')]),
          ]),
        ];

  const legendItems: LegendItem[] = [
    ...TRACK_IDS.map((track) => ({ swatch: el('rect', { y: 2, width: 18, height: 10, rx: 2, fill: TRACK_COLOURS[track] }), text: TRACK_LABELS[track] })),
    { swatch: el('rect', { y: 2, width: 18, height: 10, rx: 2, fill: '#ffffff', stroke: NEUTRAL.mutedText, 'stroke-width': 1.2 }), text: 'Done (hollow)' },
    ...(summarise
      ? []
      : [
          { swatch: el('g', {}, [el('line', { x1: 0, y1: 7, x2: 13, y2: 7, stroke: DEPENDENCY_COLOUR, 'stroke-width': 1.2 }), arrowHead(18, 7, DEPENDENCY_COLOUR)]), text: 'Depends on' },
          { swatch: el('g', {}, [el('line', { x1: 0, y1: 7, x2: 13, y2: 7, stroke: ALERT, 'stroke-width': 1.2, 'stroke-dasharray': '3 2' }), arrowHead(18, 7, ALERT)]), text: 'Starts before its dependency ends' },
        ]),
  ];
  const legend = chartLegend(legendItems, { x: 6, y: plotBottom + 12, maxWidth: width - 12, fontSize: GANTT.fontSize });

  return chartRoot({
    width,
    height: plotBottom + 12 + legend.height + 6,
    title: options.title ?? 'Roadmap timeline by phase and quarter',
    desc: describeTimeline(options.initiatives, layout, summarise),
    idPrefix: options.idPrefix ?? 'roadmap-timeline',
    role: options.interactive ? 'group' : 'img',
    ...(options.interactive ? { ariaLabel: `Initiatives from ${layout.quarters[0]?.label ?? ''} to ${layout.quarters[layout.quarters.length - 1]?.label ?? ''}` } : {}),
    children: [el('g', { 'data-part': 'grid' }, grid), el('g', { 'data-part': 'labels' }, labels), el('g', { 'data-part': 'bars' }, bars), el('g', { 'data-part': 'links' }, links), ...today, legend.node],
  });
}

/** A row's title; one cut short carries the whole title (data-full-text) for the app to show on hover and focus. */
const itemLabel = (full: string, shown: string, attrs: Record<string, string | number>): SvgElement =>
  el('text', shown === full ? attrs : { ...attrs, 'data-full-text': full }, [txt(shown)]);

const spanText = (item: TimelineChartItem) => (item.start && item.end ? `${timingLabel(item.start)} to ${timingLabel(item.end)}` : timingLabel(item.start ?? item.end));

function arrowHead(x: number, y: number, colour: string): SvgElement {
  return el('polygon', { points: `${round2(x - 5)},${round2(y - 3.5)} ${round2(x)},${round2(y)} ${round2(x - 5)},${round2(y + 3.5)}`, fill: colour });
}

/**
 * An elbow from the end of the dependency's bar to the start of the waiting bar, ending in an
 * arrowhead that touches it. When the waiting bar starts left of the dependency's end, the line
 * drops between the rows and comes back, so it never runs through a bar.
 */
export function dependencyArrow(from: { x: number; y: number }, to: { x: number; y: number }, conflict: boolean, fromId: string, toId: string): SvgElement {
  const colour = conflict ? ALERT : DEPENDENCY_COLOUR;
  const out = from.x + 5;
  const points: [number, number][] =
    to.x - 6 >= out
      ? [
          [from.x, from.y],
          [out, from.y],
          [out, to.y],
          [to.x, to.y],
        ]
      : [
          [from.x, from.y],
          [out, from.y],
          [out, to.y - (to.y > from.y ? GANTT.rowHeight / 2 : -GANTT.rowHeight / 2)],
          [to.x - 8, to.y - (to.y > from.y ? GANTT.rowHeight / 2 : -GANTT.rowHeight / 2)],
          [to.x - 8, to.y],
          [to.x, to.y],
        ];
  return el('g', { 'data-dependency': `${fromId}>${toId}`, 'data-conflict': conflict ? 'yes' : 'no', class: conflict ? 'timeline__link timeline__link--conflict' : 'timeline__link' }, [
    el('polyline', { points: points.map(([x, y]) => `${round2(x)},${round2(y)}`).join(' '), fill: 'none', stroke: colour, 'stroke-width': 1.1, ...(conflict ? { 'stroke-dasharray': '3 2' } : {}) }),
    arrowHead(to.x, to.y, colour),
  ]);
}

function describeTimeline(initiatives: readonly TimelineChartItem[], layout: TimelineLayout, summarised: boolean): string {
  if (initiatives.length === 0) return 'No initiatives on the roadmap yet.';
  const range = `${layout.quarters[0]?.label ?? ''} to ${layout.quarters[layout.quarters.length - 1]?.label ?? ''}`;
  const titleOf = new Map(initiatives.map((item) => [item.id, item.title]));
  const phases = PHASES.map((phase) => {
    const members = initiatives.filter((item) => item.phase === phase.id);
    if (members.length === 0) return `Phase ${phase.number}, ${phase.name}: no initiatives.`;
    if (summarised) return `Phase ${phase.number}, ${phase.name}: ${members.length} initiatives.`;
    return `Phase ${phase.number}, ${phase.name}: ${members.map((item) => `${item.title} (${item.start || item.end ? spanText(item) : 'not scheduled'})`).join('; ')}.`;
  });
  const dependencies = summarised || layout.links.length === 0 ? '' : ` Dependencies: ${layout.links.map((link) => `${titleOf.get(link.toId)} depends on ${titleOf.get(link.fromId)}${link.conflict ? ' but starts before it ends' : ''}`).join('; ')}.`;
  const outside = layout.outOfRange.length > 0 ? ` ${layout.outOfRange.length} scheduled outside these quarters.` : '';
  return `Gantt chart of ${initiatives.length} initiatives by phase, ${range}${summarised ? ', one bar per phase and track' : ''}. ${phases.join(' ')}${dependencies}${outside}`;
}

