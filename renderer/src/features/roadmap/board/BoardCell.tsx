import { memo, useMemo, useState } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { PhaseId, TrackId } from '../../../../../shared/roadmap/roadmap-reference';
import type { KeyboardMove } from '../../../store/roadmap.slice';
import type { CardView } from './board.selectors';
import { SortableInitiativeCard } from './SortableInitiativeCard';
import { cellDropId } from './roadmap-format';
import { CELL_WINDOW } from './cell-window';

export { CELL_WINDOW };

const NO_ITEMS: string[] = [];

interface BoardCellProps {
  phase: PhaseId;
  track: TrackId;
  label: string;
  cards: readonly CardView[];
  /** A drag is under way: only then do the cards form a sortable list (see below). */
  sorting: boolean;
  /** A card just moved here: shown even when it landed past the window. */
  revealId: string | null;
  onOpen: (id: string) => void;
  onMove: (id: string, direction: KeyboardMove) => void;
}

/**
 * One phase × track cell: a drop target and a list of cards, windowed to its first
 * CELL_WINDOW cards (more on request, or as far as a card moved into it). Outside a drag the
 * sortable list is empty and so never changes: a move that renumbers the other cards of the
 * cell does not re-render them; they become sortable when a drag starts.
 */
export const BoardCell = memo(function BoardCell({ phase, track, label, cards, sorting, revealId, onOpen, onMove }: BoardCellProps) {
  const { setNodeRef, isOver } = useDroppable({ id: cellDropId(phase, track) });
  const [limit, setLimit] = useState(CELL_WINDOW);
  const [expanded, setExpanded] = useState(false);
  const revealIndex = revealId === null ? -1 : cards.findIndex((card) => card.id === revealId);
  // A card moved past the window widens it (state derived while rendering, as React recommends).
  if (revealIndex >= limit) setLimit(revealIndex + 1);
  const shown = useMemo(() => (expanded ? cards : cards.slice(0, Math.max(limit, revealIndex + 1))), [cards, expanded, limit, revealIndex]);
  const items = useMemo(() => (sorting ? shown.map((card) => card.id) : NO_ITEMS), [shown, sorting]);
  const hidden = cards.length - shown.length;
  return (
    <section ref={setNodeRef} className={`rm-cell${isOver ? ' rm-cell--over' : ''}`} aria-label={label} data-cell={`${phase}:${track}`}>
      <SortableContext id={`sort:${phase}:${track}`} items={items} strategy={verticalListSortingStrategy}>
        {shown.map((card) => (
          <SortableInitiativeCard key={card.id} card={card} onOpen={onOpen} onMove={onMove} />
        ))}
      </SortableContext>
      {cards.length === 0 ? <p className="rm-cell__empty">Drop initiatives here</p> : null}
      {hidden > 0 ? (
        <button type="button" className="btn btn--ghost rm-cell__more" onClick={() => setExpanded(true)}>
          Show all {cards.length} initiatives
          <span className="rm-cell__more-count">{hidden} more</span>
        </button>
      ) : expanded && cards.length > CELL_WINDOW ? (
        <button
          type="button"
          className="btn btn--ghost rm-cell__more"
          onClick={() => {
            setExpanded(false);
            setLimit(CELL_WINDOW);
          }}
        >
          Show the first {CELL_WINDOW}
        </button>
      ) : null}
    </section>
  );
});
