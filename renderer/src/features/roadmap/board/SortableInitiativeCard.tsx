import { memo, useCallback, type KeyboardEvent } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardMove } from '../../../store/roadmap.slice';
import type { CardView } from './board.selectors';
import { InitiativeCard } from './InitiativeCard';

const ALT_MOVES: Record<string, KeyboardMove> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const SORTABLE_ATTRIBUTES = { roleDescription: 'draggable initiative' };

interface SortableInitiativeCardProps {
  card: CardView;
  onOpen: (id: string) => void;
  onMove: (id: string, direction: KeyboardMove) => void;
}

/**
 * A card dnd-kit can move (mouse, or Space then arrows with announcements), plus shortcuts
 * that need no drag mode: Alt+←/→ to the next phase, Alt+↑/↓ within and across the rows,
 * Enter to open the editor. Its content is memoized apart (CardContent), so when the sortable
 * list around it changes during a drag only this thin wrapper renders again.
 */
export const SortableInitiativeCard = memo(function SortableInitiativeCard({ card, onOpen, onMove }: SortableInitiativeCardProps) {
  const { id } = card;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id, attributes: SORTABLE_ATTRIBUTES });
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
  const onClick = useCallback(() => onOpen(id), [id, onOpen]);
  return (
    <InitiativeCard
      card={card}
      {...attributes}
      {...listeners}
      cardRef={setNodeRef}
      aria-label={card.title}
      dragging={isDragging}
      style={transform || transition ? { transform: CSS.Translate.toString(transform), transition } : undefined}
      onKeyDown={onKeyDown}
      onClick={onClick}
    />
  );
});
