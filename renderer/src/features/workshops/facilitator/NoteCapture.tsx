import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { countOf } from '../../../../../shared/format/plural';
import { parseMentionPrefix, type WorkshopNote, type WorkshopParticipant } from '../../../../../shared/workshop';
import { useActions } from '../../../store/StoreContext';
import type { Say } from './facilitation-context';
import { ListboxSelect } from './ListboxSelect';

export const NOTE_BOX_LABEL = 'New note';

interface Props {
  clientId: string;
  workshopId: string;
  itemId: string;
  privateNotes: boolean;
  notes: readonly WorkshopNote[];
  participants: readonly WorkshopParticipant[];
  say: Say;
  onReveal: () => void;
}

/**
 * The note box of a brainstorm: focused whenever the item opens, Enter adds the note and
 * keeps the box ready for the next. The box is uncontrolled: a key typed into it renders
 * nothing at all (issue 14); the text reaches the store on Enter only. The author is chosen
 * in the list beside it (Tab) or by starting the note with "@name " (case and accents
 * ignored, so "@francois" credits François).
 */
export const NoteCapture = memo(function NoteCapture({ clientId, workshopId, itemId, privateNotes, notes, participants, say, onReveal }: Props) {
  const { addNote } = useActions();
  const [authorId, setAuthorId] = useState('');
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), [itemId]);

  // Counted once per change of the notes, not on every keystroke typed in the box.
  const hidden = useMemo(() => notes.reduce((count, note) => (note.agendaItemId === itemId && note.hidden ? count + 1 : count), 0), [notes, itemId]);
  const authors = useMemo(() => [{ value: '', label: 'Anonymous' }, ...participants.map((participant) => ({ value: participant.id, label: participant.name }))], [participants]);

  const submit = (input: HTMLInputElement) => {
    const parsed = parseMentionPrefix(input.value, participants);
    const outcome = addNote(clientId, workshopId, { agendaItemId: itemId, text: parsed.text, authorParticipantId: parsed.authorId ?? (authorId || null) });
    if (outcome.ok) input.value = '';
    else say(outcome.message, 'refused');
  };

  return (
    <div className="facilitator__capture">
      <input
        ref={box}
        className="facilitator__note-box"
        aria-label={NOTE_BOX_LABEL}
        placeholder="Type a note, press Enter (@name credits it)"
        defaultValue=""
        maxLength={5000}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            submit(event.currentTarget);
          } else if (event.key === 'ArrowDown' && event.currentTarget.value === '') {
            // Down from an empty box goes to the board, where notes are arranged by keyboard.
            event.preventDefault();
            box.current?.closest('.facilitator__body')?.querySelector<HTMLElement>('[data-note-board]')?.focus();
          }
        }}
      />
      <ListboxSelect className="facilitator__author" label="Author" value={authorId} options={authors} onChange={setAuthorId} />
      {privateNotes || hidden > 0 ? (
        <div className="facilitator__private" role="status">
          <span>
            Private mode: <strong>{countOf(hidden, 'note')}</strong> hidden until the reveal
          </span>
          <button type="button" className="btn btn--primary facilitator__button" onClick={onReveal} disabled={hidden === 0} aria-keyshortcuts="Alt+R">
            Reveal notes
          </button>
        </div>
      ) : null}
    </div>
  );
});
