import { useRef, type KeyboardEvent } from 'react';

export const ROADMAP_VIEWS = ['board', 'timeline', 'matrix', 'table'] as const;
export type RoadmapView = (typeof ROADMAP_VIEWS)[number];

export const ROADMAP_VIEW_LABELS: Record<RoadmapView, string> = {
  board: 'Board',
  timeline: 'Timeline',
  matrix: 'Matrix',
  table: 'Table',
};

export const roadmapTabId = (view: RoadmapView) => `roadmap-tab-${view}`;
export const ROADMAP_PANEL_ID = 'roadmap-panel';

/** Secondary tabs inside the Roadmap tab: arrows, Home and End move and select (as in Maturity). */
export function RoadmapSubnav({ view, onChange }: { view: RoadmapView; onChange: (view: RoadmapView) => void }) {
  const refs = useRef(new Map<RoadmapView, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = ROADMAP_VIEWS.indexOf(view);
    const last = ROADMAP_VIEWS.length - 1;
    const targets: Record<string, number> = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last };
    const next = ROADMAP_VIEWS[targets[event.key] ?? -1];
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    onChange(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="subnav" role="tablist" aria-label="Roadmap views" onKeyDown={onKeyDown}>
      {ROADMAP_VIEWS.map((candidate) => (
        <button
          key={candidate}
          ref={(element) => {
            if (element) refs.current.set(candidate, element);
          }}
          id={roadmapTabId(candidate)}
          type="button"
          role="tab"
          className="subnav__tab"
          aria-selected={candidate === view}
          aria-controls={ROADMAP_PANEL_ID}
          tabIndex={candidate === view ? 0 : -1}
          onClick={() => onChange(candidate)}
        >
          {ROADMAP_VIEW_LABELS[candidate]}
        </button>
      ))}
    </div>
  );
}
