import { useCallback, useState } from 'react';
import { Library, Lightbulb, Map as MapIcon, Plus } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { EmptyState } from '../../components/EmptyState';
import { useActions } from '../../store/StoreContext';
import { RoadmapBoard } from './board/RoadmapBoard';
import { ROADMAP_PANEL_ID, RoadmapSubnav, roadmapTabId, type RoadmapView } from './board/RoadmapSubnav';
import { AddInitiativeDialog, type NewInitiative } from './editor/AddInitiativeDialog';
import { InitiativeEditorDialog } from './editor/InitiativeEditorDialog';
import { LibraryDialog } from './library/LibraryDialog';
import { SuggestionsDialog } from './library/SuggestionsDialog';
import { useGapSuggestions } from './library/useGapSuggestions';
import { ImpactEffortView } from './views/ImpactEffortView';
import { InitiativeTableView } from './views/InitiativeTableView';
import { TimelineView } from './views/TimelineView';
import './roadmap.css';

type Open = null | { kind: 'add' } | { kind: 'library' } | { kind: 'suggestions' } | { kind: 'edit'; id: string };

/** The engagement new initiatives belong to: the newest active one, else none. */
const currentEngagementId = (client: Client): string | null =>
  [...client.engagements].filter((engagement) => engagement.status === 'active').sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''))[0]?.id ?? null;

/** The Roadmap tab: board, timeline, matrix and table of the same initiatives, with the library and gap suggestions. */
export function RoadmapTab({ client }: { client: Client }) {
  const { addInitiative } = useActions();
  const [view, setView] = useState<RoadmapView>('board');
  const [open, setOpen] = useState<Open>(null);
  const suggestions = useGapSuggestions(client);
  const suggestionCount = suggestions.status === 'ready' ? suggestions.suggestions.length : 0;
  const engagementId = currentEngagementId(client);
  const close = useCallback(() => setOpen(null), []);
  const openEditor = useCallback((id: string) => setOpen({ kind: 'edit', id }), []);

  const add = (fields: NewInitiative) => {
    const id = addInitiative(client.id, { ...fields, engagementId });
    setOpen(id ? { kind: 'edit', id } : null);
  };

  return (
    <div className="roadmap">
      <div className="roadmap__bar">
        <RoadmapSubnav view={view} onChange={setView} />
        <div className="toolbar roadmap__actions">
          <button type="button" className="btn btn--primary" onClick={() => setOpen({ kind: 'add' })}>
            <Plus size={14} aria-hidden="true" />
            Add initiative
          </button>
          <button type="button" className="btn" onClick={() => setOpen({ kind: 'library' })}>
            <Library size={14} aria-hidden="true" />
            From library
          </button>
          <button type="button" className="btn" aria-label={`Suggestions (${suggestionCount})`} onClick={() => setOpen({ kind: 'suggestions' })}>
            <Lightbulb size={14} aria-hidden="true" />
            Suggestions
            <span className={`rm-count${suggestionCount > 0 ? ' rm-count--on' : ''}`} aria-hidden="true">
              {suggestionCount}
            </span>
          </button>
        </div>
      </div>

      <div id={ROADMAP_PANEL_ID} role="tabpanel" aria-labelledby={roadmapTabId(view)} className="roadmap__panel">
        {view === 'board' ? (
          <>
            {client.initiatives.length === 0 ? (
              <EmptyState
                icon={<MapIcon size={28} />}
                title="No initiatives yet"
                action={
                  suggestionCount > 0 ? (
                    <button type="button" className="btn btn--primary" onClick={() => setOpen({ kind: 'suggestions' })}>
                      <Lightbulb size={14} aria-hidden="true" />
                      See {suggestionCount} suggestions from the gaps
                    </button>
                  ) : undefined
                }
              >
                Start from the gaps of the latest assessment, pick activities from the library, or write your own. Drag cards between phases, or focus one and press Alt with an arrow key.
              </EmptyState>
            ) : null}
            <RoadmapBoard client={client} onOpen={openEditor} />
          </>
        ) : view === 'timeline' ? (
          <TimelineView client={client} />
        ) : view === 'matrix' ? (
          <ImpactEffortView client={client} />
        ) : (
          <InitiativeTableView client={client} />
        )}
      </div>

      {open?.kind === 'add' ? <AddInitiativeDialog onAdd={add} onClose={close} /> : null}
      {open?.kind === 'library' ? <LibraryDialog client={client} engagementId={engagementId} onClose={close} /> : null}
      {open?.kind === 'suggestions' ? <SuggestionsDialog client={client} suggestions={suggestions} engagementId={engagementId} onClose={close} /> : null}
      {open?.kind === 'edit' ? <InitiativeEditorDialog client={client} initiativeId={open.id} onClose={close} /> : null}
    </div>
  );
}
