import { NEUTRAL, SERIES_COLOURS } from './chart-palette';
import { chartRoot, multilineText } from './chart-frame';
import { estimateTextWidth, wrapLabel } from './chart-text';
import { el, round2, txt, type SvgElement, type SvgNode } from './svg-tree';

export interface DeltaRow {
  label: string;
  /** Change in stages (later minus earlier); null when there is nothing to compare. */
  delta: number | null;
}

const FONT_SIZE = 12;
const ROW_HEIGHT = 28;

/** "+1", "−2", "0", "n/a": a true minus sign, so screen readers and print agree. */
export const formatDelta = (delta: number | null): string => (delta === null || !Number.isFinite(delta) ? 'n/a' : delta > 0 ? `+${delta}` : delta < 0 ? `−${Math.abs(delta)}` : '0');

/**
 * Change per competency between two assessments as bars either side of zero, with an
 * arrow word and the signed value beside each bar so the direction never depends on colour.
 */
export function deltaBars(options: { rows: DeltaRow[]; title?: string; idPrefix?: string; width?: number; maxDelta?: number }): SvgElement {
  const width = Math.max(320, options.width ?? 520);
  const labelWidth = Math.min(220, Math.max(110, ...options.rows.map((row) => estimateTextWidth(wrapLabel(row.label, 26, 1)[0] ?? '', FONT_SIZE) + 16)));
  const valueWidth = 130;
  const plotLeft = labelWidth;
  const plotWidth = width - labelWidth - valueWidth;
  const zeroX = plotLeft + plotWidth / 2;
  const finite = options.rows.flatMap((row) => (row.delta === null || !Number.isFinite(row.delta) ? [] : [Math.abs(row.delta)]));
  const scaleMax = Math.max(1, options.maxDelta ?? 0, ...finite);
  const unit = plotWidth / 2 / scaleMax;
  const top = 8;
  const rows: SvgNode[] = options.rows.map((row, index) => {
    const y = top + index * ROW_HEIGHT;
    const parts: SvgNode[] = [multilineText(wrapLabel(row.label, 26, 1), { x: 8, y: y + 18, lineHeight: 14, 'font-size': FONT_SIZE, fill: NEUTRAL.text })];
    const delta = row.delta !== null && Number.isFinite(row.delta) ? row.delta : null;
    if (delta !== null && delta !== 0) {
      const length = Math.min(Math.abs(delta), scaleMax) * unit;
      parts.push(el('rect', { x: round2(delta > 0 ? zeroX : zeroX - length), y: round2(y + 6), width: round2(length), height: 16, fill: delta > 0 ? SERIES_COLOURS.current : SERIES_COLOURS.target }));
    }
    const word = delta === null ? 'no comparison' : delta > 0 ? '▲ up' : delta < 0 ? '▼ down' : '= same';
    parts.push(el('text', { x: round2(width - valueWidth + 6), y: round2(y + 18), 'font-size': FONT_SIZE, fill: delta === null ? NEUTRAL.mutedText : NEUTRAL.text }, [txt(`${formatDelta(delta)} ${word}`)]));
    return el('g', { 'data-row': index }, parts);
  });
  const height = top + options.rows.length * ROW_HEIGHT + 8;
  const desc =
    options.rows.length === 0
      ? 'No competencies to compare.'
      : `Change in current stage per competency. ${options.rows.map((row) => `${row.label}: ${formatDelta(row.delta)}.`).join(' ')}`;
  return chartRoot({
    width,
    height,
    title: options.title ?? 'Change since the previous assessment',
    desc,
    idPrefix: options.idPrefix ?? 'deltas',
    children: [el('line', { x1: round2(zeroX), y1: top, x2: round2(zeroX), y2: round2(height - 8), stroke: NEUTRAL.axis }), ...rows],
  });
}
