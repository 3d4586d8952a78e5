import { useMemo, useState } from 'react';
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
import { defaultQuarterRange, quarterChoices } from './quarter-range';

/** Screen type is larger than print type: the same tree, drawn a quarter larger (the viewBox keeps its geometry). */
const SCREEN_SCALE = 1.25;
const onScreen = (tree: SvgElement): SvgElement => ({ ...tree, attrs: { ...tree.attrs, width: Number(tree.attrs.width) * SCREEN_SCALE, height: Number(tree.attrs.height) * SCREEN_SCALE } });

/** Width of a quarter on screen, in the chart's units: room for a one-quarter bar's title. */
const QUARTER_WIDTH = 110;

/** The roadmap on a quarter timeline: a swimlane per phase, dependency arrows and today's marker. */
export function TimelineView({ client, today = isoDay(new Date()) }: { client: Client; today?: string }) {
  const initiatives = client.initiatives;
  const choices = useMemo(() => quarterChoices(initiatives, today), [initiatives, today]);
  const [range, setRange] = useState(() => defaultQuarterRange(initiatives, today));
  const [editingId, setEditingId] = useState<string | null>(null);
  const byId = useMemo(() => new Map(initiatives.map((item) => [item.id, item])), [initiatives]);

  const layout = useMemo(
    () => timelineLayout(initiatives, { today, fromQuarter: quarterFromOrdinal(range.from), toQuarter: quarterFromOrdinal(range.to) }),
    [initiatives, today, range],
  );
  const chart = useMemo(
    () =>
      onScreen(roadmapTimelineChart({
        initiatives,
        today,
        fromQuarter: quarterFromOrdinal(range.from),
        toQuarter: quarterFromOrdinal(range.to),
        width: GANTT.labelWidth + (range.to - range.from + 1) * QUARTER_WIDTH + 8,
        maxRows: Number.POSITIVE_INFINITY,
        placedOnly: true,
        interactive: true,
        idPrefix: 'timeline-view',
      })),
    [initiatives, today, range],
  );
  const conflictCount = layout.links.filter((link) => link.conflict).length;

  return (
    <section className="timeline" aria-label="Timeline by quarter">
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
      </div>

      <div className="timeline__body">
        <div className="timeline__scroll">
          {/* The report's own Gantt (shared/charts); its bars stay buttons that open the initiative. */}
          <InteractiveSvgChart className="timeline__chart" tree={chart} idKey="initiative-id" onActivate={setEditingId} />
        </div>

        <aside className="timeline__aside" aria-label="Not on the timeline">
          <h3 className="timeline__aside-title">Unscheduled</h3>
          {layout.unscheduled.length === 0 ? (
            <p className="muted timeline__aside-empty">Every initiative has a start or an end.</p>
          ) : (
            <ul className="timeline__unscheduled">
              {layout.unscheduled.map((id) => (
                <li key={id}>
                  <button type="button" className="timeline__chip" onClick={() => setEditingId(id)}>
                    <span className={`timeline__chip-phase timeline__chip-phase--${byId.get(id)!.phase}`} aria-hidden="true">
                      {phaseOf(byId.get(id)!.phase).number}
                    </span>
                    {byId.get(id)!.title}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {layout.outOfRange.length > 0 ? (
            <p className="timeline__out-of-range">
              {layout.outOfRange.length === 1 ? '1 initiative falls' : `${layout.outOfRange.length} initiatives fall`} outside these quarters.
            </p>
          ) : null}
          <details className="view-rule">
            <summary>When is a dependency flagged?</summary>
            <p>{SCHEDULING_RULE}</p>
          </details>
        </aside>
      </div>
      {editingId ? <InitiativeEditorDialog client={client} initiativeId={editingId} onClose={() => setEditingId(null)} /> : null}
    </section>
  );
}
