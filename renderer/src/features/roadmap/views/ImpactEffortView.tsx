import { useMemo, useState } from 'react';
import type { Client } from '../../../../../shared/domain/client';
import { MATRIX_QUADRANTS, impactEffortChart } from '../../../../../shared/charts/impact-effort-chart';
import { MATRIX_QUADRANT_LABELS, MATRIX_RULE, impactEffortMatrix, type MatrixQuadrant } from '../../../../../shared/roadmap/impact-effort';
import { InteractiveSvgChart } from '../../../components/InteractiveSvgChart';
import { RuleNote } from '../../../components/RuleNote';
import { InitiativeEditorDialog } from '../editor/InitiativeEditorDialog';
import { ChartTooltip } from './ChartTooltip';
import './views.css';
import './matrix.css';

/** Every initiative placed by impact and effort, in the four quadrants of MATRIX_RULE. */
export function ImpactEffortView({ client }: { client: Client }) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const points = useMemo(() => impactEffortMatrix(client.initiatives), [client.initiatives]);
  const counts = useMemo(() => {
    const tally: Record<MatrixQuadrant, number> = { 'quick-wins': 0, 'major-projects': 0, 'fill-ins': 0, 'thankless-tasks': 0 };
    for (const point of points) tally[point.quadrant] += 1;
    return tally;
  }, [points]);
  // The report's own chart (shared/charts), its dots made buttons that open the initiative.
  const chart = useMemo(() => impactEffortChart({ initiatives: client.initiatives, size: 440, interactive: true, idPrefix: 'matrix-view' }), [client.initiatives]);

  return (
    <section aria-label="Impact and effort matrix">
      <div className="matrix__body">
        <ChartTooltip className="matrix__frame">
          <InteractiveSvgChart className="matrix__chart" tree={chart} idKey="initiative-id" onActivate={setEditingId} />
        </ChartTooltip>
        <aside className="matrix__aside" aria-label="Quadrants">
          <ul className="matrix__counts">
            {MATRIX_QUADRANTS.map((quadrant) => (
              <li key={quadrant.id} className={`matrix__count matrix__count--${quadrant.id}`}>
                <span className="matrix__count-name">{MATRIX_QUADRANT_LABELS[quadrant.id]}</span>
                <span className="matrix__count-hint">{quadrant.hint}</span>
                <strong className="matrix__count-value">{counts[quadrant.id]}</strong>
              </li>
            ))}
          </ul>
          <RuleNote>{MATRIX_RULE}</RuleNote>
        </aside>
      </div>
      {editingId ? <InitiativeEditorDialog client={client} initiativeId={editingId} onClose={() => setEditingId(null)} /> : null}
    </section>
  );
}
