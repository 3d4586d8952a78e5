import type { TimelineLayout } from '../../../../../shared/roadmap/timeline-layout';

/** Pixel sizes of the timeline; the layout itself is in quarters and rows. */
export const TIMELINE = {
  laneLabelWidth: 196,
  quarterWidth: 132,
  headerHeight: 30,
  rowHeight: 30,
  barHeight: 22,
  lanePadding: 8,
  /** Lanes hold their three-line label even with a single row of bars. */
  minLaneHeight: 74,
  /** A one-day item is 1/90 of a quarter; it still needs a target to click and see. */
  minBarWidth: 14,
} as const;

export interface PlacedLane {
  phase: string;
  top: number;
  height: number;
}

export interface PlacedBar {
  id: string;
  x: number;
  y: number;
  width: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Pixels for lanes and bars: each lane grows with its rows and keeps a floor for its label. */
export function placeTimeline(layout: TimelineLayout) {
  const lanes: PlacedLane[] = [];
  const laneTopOfRow = new Map<number, { top: number; firstRow: number }>();
  let top = TIMELINE.headerHeight;
  for (const lane of layout.lanes) {
    const height = Math.max(TIMELINE.minLaneHeight, lane.rowCount * TIMELINE.rowHeight + 2 * TIMELINE.lanePadding);
    lanes.push({ phase: lane.phase, top, height });
    for (let row = lane.firstRow; row < lane.firstRow + lane.rowCount; row += 1) laneTopOfRow.set(row, { top, firstRow: lane.firstRow });
    top += height;
  }
  // The lane labels are a separate, sticky column; the chart starts at its own x = 0.
  const xOf = (quarters: number) => quarters * TIMELINE.quarterWidth;
  const bars: PlacedBar[] = layout.bars.map((bar) => {
    const lane = laneTopOfRow.get(bar.row)!;
    const width = Math.max(TIMELINE.minBarWidth, (bar.x1 - bar.x0) * TIMELINE.quarterWidth);
    // A minimum-width bar at the right edge is pulled back inside the chart.
    const x = Math.min(xOf(bar.x0), xOf(layout.width) - width);
    const y = lane.top + TIMELINE.lanePadding + (bar.row - lane.firstRow) * TIMELINE.rowHeight + (TIMELINE.rowHeight - TIMELINE.barHeight) / 2;
    return { id: bar.id, x, y, width, clippedStart: bar.clippedStart, clippedEnd: bar.clippedEnd };
  });
  return { lanes, bars, width: xOf(layout.width) + 12, height: top + 4, xOf };
}

/** A dependency line from the end of one bar to the start of the other, curving when it turns back. */
export function linkPath(from: PlacedBar, to: PlacedBar): string {
  const x1 = from.x + from.width;
  const y1 = from.y + TIMELINE.barHeight / 2;
  const x2 = to.x - 2;
  const y2 = to.y + TIMELINE.barHeight / 2;
  const bend = Math.max(18, Math.abs(x2 - x1) / 3);
  return `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
}

/** Splits a lane name into lines of about `width` characters at spaces. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The part of a title that fits in a bar, with an ellipsis when cut. */
export function fitLabel(title: string, width: number, charWidth = 6.6): string {
  const room = Math.floor((width - 12) / charWidth);
  if (room < 3) return '';
  return title.length <= room ? title : `${title.slice(0, room - 1).trimEnd()}…`;
}
