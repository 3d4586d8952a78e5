import type { ReactNode } from 'react';
import type { ClientTab } from '../../store/ui.slice';
import { Tabs } from '../../components/Tabs';
import { SECTION_GROUPS, TAB_LABELS } from './client-sections';
import './client-nav.css';

export { TAB_LABELS } from './client-sections';

interface ClientTabsProps {
  tab: ClientTab;
  counts: Partial<Record<ClientTab, number>>;
  onChange: (tab: ClientTab) => void;
  children: ReactNode;
}

export const tabId = (tab: ClientTab) => `client-tab-${tab}`;
export const panelId = (tab: ClientTab) => `client-panel-${tab}`;

/**
 * The client's sections as one vertical tab list in groups (Client · Assess · Plan · Engage ·
 * History) beside the open section; the title bar's breadcrumb names where the consultant is.
 * Opening a section moves no focus into it: the page stays at its top.
 */
export function ClientTabs({ tab, counts, onChange, children }: ClientTabsProps) {
  const groups = SECTION_GROUPS.map((group) => ({
    label: group.label,
    items: group.sections.map((section) => ({ value: section, label: TAB_LABELS[section], count: counts[section] })),
  }));
  return (
    <div className="client-nav">
      <div className="client-nav__rail">
        <Tabs groups={groups} value={tab} onChange={onChange} label="Client sections" tabId={tabId} panelId={panelId} orientation="vertical" />
      </div>
      <div className="client-nav__main">
        <div className="tab-panel" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} tabIndex={-1}>
          {children}
        </div>
      </div>
    </div>
  );
}
