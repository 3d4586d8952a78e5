import { useEffect, useMemo, useRef, useState } from 'react';
import type { AgendaItem, Workshop } from '../../../../../shared/workshop';
import { useActions } from '../../../store/StoreContext';
import type { Say } from './facilitation-context';
import { parseAuthorPrefix } from './facilitator-format';

export const NOTE_BOX_LABEL = 'New note';

/**
 * The note box of a brainstorm: focused whenever the item opens, Enter adds the note and
 * keeps the box ready for the next. The author is chosen in the list beside it (Tab) or
 * by starting the note with "@name ".
 */
export function NoteCapture({ clientId, workshop, item, say, onReveal }: { clientId: string; workshop: Workshop; item: AgendaItem; say: Say; onReveal: () => void }) {
  const { addNote } = useActions();
  const [text, setText] = useState('');
  const [authorId, setAuthorId] = useState('');
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), [item.id]);

  // Counted once per change of the notes, not on every keystroke typed in the box.
  const notes = workshop.notes;
  const hidden = useMemo(() => notes.reduce((count, note) => (note.agendaItemId === item.id && note.hidden ? count + 1 : count), 0), [notes, item.id]);

  const submit = () => {
    const parsed = parseAuthorPrefix(text, workshop.participants);
    const outcome = addNote(clientId, workshop.id, { agendaItemId: item.id, text: parsed.text, authorParticipantId: parsed.authorId ?? (authorId || null) });
    if (outcome.ok) setText('');
    else say(outcome.message, 'refused');
  };

  return (
    <div className="facilitator__capture">
      <input
        ref={box}
        className="facilitator__note-box"
        aria-label={NOTE_BOX_LABEL}
        placeholder="Type a note and press Enter (start with @name to credit someone)"
        value={text}
        maxLength={5000}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            submit();
          } else if (event.key === 'ArrowDown' && text === '') {
            // Down from an empty box goes to the board, where notes are arranged by keyboard.
            event.preventDefault();
            box.current?.closest('.facilitator__body')?.querySelector<HTMLElement>('[data-note-board]')?.focus();
          }
        }}
      />
      <select className="facilitator__author" aria-label="Author" value={authorId} onChange={(event) => setAuthorId(event.target.value)}>
        <option value="">Anonymous</option>
        {workshop.participants.map((participant) => (
          <option key={participant.id} value={participant.id}>
            {participant.name}
          </option>
        ))}
      </select>
      {item.privateNotes || hidden > 0 ? (
        <div className="facilitator__private" role="status">
          <span>
            Private mode: <strong>{hidden}</strong> {hidden === 1 ? 'note' : 'notes'} hidden until the reveal
          </span>
          <button type="button" className="facilitator__button facilitator__button--primary" onClick={onReveal} disabled={hidden === 0} title="Alt+R">
            Reveal notes
          </button>
        </div>
      ) : null}
    </div>
  );
}
