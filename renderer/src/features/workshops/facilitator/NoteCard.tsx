import { memo, type DragEvent } from 'react';
import type { WorkshopNote } from '../../../../../shared/workshop';
import { GAP } from './board-layout';

export const NOTE_DRAG_TYPE = 'application/x-cairn-note';

/** What the pointer does with a note dropped on a card or a cluster heading. */
export type DropTarget = { clusterId: string | null; beforeNoteId: string | null };

interface Props {
  note: WorkshopNote;
  author: string;
  active: boolean;
  selected: boolean;
  top: number;
  column: number;
  columns: number;
  clusterId: string | null;
  /** Said after the note by assistive technology (the headings of the board are drawn, not announced). */
  clusterLabel: string;
  onPick: (id: string) => void;
  onDrop: (noteId: string, target: DropTarget) => void;
}

const dropped = (event: DragEvent) => event.dataTransfer.getData(NOTE_DRAG_TYPE);

/**
 * One note on the board, placed by its own offset so that cards keep their identity (and
 * skip rendering) when a note typed at the top pushes them along. Dragged onto another card
 * it takes that card's place, in that card's cluster.
 */
export const NoteCard = memo(function NoteCard({ note, author, active, selected, top, column, columns, clusterId, clusterLabel, onPick, onDrop }: Props) {
  const width = `calc((100% - ${(columns - 1) * GAP}px) / ${columns})`;
  return (
    <div
      id={`note-${note.id}`}
      role="option"
      aria-selected={selected}
      className="facilitator__note"
      data-active={active || undefined}
      draggable
      style={{ width, left: `calc(${column} * (${width} + ${GAP}px))`, transform: `translateY(${top}px)` }}
      onMouseDown={() => onPick(note.id)}
      onDragStart={(event) => {
        event.dataTransfer.setData(NOTE_DRAG_TYPE, note.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes(NOTE_DRAG_TYPE)) event.preventDefault();
      }}
      onDrop={(event) => {
        const id = dropped(event);
        if (!id || id === note.id) return;
        event.preventDefault();
        onDrop(id, { clusterId, beforeNoteId: note.id });
      }}
    >
      <p className="facilitator__note-text">{note.text}</p>
      {author ? <p className="facilitator__note-author">{author}</p> : null}
      <span className="visually-hidden">{clusterId === null ? ' · not yet clustered' : ` · in ${clusterLabel}`}</span>
    </div>
  );
});

/** A cluster heading also takes a dropped note, at the end of its cluster. */
export function dropOnHeading(clusterId: string | null, onDrop: (noteId: string, target: DropTarget) => void) {
  return {
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer.types.includes(NOTE_DRAG_TYPE)) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      const id = dropped(event);
      if (!id) return;
      event.preventDefault();
      onDrop(id, { clusterId, beforeNoteId: null });
    },
  };
}
