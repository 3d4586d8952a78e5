import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { CLIENT_TABS, type ClientTab } from '../../store/ui.slice';

export const TAB_LABELS: Record<ClientTab, string> = {
  overview: 'Overview',
  departments: 'Departments',
  stakeholders: 'Stakeholders',
  organization: 'Organization',
  engagements: 'Engagements',
  workshops: 'Workshops',
  maturity: 'Maturity',
  'ten-stages': 'Ten stages',
  audit: 'Audit',
  'first-moves': 'First moves',
  roadmap: 'Roadmap',
  kpis: 'KPIs',
  history: 'History',
};

interface ClientTabsProps {
  tab: ClientTab;
  counts: Partial<Record<ClientTab, number>>;
  onChange: (tab: ClientTab) => void;
  children: ReactNode;
}

export const tabId = (tab: ClientTab) => `client-tab-${tab}`;
export const panelId = (tab: ClientTab) => `client-panel-${tab}`;

/** WAI-ARIA tabs with automatic activation: arrows, Home and End move and select. */
export function ClientTabs({ tab, counts, onChange, children }: ClientTabsProps) {
  const refs = useRef(new Map<ClientTab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const index = CLIENT_TABS.indexOf(tab);
    const last = CLIENT_TABS.length - 1;
    const targets: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = CLIENT_TABS[targets[event.key] ?? -1];
    if (!next) return;
    event.preventDefault();
    onChange(next);
    refs.current.get(next)?.focus();
  };

  return (
    <>
      <div className="tabs" role="tablist" aria-label="Client sections" onKeyDown={onKeyDown}>
        {CLIENT_TABS.map((candidate) => (
          <button
            key={candidate}
            ref={(element) => {
              if (element) refs.current.set(candidate, element);
            }}
            id={tabId(candidate)}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={candidate === tab}
            aria-controls={panelId(candidate)}
            tabIndex={candidate === tab ? 0 : -1}
            onClick={() => onChange(candidate)}
          >
            {TAB_LABELS[candidate]}
            {counts[candidate] !== undefined ? (
              <span className="tabs__count" aria-hidden="true">
                {counts[candidate]}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} tabIndex={-1}>
        {children}
      </div>
    </>
  );
}
