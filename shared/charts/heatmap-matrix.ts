import { NEUTRAL, SERIES_COLOURS, sequentialColour, textColourOn } from './chart-palette';
import { chartRoot, multilineText } from './chart-frame';
import { chartLegend } from './chart-legend';
import { hatchLines } from './hatch';
import { estimateTextWidth, wrapLabel } from './chart-text';
import { el, round2, txt, type SvgElement, type SvgNode } from './svg-tree';

export interface HeatmapCompetency {
  id: string;
  label: string;
  notApplicable?: boolean;
  /** Shown in a not-applicable row, e.g. the reason it is out of scope. */
  note?: string;
}

export interface HeatmapOptions {
  competencies: HeatmapCompetency[];
  /** Stages in order, level 1 first. */
  stages: { level: number; label: string }[];
  current: Record<string, number | null | undefined>;
  target: Record<string, number | null | undefined>;
  title?: string;
  idPrefix?: string;
  cellWidth?: number;
  rowHeight?: number;
  targetColour?: string;
}

const FONT_SIZE = 12;
const SMALL = 10.5;
const HEADER_HEIGHT = 46;
const LEGEND_HEIGHT = 40;
/** Hatch strokes over the not-in-scope band: darker than its grey fill, lighter than text. */
const NOT_IN_SCOPE_HATCH = NEUTRAL.axis;

export interface HeatmapLayout {
  labelWidth: number;
  cellWidth: number;
  rowHeight: number;
  headerHeight: number;
}

/** The label column is as wide as the longest (wrapped) label needs, within 120–240 units. */
export function heatmapLayout(options: Pick<HeatmapOptions, 'competencies' | 'cellWidth' | 'rowHeight'>): HeatmapLayout {
  const widest = Math.max(0, ...options.competencies.map((competency) => Math.max(0, ...wrapLabel(competency.label, 24).map((line) => estimateTextWidth(line, FONT_SIZE)))));
  return {
    labelWidth: Math.ceil(Math.min(240, Math.max(120, widest + 20))),
    cellWidth: Math.max(56, options.cellWidth ?? 100),
    rowHeight: Math.max(30, options.rowHeight ?? 40),
    headerHeight: HEADER_HEIGHT,
  };
}

/** The rectangle of the cell for competency row `row` (0-based) and stage `level` (1-based). */
export const heatmapCell = (layout: HeatmapLayout, row: number, level: number) => ({
  x: round2(layout.labelWidth + (level - 1) * layout.cellWidth),
  y: round2(layout.headerHeight + row * layout.rowHeight),
  width: round2(layout.cellWidth),
  height: round2(layout.rowHeight),
});

const validStage = (value: number | null | undefined, count: number): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.min(Math.round(value), count) : null;

function describeHeatmap(options: HeatmapOptions, stageName: (level: number | null) => string): string {
  if (options.competencies.length === 0) return 'No competencies to show.';
  const rows = options.competencies.map((competency) => {
    if (competency.notApplicable) return `${competency.label}: not in scope${competency.note ? ` (${competency.note})` : ''}.`;
    const current = validStage(options.current[competency.id], options.stages.length);
    const target = validStage(options.target[competency.id], options.stages.length);
    return `${competency.label}: current stage ${stageName(current)}, target stage ${stageName(target)}.`;
  });
  return `Heatmap of ${options.competencies.length} competencies across ${options.stages.length} stages; filled cells run up to the current stage and the outlined cell is the target. ${rows.join(' ')}`;
}

/**
 * Competencies × stages: cells up to the current stage filled on a light-to-dark scale,
 * the target cell outlined and labelled, rows out of scope greyed with their reason.
 * Every marker also has a word in it, so the matrix reads without colour.
 */
export function heatmapMatrix(options: HeatmapOptions): SvgElement {
  const layout = heatmapLayout(options);
  const stageCount = options.stages.length;
  const targetColour = options.targetColour ?? SERIES_COLOURS.target;
  const stageName = (level: number | null) => {
    if (level === null) return 'not set';
    const label = options.stages[level - 1]?.label;
    return label ? `${level} (${label})` : String(level);
  };

  const header: SvgNode[] = options.stages.map((stage, index) =>
    multilineText(wrapLabel(`${index + 1}. ${stage.label}`, Math.max(6, Math.floor(layout.cellWidth / (SMALL * 0.58)) - 1), 2), {
      x: layout.labelWidth + index * layout.cellWidth + layout.cellWidth / 2,
      y: 18,
      lineHeight: 14,
      'text-anchor': 'middle',
      'font-size': SMALL,
      'font-weight': 600,
      fill: NEUTRAL.text,
    }),
  );

  const rows: SvgNode[] = options.competencies.map((competency, row) => {
    const y = layout.headerHeight + row * layout.rowHeight;
    const labelLines = wrapLabel(competency.label, 24, 2);
    const label = multilineText(labelLines, {
      x: 8,
      y: y + layout.rowHeight / 2 - ((labelLines.length - 1) * 14) / 2 + 4,
      lineHeight: 14,
      'font-size': FONT_SIZE,
      fill: competency.notApplicable ? NEUTRAL.mutedText : NEUTRAL.text,
      ...(competency.notApplicable ? { 'font-style': 'italic' } : {}),
    });
    if (competency.notApplicable) {
      const span = { x: round2(layout.labelWidth), y: round2(y), width: round2(layout.cellWidth * stageCount), height: round2(layout.rowHeight) };
      const note = competency.note ? `Not in scope: ${competency.note}` : 'Not in scope';
      const maxChars = Math.max(8, Math.floor(span.width / (SMALL * 0.58)) - 2);
      const shownNote = wrapLabel(note, maxChars, 1)[0] ?? note;
      const noteWidth = Math.min(span.width - 8, estimateTextWidth(shownNote, SMALL) + 12);
      return el('g', { 'data-row': competency.id, 'data-state': 'not-applicable' }, [
        label,
        el('rect', { ...span, fill: NEUTRAL.notApplicable, stroke: NEUTRAL.grid }),
        // Hatched, not only grey: a stage-1 cell is a light fill too, and the two must never be confused.
        hatchLines(span, { stroke: NOT_IN_SCOPE_HATCH }),
        el('rect', { x: round2(span.x + span.width / 2 - noteWidth / 2), y: round2(y + layout.rowHeight / 2 - 8), width: round2(noteWidth), height: 16, rx: 3, fill: NEUTRAL.notApplicable }),
        el('text', { x: round2(span.x + span.width / 2), y: round2(y + layout.rowHeight / 2 + 4), 'text-anchor': 'middle', 'font-size': SMALL, 'font-style': 'italic', fill: NEUTRAL.mutedText }, [
          txt(shownNote),
        ]),
      ]);
    }
    const current = validStage(options.current[competency.id], stageCount);
    const target = validStage(options.target[competency.id], stageCount);
    const cells = options.stages.flatMap((stage, index) => {
      const level = index + 1;
      const box = heatmapCell(layout, row, level);
      const reached = current !== null && level <= current;
      const fill = reached ? sequentialColour(level, stageCount) : NEUTRAL.emptyCell;
      const words = [level === current ? 'Current' : '', level === target ? 'Target' : '', current === null && level === 1 ? 'Not rated' : ''].filter(Boolean);
      const parts: SvgNode[] = [el('rect', { ...box, fill, stroke: NEUTRAL.grid, 'data-level': stage.level, 'data-reached': reached ? 'yes' : 'no' })];
      if (level === target) {
        parts.push(el('rect', { x: round2(box.x + 3), y: round2(box.y + 3), width: round2(box.width - 6), height: round2(box.height - 6), fill: 'none', stroke: targetColour, 'stroke-width': 3, 'stroke-dasharray': '6 3', 'data-marker': 'target' }));
      }
      if (words.length > 0) {
        parts.push(el('text', { x: round2(box.x + box.width / 2), y: round2(box.y + box.height / 2 + 4), 'text-anchor': 'middle', 'font-size': SMALL, 'font-weight': 600, fill: reached ? textColourOn(fill) : NEUTRAL.mutedText }, [txt(words.join(' · '))]));
      }
      return parts;
    });
    return el('g', { 'data-row': competency.id }, [label, ...cells]);
  });

  const gridBottom = layout.headerHeight + options.competencies.length * layout.rowHeight;
  const legendY = gridBottom + 14;
  const legendItems: { swatch: SvgElement; text: string }[] = [
    { swatch: el('rect', { width: 18, height: 14, fill: sequentialColour(Math.max(1, Math.ceil(stageCount / 2)), stageCount), stroke: NEUTRAL.grid }), text: 'Reached (up to the current stage)' },
    { swatch: el('rect', { width: 18, height: 14, fill: 'none', stroke: targetColour, 'stroke-width': 3, 'stroke-dasharray': '6 3' }), text: 'Target stage' },
    {
      swatch: el('g', {}, [el('rect', { width: 18, height: 14, fill: NEUTRAL.notApplicable, stroke: NEUTRAL.grid }), hatchLines({ x: 0, y: 0, width: 18, height: 14 }, { stroke: NOT_IN_SCOPE_HATCH, spacing: 5 })]),
      text: 'Not in scope (hatched)',
    },
    { swatch: el('rect', { width: 18, height: 14, fill: NEUTRAL.emptyCell, stroke: NEUTRAL.grid }), text: 'Not reached' },
  ];
  const gridWidth = layout.labelWidth + stageCount * layout.cellWidth + 8;
  const legend = chartLegend(legendItems, { x: 8, y: legendY, maxWidth: Math.max(gridWidth - 8, 300), fontSize: SMALL });
  const width = Math.max(gridWidth, legend.width + 16);
  return chartRoot({
    width,
    height: legendY + legend.height + LEGEND_HEIGHT - 20,
    title: options.title ?? 'Maturity heatmap: stage reached and target per competency',
    desc: describeHeatmap(options, stageName),
    idPrefix: options.idPrefix ?? 'heatmap',
    children: [el('g', { 'data-part': 'header' }, header), el('g', { 'data-part': 'rows' }, rows), legend.node],
  });
}
