import { useMemo } from 'react';
import { stakeholderGridChart } from '../../../../shared/charts/stakeholder-grid-chart';
import { InteractiveSvgChart } from '../../components/InteractiveSvgChart';
import { describeStakeholder, type StakeholderRow } from './stakeholder-rows';

interface InfluenceGridProps {
  rows: StakeholderRow[];
  onEdit: (id: string) => void;
}

/**
 * The influence/interest matrix, drawn by the report's own chart (shared/charts): every
 * marker is a focusable button, named with the person's role and ratings, that opens them.
 */
export function InfluenceGrid({ rows, onEdit }: InfluenceGridProps) {
  const tree = useMemo(() => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    return stakeholderGridChart({
      stakeholders: rows.map((row) => row.person),
      size: 500,
      interactive: true,
      describe: (person) => {
        const row = byId.get(person.id);
        return row ? describeStakeholder(row) : person.name;
      },
      idPrefix: 'influence-grid',
    });
  }, [rows]);
  return (
    <figure className="grid-figure">
      <InteractiveSvgChart className="influence-grid" tree={tree} idKey="stakeholder" onActivate={onEdit} />
    </figure>
  );
}
