import { useMemo, useState } from 'react';
import type { Client } from '../../../../../shared/domain/client';
import { quarterFromOrdinal, timingLabel } from '../../../../../shared/roadmap/calendar';
import { SCHEDULING_RULE } from '../../../../../shared/roadmap/dependencies';
import type { Initiative } from '../../../../../shared/roadmap/initiative-schema';
import { INITIATIVE_STATUS_LABELS, phaseOf } from '../../../../../shared/roadmap/roadmap-reference';
import { timelineLayout } from '../../../../../shared/roadmap/timeline-layout';
import { isoDay } from '../../../store/assessments.selectors';
import { InitiativeEditorDialog } from '../editor/InitiativeEditorDialog';
import { activateOnKey } from './activate-on-key';
import { defaultQuarterRange, quarterChoices } from './quarter-range';
import { TIMELINE, fitLabel, linkPath, placeTimeline, wrapWords } from './timeline-geometry';

const spanText = (item: Initiative) =>
  item.start && item.end ? `${timingLabel(item.start)} to ${timingLabel(item.end)}` : `${timingLabel(item.start ?? item.end)}`;

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
  const placed = useMemo(() => placeTimeline(layout), [layout]);
  const barById = new Map(placed.bars.map((bar) => [bar.id, bar]));
  const conflictsOf = new Map<string, string[]>();
  for (const link of layout.links) {
    if (!link.conflict) continue;
    conflictsOf.set(link.toId, [...(conflictsOf.get(link.toId) ?? []), byId.get(link.fromId)!.title]);
  }
  const conflictCount = layout.links.filter((link) => link.conflict).length;

  const barName = (item: Initiative) => {
    const conflicts = conflictsOf.get(item.id);
    return [
      item.title,
      spanText(item),
      INITIATIVE_STATUS_LABELS[item.status],
      item.dependsOn.length > 0 ? `depends on ${item.dependsOn.length}` : null,
      conflicts ? `scheduling conflict: starts before ${conflicts.join(', ')} ends` : null,
    ]
      .filter(Boolean)
      .join('; ');
  };

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
        <ul className="timeline-legend" aria-label="Legend">
          <li>
            <span className="timeline-legend__swatch timeline-legend__swatch--link" aria-hidden="true" /> Depends on
          </li>
          <li>
            <span className="timeline-legend__swatch timeline-legend__swatch--conflict" aria-hidden="true" /> Starts before its dependency ends
            {conflictCount > 0 ? <strong className="timeline-legend__count"> ({conflictCount})</strong> : null}
          </li>
          <li>
            <span className="timeline-legend__swatch timeline-legend__swatch--today" aria-hidden="true" /> Today
          </li>
        </ul>
      </div>

      <div className="timeline__body">
        <div className="timeline__scroll">
          <div className="timeline__canvas">
          <svg className="timeline__labels" width={TIMELINE.laneLabelWidth} height={placed.height} aria-hidden="true">
            <rect className="timeline__labels-bg" x={0} y={0} width={TIMELINE.laneLabelWidth} height={placed.height} />
            <line className="timeline__header-rule" x1={0} x2={TIMELINE.laneLabelWidth} y1={TIMELINE.headerHeight} y2={TIMELINE.headerHeight} />
            {placed.lanes.map((lane, index) => {
              const phase = phaseOf(layout.lanes[index]!.phase);
              return (
                <g key={lane.phase}>
                  <rect className={`timeline__lane timeline__lane--${index % 2 ? 'odd' : 'even'}`} x={0} y={lane.top} width={TIMELINE.laneLabelWidth} height={lane.height} />
                  <text className="timeline__lane-number" x={12} y={lane.top + 20}>
                    Phase {phase.number}
                  </text>
                  <text className="timeline__lane-name" x={12} y={lane.top + 36}>
                    {wrapWords(phase.name, 26).map((line, lineIndex) => (
                      <tspan key={lineIndex} x={12} dy={lineIndex === 0 ? 0 : 14}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              );
            })}
          </svg>
          <svg className="timeline__chart" width={placed.width} height={placed.height} viewBox={`0 0 ${placed.width} ${placed.height}`} role="group" aria-label={`Initiatives from ${layout.quarters[0]?.label} to ${layout.quarters[layout.quarters.length - 1]?.label}`}>
            <defs>
              <marker id="timeline-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L8,4 L0,8 z" className="timeline__arrow" />
              </marker>
              <marker id="timeline-arrow-conflict" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L8,4 L0,8 z" className="timeline__arrow timeline__arrow--conflict" />
              </marker>
            </defs>
            <g aria-hidden="true">
              {placed.lanes.map((lane, index) => (
                <rect key={lane.phase} className={`timeline__lane timeline__lane--${index % 2 ? 'odd' : 'even'}`} x={0} y={lane.top} width={placed.width} height={lane.height} />
              ))}
              {layout.quarters.map((quarter) => (
                <g key={quarter.label}>
                  <line className="timeline__gridline" x1={placed.xOf(quarter.x)} x2={placed.xOf(quarter.x)} y1={0} y2={placed.height} />
                  <text className="timeline__quarter" x={placed.xOf(quarter.x) + 10} y={20}>
                    {quarter.label}
                  </text>
                </g>
              ))}
              <line className="timeline__header-rule" x1={0} x2={placed.width} y1={TIMELINE.headerHeight} y2={TIMELINE.headerHeight} />
            </g>

            <g aria-hidden="true" className="timeline__links">
              {layout.links.map((link) => {
                const from = barById.get(link.fromId);
                const to = barById.get(link.toId);
                if (!from || !to) return null;
                return (
                  <path
                    key={`${link.fromId}>${link.toId}`}
                    d={linkPath(from, to)}
                    className={link.conflict ? 'timeline__link timeline__link--conflict' : 'timeline__link'}
                    markerEnd={link.conflict ? 'url(#timeline-arrow-conflict)' : 'url(#timeline-arrow)'}
                  />
                );
              })}
            </g>

            <g className="timeline__bars">
              {placed.bars.map((bar) => {
                const item = byId.get(bar.id)!;
                const conflicted = conflictsOf.has(bar.id);
                const label = fitLabel(item.title, bar.width);
                return (
                  <g
                    key={bar.id}
                    className={`timeline__bar timeline__bar--${item.track} status--${item.status}${conflicted ? ' has-conflict' : ''}`}
                    role="button"
                    tabIndex={0}
                    aria-label={barName(item)}
                    data-initiative-id={item.id}
                    onClick={() => setEditingId(item.id)}
                    onKeyDown={activateOnKey(() => setEditingId(item.id))}
                  >
                    <title>{barName(item)}</title>
                    <rect x={bar.x} y={bar.y} width={bar.width} height={TIMELINE.barHeight} rx={bar.width < 20 ? 4 : 6} />
                    {label ? (
                      <text x={bar.x + 7} y={bar.y + TIMELINE.barHeight / 2 + 4} aria-hidden="true">
                        {label}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>

            {layout.todayX !== null ? (
              <g className="timeline__today" aria-label={`Today, ${today}`} role="img">
                <line x1={placed.xOf(layout.todayX)} x2={placed.xOf(layout.todayX)} y1={TIMELINE.headerHeight - 6} y2={placed.height} />
                <circle cx={placed.xOf(layout.todayX)} cy={TIMELINE.headerHeight - 6} r={3.5} />
              </g>
            ) : null}
          </svg>
          </div>
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
