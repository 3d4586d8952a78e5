import { useRef, type KeyboardEvent } from 'react';

interface SubnavProps<V extends string> {
  views: readonly V[];
  labels: Record<V, string>;
  view: V;
  onChange: (view: V) => void;
  /** Accessible name of the tab list, e.g. "Maturity views". */
  label: string;
  tabId: (view: V) => string;
  panelId: string;
}

/** Secondary tabs inside a client tab: arrows, Home and End move and select. */
export function Subnav<V extends string>({ views, labels, view, onChange, label, tabId, panelId }: SubnavProps<V>) {
  const refs = useRef(new Map<V, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = views.indexOf(view);
    const last = views.length - 1;
    const targets: Record<string, number> = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last };
    const next = views[targets[event.key] ?? -1];
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    onChange(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="subnav" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {views.map((candidate) => (
        <button
          key={candidate}
          ref={(element) => {
            if (element) refs.current.set(candidate, element);
          }}
          id={tabId(candidate)}
          type="button"
          role="tab"
          className="subnav__tab"
          aria-selected={candidate === view}
          aria-controls={panelId}
          tabIndex={candidate === view ? 0 : -1}
          onClick={() => onChange(candidate)}
        >
          {labels[candidate]}
        </button>
      ))}
    </div>
  );
}
