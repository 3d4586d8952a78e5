import { Subnav } from '../../../components/Subnav';
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

/** Secondary tabs inside the Roadmap tab. */
export function RoadmapSubnav({ view, onChange }: { view: RoadmapView; onChange: (view: RoadmapView) => void }) {
  return (
    <Subnav views={ROADMAP_VIEWS} labels={ROADMAP_VIEW_LABELS} view={view} onChange={onChange} label="Roadmap views" tabId={roadmapTabId} panelId={ROADMAP_PANEL_ID} />
  );
}
