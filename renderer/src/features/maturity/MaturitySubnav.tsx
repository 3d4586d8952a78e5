import { Subnav } from '../../components/Subnav';
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

/** Secondary tabs inside the Maturity tab. */
export function MaturitySubnav({ view, onChange }: { view: MaturityView; onChange: (view: MaturityView) => void }) {
  return (
    <Subnav views={MATURITY_VIEWS} labels={MATURITY_VIEW_LABELS} view={view} onChange={onChange} label="Maturity views" tabId={maturityTabId} panelId={MATURITY_PANEL_ID} />
  );
}
