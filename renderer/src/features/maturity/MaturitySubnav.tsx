import { useRef, type KeyboardEvent } from 'react';

export const MATURITY_VIEWS = ['assess', 'ratings', 'results', 'trends', 'compare'] as const;
export type MaturityView = (typeof MATURITY_VIEWS)[number];

export const MATURITY_VIEW_LABELS: Record<MaturityView, string> = {
  assess: 'Assess',
  ratings: 'Ratings',
  results: 'Results',
  trends: 'Trends',
  compare: 'Compare',
};

export const maturityTabId = (view: MaturityView) => `maturity-tab-${view}`;
export const MATURITY_PANEL_ID = 'maturity-panel';

/** Secondary tabs inside the Maturity tab: arrows, Home and End move and select. */
export function MaturitySubnav({ view, onChange }: { view: MaturityView; onChange: (view: MaturityView) => void }) {
  const refs = useRef(new Map<MaturityView, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = MATURITY_VIEWS.indexOf(view);
    const last = MATURITY_VIEWS.length - 1;
    const targets: Record<string, number> = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last };
    const next = MATURITY_VIEWS[targets[event.key] ?? -1];
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    onChange(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="subnav" role="tablist" aria-label="Maturity views" onKeyDown={onKeyDown}>
      {MATURITY_VIEWS.map((candidate) => (
        <button
          key={candidate}
          ref={(element) => {
            if (element) refs.current.set(candidate, element);
          }}
          id={maturityTabId(candidate)}
          type="button"
          role="tab"
          className="subnav__tab"
          aria-selected={candidate === view}
          aria-controls={MATURITY_PANEL_ID}
          tabIndex={candidate === view ? 0 : -1}
          onClick={() => onChange(candidate)}
        >
          {MATURITY_VIEW_LABELS[candidate]}
        </button>
      ))}
    </div>
  );
}
