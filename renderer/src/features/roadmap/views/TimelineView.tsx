import { useMemo, useRef, useState } from 'react';
import type { Client } from '../../../../../shared/domain/client';
import { quarterFromOrdinal } from '../../../../../shared/roadmap/calendar';
import { GANTT, roadmapTimelineChart } from '../../../../../shared/charts/roadmap-timeline-chart';
import type { SvgElement } from '../../../../../shared/charts/svg-tree';
import { SCHEDULING_RULE } from '../../../../../shared/roadmap/dependencies';
import { phaseOf } from '../../../../../shared/roadmap/roadmap-reference';
import { timelineLayout } from '../../../../../shared/roadmap/timeline-layout';
import { isoDay } from '../../../store/assessments.selectors';
import { InitiativeEditorDialog } from '../editor/InitiativeEditorDialog';
import { InteractiveSvgChart } from '../../../components/InteractiveSvgChart';
import { ChartTooltip } from './ChartTooltip';
import { defaultQuarterRange, quarterChoices } from './quarter-range';
import { useElementWidth } from './useElementWidth';
import './views.css';
import './timeline.css';

/** Screen type is larger than print type: the same tree, drawn a quarter larger (the viewBox keeps its geometry). */
const SCREEN_SCALE = 1.25;
const onScreen = (tree: SvgElement): SvgElement => ({ ...tree, attrs: { ...tree.attrs, width: Number(tree.attrs.width) * SCREEN_SCALE, height: Number(tree.attrs.height) * SCREEN_SCALE } });

/** Widest a quarter is drawn, in the chart's units, when there is room to spare. */
const QUARTER_WIDTH = 110;
/** Narrowest a quarter is drawn to fit the panel: its label ("Q3 2027") still reads on one line. Below this the panel scrolls sideways. */
const MIN_QUARTER_WIDTH = 48;
/** The chart's own padding and border around the SVG, in pixels. */
const CHART_FRAME = 20;

/** How wide a quarter is drawn so that every quarter of the range fits `panelWidth` pixels (within the bounds above). */
export function fittedQuarterWidth(panelWidth: number | null, quarters: number): number {
  if (panelWidth === null) return QUARTER_WIDTH;
  const units = (panelWidth - CHART_FRAME) / SCREEN_SCALE - GANTT.labelWidth - 8;
  return Math.floor(Math.min(QUARTER_WIDTH, Math.max(MIN_QUARTER_WIDTH, units / quarters)));
}

/** The roadmap on a quarter timeline: a swimlane per phase, dependency arrows and today's marker. */
export function TimelineView({ client, today = isoDay(new Date()) }: { client: Client; today?: string }) {
  const initiatives = client.initiatives;
  const choices = useMemo(() => quarterChoices(initiatives, today), [initiatives, today]);
  const [range, setRange] = useState(() => defaultQuarterRange(initiatives, today));
  const [editingId, setEditingId] = useState<string | null>(null);
  // Quarters shrink to the panel's width, so the whole range shows; past MIN_QUARTER_WIDTH the panel scrolls.
  const scrollRef = useRef<HTMLDivElement>(null);
  const panelWidth = useElementWidth(scrollRef);
  const quarterWidth = fittedQuarterWidth(panelWidth, range.to - range.from + 1);
  const byId = useMemo(() => new Map(initiatives.map((item) => [item.id, item])), [initiatives]);

  const layout = useMemo(
    () => timelineLayout(initiatives, { today, fromQuarter: quarterFromOrdinal(range.from), toQuarter: quarterFromOrdinal(range.to) }),
    [initiatives, today, range],
  );
  // Drawn once the panel is measured (in the same frame), not once at a guessed width and again.
  const waitForWidth = panelWidth === null && typeof ResizeObserver !== 'undefined';
  const chart = useMemo(
    () =>
      waitForWidth
        ? null
        : onScreen(roadmapTimelineChart({
        initiatives,
        today,
        fromQuarter: quarterFromOrdinal(range.from),
        toQuarter: quarterFromOrdinal(range.to),
        width: GANTT.labelWidth + (range.to - range.from + 1) * quarterWidth + 8,
        maxRows: Number.POSITIVE_INFINITY,
        placedOnly: true,
        interactive: true,
        idPrefix: 'timeline-view',
      })),
    [initiatives, today, range, quarterWidth, waitForWidth],
  );
  const conflictCount = layout.links.filter((link) => link.conflict).length;

  return (
    <section aria-label="Timeline by quarter">
      <div className="view-toolbar">
        <label className="view-toolbar__filter">
          <span className="view-toolbar__label">From</span>
          <select className="select" aria-label="From quarter" value={range.from} onChange={(event) => setRange((current) => ({ from: Number(event.target.value), to: Math.max(current.to, Number(event.target.value)) }))}>
            {choices.map((choice) => (
              <option key={choice.ordinal} value={choice.ordinal}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <label className="view-toolbar__filter">
          <span className="view-toolbar__label">To</span>
          <select className="select" aria-label="To quarter" value={range.to} onChange={(event) => setRange((current) => ({ from: Math.min(current.from, Number(event.target.value)), to: Number(event.target.value) }))}>
            {choices.map((choice) => (
              <option key={choice.ordinal} value={choice.ordinal}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        {conflictCount > 0 ? (
          <p className="timeline__conflicts" role="status">
            {conflictCount === 1 ? '1 initiative starts' : `${conflictCount} initiatives start`} before something it depends on ends.
          </p>
        ) : null}
        <details className="view-rule timeline__rule">
          <summary>When is a dependency flagged?</summary>
          <p>{SCHEDULING_RULE}</p>
        </details>
      </div>

      <div className="timeline__body">
        <div ref={scrollRef} className="timeline__scroll" tabIndex={-1}>
          {/* The report's own Gantt (shared/charts); its bars stay buttons that open the initiative. */}
          <ChartTooltip>
            {chart ? <InteractiveSvgChart className="timeline__chart" tree={chart} idKey="initiative-id" onActivate={setEditingId} /> : null}
          </ChartTooltip>
        </div>

        {/* Beside the chart only when something is left off it. */}
        {layout.unscheduled.length > 0 || layout.outOfRange.length > 0 ? (
          <aside className="timeline__aside" aria-label="Not on the timeline">
            {layout.unscheduled.length > 0 ? (
              <>
                <h3 className="timeline__aside-title">Unscheduled</h3>
                <ul className="timeline__unscheduled">
                  {layout.unscheduled.map((id) => (
                    <li key={id}>
                      <button type="button" className="timeline__chip" onClick={() => setEditingId(id)}>
                        <span className="timeline__chip-phase" aria-hidden="true">
                          {phaseOf(byId.get(id)!.phase).number}
                        </span>
                        <span className="timeline__chip-title">{byId.get(id)!.title}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {layout.outOfRange.length > 0 ? (
              <p className="timeline__out-of-range">
                {layout.outOfRange.length === 1 ? '1 initiative falls' : `${layout.outOfRange.length} initiatives fall`} outside these quarters.
              </p>
            ) : null}
          </aside>
        ) : null}
      </div>
      {editingId ? <InitiativeEditorDialog client={client} initiativeId={editingId} onClose={() => setEditingId(null)} /> : null}
    </section>
  );
}
