import { useMemo, type KeyboardEvent } from 'react';
import { GRID_LEVELS, HIGH_FROM, QUADRANT_LABELS, layoutInfluenceGrid } from '../../../../shared/stakeholders/influence-grid';
import { describeStakeholder, type StakeholderRow } from './stakeholder-rows';

const SIZE = 500;
const INSET = 40;
const LAYOUT = { size: SIZE, inset: INSET };
const CELL = SIZE / GRID_LEVELS;
const SPLIT_X = INSET + (HIGH_FROM - 1) * CELL;
const SPLIT_Y = (GRID_LEVELS - HIGH_FROM + 1) * CELL;

interface InfluenceGridProps {
  rows: StakeholderRow[];
  onEdit: (id: string) => void;
}

/** The influence/interest matrix; every marker is focusable and opens the stakeholder. */
export function InfluenceGrid({ rows, onEdit }: InfluenceGridProps) {
  const markers = useMemo(() => layoutInfluenceGrid(rows, LAYOUT), [rows]);
  const byId = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);

  return (
    <figure className="grid-figure">
      <svg className="influence-grid" viewBox={`0 0 ${INSET + SIZE + 8} ${SIZE + 40}`} role="group" aria-label="Influence and interest grid">
        <rect className="quadrant quadrant--keep-satisfied" x={INSET} y={0} width={SPLIT_X - INSET} height={SPLIT_Y} />
        <rect className="quadrant quadrant--manage-closely" x={SPLIT_X} y={0} width={INSET + SIZE - SPLIT_X} height={SPLIT_Y} />
        <rect className="quadrant quadrant--monitor" x={INSET} y={SPLIT_Y} width={SPLIT_X - INSET} height={SIZE - SPLIT_Y} />
        <rect className="quadrant quadrant--keep-informed" x={SPLIT_X} y={SPLIT_Y} width={INSET + SIZE - SPLIT_X} height={SIZE - SPLIT_Y} />
        {Array.from({ length: GRID_LEVELS + 1 }, (_, index) => (
          <g key={index} className="grid-line" aria-hidden="true">
            <line x1={INSET + index * CELL} y1={0} x2={INSET + index * CELL} y2={SIZE} />
            <line x1={INSET} y1={index * CELL} x2={INSET + SIZE} y2={index * CELL} />
          </g>
        ))}
        <g aria-hidden="true" className="quadrant-label">
          <text x={INSET + 8} y={16}>{QUADRANT_LABELS['keep-satisfied']}</text>
          <text x={INSET + SIZE - 8} y={16} textAnchor="end">{QUADRANT_LABELS['manage-closely']}</text>
          <text x={INSET + 8} y={SIZE - 8}>{QUADRANT_LABELS.monitor}</text>
          <text x={INSET + SIZE - 8} y={SIZE - 8} textAnchor="end">{QUADRANT_LABELS['keep-informed']}</text>
        </g>
        <g aria-hidden="true" className="axis-label">
          {Array.from({ length: GRID_LEVELS }, (_, index) => (
            <g key={index}>
              <text x={INSET + (index + 0.5) * CELL} y={SIZE + 16} textAnchor="middle">{index + 1}</text>
              <text x={INSET - 10} y={SIZE - (index + 0.5) * CELL + 4} textAnchor="end">{index + 1}</text>
            </g>
          ))}
          <text x={INSET + SIZE / 2} y={SIZE + 34} textAnchor="middle" className="axis-title">Interest →</text>
          <text x={12} y={SIZE / 2} textAnchor="middle" className="axis-title" transform={`rotate(-90 12 ${SIZE / 2})`}>Influence →</text>
        </g>
        {markers.map((marker) => {
          const row = byId.get(marker.id);
          if (!row) return null;
          const crowded = marker.cellmates > 4;
          const radius = crowded ? 6 : 9;
          const description = describeStakeholder(row);
          const open = (event: KeyboardEvent) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              onEdit(row.id);
            }
          };
          const classes = ['marker', row.person.isSponsor ? 'marker--sponsor' : '', row.person.isChampion ? 'marker--champion' : '', row.person.isCommunityLeader ? 'marker--leader' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <g key={marker.id} className={classes} role="button" tabIndex={0} aria-label={description} onClick={() => onEdit(row.id)} onKeyDown={open}>
              <title>{description}</title>
              {row.person.isSponsor ? <circle className="marker__halo" cx={marker.x} cy={marker.y} r={radius + 4} /> : null}
              <circle className="marker__dot" cx={marker.x} cy={marker.y} r={radius} />
              {!crowded ? (
                <text className="marker__label" x={marker.x} y={marker.labelBelow ? marker.y + radius + 13 : marker.y - radius - 6} textAnchor="middle" aria-hidden="true">
                  {shortName(row.name)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="grid-legend">
        <span className="legend-item"><span className="legend-swatch legend-swatch--sponsor" aria-hidden="true" />Sponsor</span>
        <span className="legend-item"><span className="legend-swatch legend-swatch--champion" aria-hidden="true" />Champion</span>
        <span className="legend-item"><span className="legend-swatch legend-swatch--leader" aria-hidden="true" />Community leader</span>
        <span className="legend-item"><span className="legend-swatch" aria-hidden="true" />Other stakeholder</span>
      </figcaption>
    </figure>
  );
}

/** First name and initial of the last, to keep labels short in a crowded cell. */
function shortName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return name;
  return `${words[0]} ${words[words.length - 1]?.charAt(0) ?? ''}.`;
}
