import { dayNumber, quarterFirstDay, quarterFromOrdinal, quarterLabel, quarterOfDay, quarterOrdinal, type Quarter } from './calendar';
import { initiativeSpan, type Initiative } from './initiative-schema';
import { PHASES, TRACK_IDS, type PhaseId } from './roadmap-reference';

/**
 * Geometry of the timeline view in abstract units: x counts quarters from the start of
 * `fromQuarter` (a date falls inside its quarter in proportion to the days), y counts
 * rows from the top. The renderer multiplies by its own quarter width and row height.
 */
export interface TimelineBar {
  id: string;
  phase: PhaseId;
  /** Row in the whole chart; a lane's rows are consecutive. */
  row: number;
  x0: number;
  x1: number;
  /** The initiative runs on before or after the visible range. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface TimelineLane {
  phase: PhaseId;
  name: string;
  firstRow: number;
  /** At least one, so an empty phase still shows its lane. */
  rowCount: number;
}

export interface TimelineLink {
  /** The dependency (drawn from the end of its bar) and the initiative waiting for it. */
  fromId: string;
  toId: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The waiting initiative starts before the dependency ends (SCHEDULING_RULE). */
  conflict: boolean;
}

export interface TimelineLayout {
  quarters: { label: string; x: number }[];
  /** Width in quarters and height in rows. */
  width: number;
  height: number;
  lanes: TimelineLane[];
  bars: TimelineBar[];
  links: TimelineLink[];
  /** Neither start nor end set: listed beside the chart, not drawn. */
  unscheduled: string[];
  /** Scheduled entirely before or after the visible quarters. */
  outOfRange: string[];
  /** Where today's marker goes; null when today is outside the range. */
  todayX: number | null;
}

type TimelineItem = Pick<Initiative, 'id' | 'phase' | 'track' | 'order' | 'start' | 'end' | 'dependsOn'>;

/**
 * Lays out initiatives on a quarter timeline with one swimlane per phase. Inside a lane,
 * bars sorted by start (then board position) take the first row where they do not overlap
 * an earlier bar. A bar spans from the first day of its start to the end of the last day of
 * its end (see SCHEDULING_RULE), so a one-day item is 1/90 of a quarter wide: the renderer
 * gives bars a minimum width. If `toQuarter` is before `fromQuarter` the two are swapped.
 */
export function timelineLayout(initiatives: readonly TimelineItem[], options: { today: string; fromQuarter: Quarter; toQuarter: Quarter }): TimelineLayout {
  const [firstOrdinal, lastOrdinal] = [quarterOrdinal(options.fromQuarter), quarterOrdinal(options.toQuarter)].sort((a, b) => a - b) as [number, number];
  const width = lastOrdinal - firstOrdinal + 1;
  const xOfDay = (day: number): number => {
    const quarter = quarterOfDay(day);
    const first = quarterFirstDay(quarter);
    const length = quarterFirstDay(quarterFromOrdinal(quarterOrdinal(quarter) + 1)) - first;
    return quarterOrdinal(quarter) - firstOrdinal + (day - first) / length;
  };

  const unscheduled: string[] = [];
  const outOfRange: string[] = [];
  const placed: { item: TimelineItem; position: number; x0: number; x1: number; rawX0: number; rawX1: number }[] = [];
  initiatives.forEach((item, position) => {
    const span = initiativeSpan(item);
    if (!span) return void unscheduled.push(item.id);
    const rawX0 = xOfDay(span.firstDay);
    const rawX1 = xOfDay(span.lastDay + 1);
    if (rawX1 <= 0 || rawX0 >= width) return void outOfRange.push(item.id);
    placed.push({ item, position, rawX0, rawX1, x0: Math.max(0, rawX0), x1: Math.min(width, rawX1) });
  });

  const lanes: TimelineLane[] = [];
  const bars: TimelineBar[] = [];
  let nextRow = 0;
  for (const phase of PHASES) {
    const inLane = placed
      .filter(({ item }) => item.phase === phase.id)
      .sort((a, b) => a.x0 - b.x0 || TRACK_IDS.indexOf(a.item.track) - TRACK_IDS.indexOf(b.item.track) || a.item.order - b.item.order || a.position - b.position);
    const rowEnds: number[] = [];
    for (const bar of inLane) {
      let row = rowEnds.findIndex((end) => end <= bar.x0);
      if (row === -1) row = rowEnds.push(bar.x1) - 1;
      else rowEnds[row] = bar.x1;
      bars.push({ id: bar.item.id, phase: phase.id, row: nextRow + row, x0: bar.x0, x1: bar.x1, clippedStart: bar.rawX0 < 0, clippedEnd: bar.rawX1 > width });
    }
    const rowCount = Math.max(1, rowEnds.length);
    lanes.push({ phase: phase.id, name: phase.name, firstRow: nextRow, rowCount });
    nextRow += rowCount;
  }

  const barById = new Map(bars.map((bar) => [bar.id, bar]));
  const spanById = new Map(placed.map(({ item }) => [item.id, initiativeSpan(item)!]));
  const links: TimelineLink[] = [];
  for (const { item } of placed) {
    const waiting = barById.get(item.id)!;
    for (const dependencyId of item.dependsOn) {
      const dependency = barById.get(dependencyId);
      if (!dependency) continue;
      links.push({
        fromId: dependencyId,
        toId: item.id,
        x1: dependency.x1,
        y1: dependency.row + 0.5,
        x2: waiting.x0,
        y2: waiting.row + 0.5,
        conflict: spanById.get(item.id)!.firstDay <= spanById.get(dependencyId)!.lastDay,
      });
    }
  }

  const todayX = xOfDay(dayNumber(options.today));
  return {
    quarters: Array.from({ length: width }, (_, index) => ({ label: quarterLabel(quarterFromOrdinal(firstOrdinal + index)), x: index })),
    width,
    height: nextRow,
    lanes,
    bars,
    links,
    unscheduled,
    outOfRange,
    todayX: todayX >= 0 && todayX < width ? todayX : null,
  };
}
