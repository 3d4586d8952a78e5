import { memo, type KeyboardEvent } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardMove } from '../../../store/roadmap.slice';
import { InitiativeCard, type CardFacts } from './InitiativeCard';

const ALT_MOVES: Record<string, KeyboardMove> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

interface SortableInitiativeCardProps extends CardFacts {
  onOpen: (id: string) => void;
  onMove: (id: string, direction: KeyboardMove) => void;
}

/**
 * A card dnd-kit can move (mouse, or Space then arrows with announcements), plus shortcuts
 * that need no drag mode: Alt+←/→ to the next phase, Alt+↑/↓ within and across the rows,
 * Enter to open the editor.
 */
export const SortableInitiativeCard = memo(function SortableInitiativeCard({ onOpen, onMove, ...facts }: SortableInitiativeCardProps) {
  const { id } = facts.initiative;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id,
    attributes: { roleDescription: 'draggable initiative' },
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = ALT_MOVES[event.key];
    if (move && event.altKey && !isDragging) {
      event.preventDefault();
      onMove(id, move);
      return;
    }
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      onOpen(id);
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  return (
    <InitiativeCard
      {...facts}
      {...attributes}
      {...listeners}
      cardRef={setNodeRef}
      aria-label={facts.initiative.title}
      dragging={isDragging}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(id)}
    />
  );
});
