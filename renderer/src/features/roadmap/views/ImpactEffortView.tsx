import { useMemo, useState } from 'react';
import type { Client } from '../../../../../shared/domain/client';
import { MATRIX_HIGH_FROM, MATRIX_QUADRANT_LABELS, MATRIX_RULE, impactEffortMatrix, type MatrixQuadrant } from '../../../../../shared/roadmap/impact-effort';
import { InitiativeEditorDialog } from '../editor/InitiativeEditorDialog';
import { activateOnKey } from './activate-on-key';

const PLOT = { left: 56, top: 16, width: 640, height: 440, bottom: 48 } as const;
const LEVELS = 5;
/** Where "high" starts, as a fraction of the plot: effort from the left, impact from the top. */
const SPLIT_X = (MATRIX_HIGH_FROM - 1) / LEVELS;
const SPLIT_Y = (LEVELS - MATRIX_HIGH_FROM + 1) / LEVELS;

const QUADRANTS: { id: MatrixQuadrant; x: number; y: number; width: number; height: number; hint: string }[] = [
  { id: 'quick-wins', x: 0, y: 0, width: SPLIT_X, height: SPLIT_Y, hint: 'High impact, low effort' },
  { id: 'major-projects', x: SPLIT_X, y: 0, width: 1 - SPLIT_X, height: SPLIT_Y, hint: 'High impact, high effort' },
  { id: 'fill-ins', x: 0, y: SPLIT_Y, width: SPLIT_X, height: 1 - SPLIT_Y, hint: 'Low impact, low effort' },
  { id: 'thankless-tasks', x: SPLIT_X, y: SPLIT_Y, width: 1 - SPLIT_X, height: 1 - SPLIT_Y, hint: 'Low impact, high effort' },
];

const SINGULAR: Record<MatrixQuadrant, string> = { 'quick-wins': 'quick win', 'major-projects': 'major project', 'fill-ins': 'fill-in', 'thankless-tasks': 'thankless task' };

/** A dot's visible label: long alone in its cell, short with one neighbour, none when crowded (the name stays). */
function dotLabel(title: string, cellmates: number): string {
  const room = cellmates === 1 ? 20 : cellmates <= 4 ? 10 : 0;
  if (room === 0) return '';
  return title.length <= room ? title : `${title.slice(0, room - 1).trimEnd()}…`;
}

/** Every initiative placed by impact and effort, in the four quadrants of MATRIX_RULE. */
export function ImpactEffortView({ client }: { client: Client }) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const points = useMemo(() => impactEffortMatrix(client.initiatives), [client.initiatives]);
  const counts = useMemo(() => {
    const tally: Record<MatrixQuadrant, number> = { 'quick-wins': 0, 'major-projects': 0, 'fill-ins': 0, 'thankless-tasks': 0 };
    for (const point of points) tally[point.quadrant] += 1;
    return tally;
  }, [points]);
  const px = (fx: number) => PLOT.left + fx * PLOT.width;
  const py = (fy: number) => PLOT.top + fy * PLOT.height;
  const totalWidth = PLOT.left + PLOT.width + 12;
  const totalHeight = PLOT.top + PLOT.height + PLOT.bottom;

  return (
    <section className="matrix" aria-label="Impact and effort matrix">
      <div className="matrix__body">
        <svg className="matrix__chart" viewBox={`0 0 ${totalWidth} ${totalHeight}`} width={totalWidth} height={totalHeight} role="group" aria-label={`${points.length} initiatives by impact and effort`}>
          <g aria-hidden="true">
            {QUADRANTS.map((quadrant) => (
              <g key={quadrant.id}>
                <rect className={`matrix__quadrant matrix__quadrant--${quadrant.id}`} x={px(quadrant.x)} y={py(quadrant.y)} width={quadrant.width * PLOT.width} height={quadrant.height * PLOT.height} />
                <text className="matrix__quadrant-name" x={px(quadrant.x) + 10} y={py(quadrant.y) + (quadrant.y === 0 ? 18 : quadrant.height * PLOT.height - 10)}>
                  {MATRIX_QUADRANT_LABELS[quadrant.id]}
                </text>
              </g>
            ))}
            {Array.from({ length: LEVELS - 1 }, (_, index) => (index + 1) / LEVELS).map((at) => (
              <g key={at}>
                <line className={at === SPLIT_X ? 'matrix__split' : 'matrix__gridline'} x1={px(at)} x2={px(at)} y1={py(0)} y2={py(1)} />
                <line className={at === SPLIT_Y ? 'matrix__split' : 'matrix__gridline'} x1={px(0)} x2={px(1)} y1={py(at)} y2={py(at)} />
              </g>
            ))}
            {Array.from({ length: LEVELS }, (_, index) => index + 1).map((level) => (
              <g key={level}>
                <text className="matrix__tick" x={px((level - 0.5) / LEVELS)} y={py(1) + 18} textAnchor="middle">
                  {level}
                </text>
                <text className="matrix__tick" x={PLOT.left - 12} y={py((LEVELS - level + 0.5) / LEVELS) + 4} textAnchor="end">
                  {level}
                </text>
              </g>
            ))}
            <text className="matrix__axis" x={px(0.5)} y={totalHeight - 8} textAnchor="middle">
              Effort →
            </text>
            <text className="matrix__axis" transform={`translate(16 ${py(0.5)}) rotate(-90)`} textAnchor="middle">
              Impact →
            </text>
          </g>
          <g className="matrix__dots">
            {points.map((point, index) => {
              const item = client.initiatives[index]!;
              const name = `${item.title}: impact ${point.impact}, effort ${point.effort}, ${SINGULAR[point.quadrant]}`;
              const label = dotLabel(item.title, point.cellmates);
              return (
                <g
                  key={point.id}
                  className={`matrix__dot matrix__dot--${point.quadrant} status--${item.status}`}
                  role="button"
                  tabIndex={0}
                  aria-label={name}
                  data-initiative-id={item.id}
                  onClick={() => setEditingId(item.id)}
                  onKeyDown={activateOnKey(() => setEditingId(item.id))}
                >
                  <title>{name}</title>
                  <circle cx={px(point.x)} cy={py(point.y)} r={6.5} />
                  {label ? (
                    <text x={px(point.x)} y={py(point.y) + 19} textAnchor="middle" aria-hidden="true">
                      {label}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        </svg>
        <aside className="matrix__aside" aria-label="Quadrants">
          <ul className="matrix__counts">
            {QUADRANTS.map((quadrant) => (
              <li key={quadrant.id} className={`matrix__count matrix__count--${quadrant.id}`}>
                <span className="matrix__count-name">{MATRIX_QUADRANT_LABELS[quadrant.id]}</span>
                <span className="matrix__count-hint">{quadrant.hint}</span>
                <strong className="matrix__count-value">{counts[quadrant.id]}</strong>
              </li>
            ))}
          </ul>
          <p className="view-rule">{MATRIX_RULE}</p>
        </aside>
      </div>
      {editingId ? <InitiativeEditorDialog client={client} initiativeId={editingId} onClose={() => setEditingId(null)} /> : null}
    </section>
  );
}
