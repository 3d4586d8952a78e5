import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { PhaseId, TrackId } from '../../../../../shared/roadmap/roadmap-reference';
import type { KeyboardMove } from '../../../store/roadmap.slice';
import type { CardFacts } from './InitiativeCard';
import { SortableInitiativeCard } from './SortableInitiativeCard';
import { cellDropId } from './roadmap-format';

interface BoardCellProps {
  phase: PhaseId;
  track: TrackId;
  label: string;
  cards: readonly CardFacts[];
  onOpen: (id: string) => void;
  onMove: (id: string, direction: KeyboardMove) => void;
}

/** One phase × track cell: a drop target and a sortable list of cards. */
export const BoardCell = memo(function BoardCell({ phase, track, label, cards, onOpen, onMove }: BoardCellProps) {
  const { setNodeRef, isOver } = useDroppable({ id: cellDropId(phase, track) });
  const ids = cards.map((card) => card.initiative.id);
  return (
    <section ref={setNodeRef} className={`rm-cell${isOver ? ' rm-cell--over' : ''}`} aria-label={label} data-cell={`${phase}:${track}`}>
      <SortableContext id={`sort:${phase}:${track}`} items={ids} strategy={verticalListSortingStrategy}>
        {cards.map((card) => (
          <SortableInitiativeCard key={card.initiative.id} {...card} onOpen={onOpen} onMove={onMove} />
        ))}
      </SortableContext>
      {cards.length === 0 ? <p className="rm-cell__empty">Drop initiatives here</p> : null}
    </section>
  );
});
