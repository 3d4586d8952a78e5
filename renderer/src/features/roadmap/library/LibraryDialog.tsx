import { useMemo, useState } from 'react';
import { Check, Search } from 'lucide-react';
import type { Client } from '../../../../../shared/domain/client';
import { COMMUNITY_MATURITY_MODEL } from '../../../../../shared/frameworks/builtin/community-maturity-model';
import { INITIATIVE_LIBRARY } from '../../../../../shared/roadmap/initiative-library';
import type { InitiativeLibraryItem } from '../../../../../shared/roadmap/initiative-library-schema';
import { PHASES, TRACK_IDS, TRACK_LABELS } from '../../../../../shared/roadmap/roadmap-reference';
import { Dialog } from '../../../components/Dialog';
import { useActions } from '../../../store/StoreContext';
import './library.css';

const competencyName = (id: string) => COMMUNITY_MATURITY_MODEL.competencies.find((competency) => competency.id === id)?.name ?? id;
const matches = (item: InitiativeLibraryItem, words: string[]) => {
  const text = [item.title, item.description, item.ownerRole, ...item.competencyIds.map(competencyName)].join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
};

/** The initiative library by phase and track: search, tick one or several, add them to the roadmap. */
export function LibraryDialog({ client, engagementId, onClose }: { client: Client; engagementId: string | null; onClose: () => void }) {
  const { addFromLibrary } = useActions();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const onRoadmap = useMemo(() => new Set(client.initiatives.flatMap((initiative) => (initiative.libraryId ? [initiative.libraryId] : []))), [client.initiatives]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const visible = INITIATIVE_LIBRARY.filter((item) => matches(item, words));
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const add = () => {
    addFromLibrary(
      client.id,
      INITIATIVE_LIBRARY.filter((item) => chosen.has(item.id)),
      engagementId,
    );
    onClose();
  };

  return (
    <Dialog
      title="Initiative library"
      description="The activities of the four phases and the six moves from stage 1 to stage 2. Tick the ones to add; each lands in its phase and track."
      onClose={onClose}
      size="large"
      footer={
        <>
          <span className="rm-library__count" aria-live="polite">
            {chosen.size === 0 ? 'Nothing selected' : `${chosen.size} selected`}
          </span>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn--primary" disabled={chosen.size === 0} onClick={add}>
            Add to roadmap
          </button>
        </>
      }
    >
      <div className="search rm-library__search">
        <Search size={14} className="search__icon" aria-hidden="true" />
        <input className="search__input" type="search" aria-label="Search the library" placeholder="Search by title, competency or role" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      <div className="rm-library">
        {visible.length === 0 ? <p className="empty-hint">No library initiative matches “{query}”.</p> : null}
        {PHASES.map((phase) =>
          TRACK_IDS.map((track) => {
            const items = visible.filter((item) => item.phase === phase.id && item.track === track);
            if (items.length === 0) return null;
            return (
              <fieldset key={`${phase.id}:${track}`} className="rm-library__group">
                <legend className="rm-library__legend">
                  Phase {phase.number} · {phase.name} <span className="rm-library__track">{TRACK_LABELS[track]}</span>
                </legend>
                {items.map((item) => {
                  const added = onRoadmap.has(item.id);
                  const descriptionId = `library-${item.id}-description`;
                  return (
                    <label key={item.id} className={`rm-library__item${added ? ' rm-library__item--added' : ''}`}>
                      <input type="checkbox" checked={chosen.has(item.id)} aria-describedby={descriptionId} onChange={(event) => toggle(item.id, event.target.checked)} />
                      <span className="rm-library__text">
                        <span className="rm-library__title">
                          {item.title}
                          {item.stageOneMoveId ? <span className="badge badge--leader">Stage 1 → 2 move</span> : null}
                          {added ? (
                            <span className="badge badge--accent">
                              <Check size={11} aria-hidden="true" /> On the roadmap
                            </span>
                          ) : null}
                        </span>
                        <span id={descriptionId} className="rm-library__description">
                          {item.description}
                          <span className="rm-library__facts">
                            Lifts {item.competencyIds.map(competencyName).join(', ')} · Owner: {item.ownerRole}
                          </span>
                        </span>
                      </span>
                    </label>
                  );
                })}
              </fieldset>
            );
          }),
        )}
      </div>
    </Dialog>
  );
}
