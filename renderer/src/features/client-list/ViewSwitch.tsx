import { CLIENT_VIEWS, type ClientView } from '../../store/ui.slice';

const LABELS: Record<ClientView, string> = { active: 'Active', archived: 'Archived', trash: 'Trash' };

interface ViewSwitchProps {
  view: ClientView;
  counts: Record<ClientView, number>;
  onChange: (view: ClientView) => void;
}

export function ViewSwitch({ view, counts, onChange }: ViewSwitchProps) {
  return (
    <div className="segmented" role="group" aria-label="Show clients">
      {CLIENT_VIEWS.map((candidate) => (
        <button
          key={candidate}
          type="button"
          className="segmented__item"
          aria-pressed={candidate === view}
          title={`${counts[candidate]} ${LABELS[candidate].toLowerCase()}`}
          onClick={() => onChange(candidate)}
        >
          {LABELS[candidate]}
          <span className="segmented__count" aria-hidden="true">
            {counts[candidate]}
          </span>
        </button>
      ))}
    </div>
  );
}
