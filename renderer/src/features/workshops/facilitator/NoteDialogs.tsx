import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { clustersOf, type AgendaItem, type NoteCluster, type Workshop, type WorkshopNote } from '../../../../../shared/workshop';
import { Dialog } from '../../../components/Dialog';
import { useActions } from '../../../store/StoreContext';
import type { Say } from './facilitation-context';

export type NoteDialog =
  | { kind: 'edit'; note: WorkshopNote }
  | { kind: 'move'; noteIds: string[] }
  | { kind: 'group'; noteIds: string[] }
  | { kind: 'rename'; cluster: NoteCluster };

interface Props {
  clientId: string;
  workshop: Workshop;
  item: AgendaItem;
  dialog: NoteDialog;
  onClose: () => void;
  onDone: () => void;
  say: Say;
}

/** The small forms the board opens: edit a note, move notes, name a new cluster, rename one. */
export function NoteDialogs({ clientId, workshop, item, dialog, onClose, onDone, say }: Props) {
  const actions = useActions();
  const finish = (outcome: { ok: boolean; message?: string }, done: string) => {
    if (!outcome.ok) {
      say(outcome.message ?? 'That did not work.', 'refused');
      return;
    }
    say(done);
    onDone();
    onClose();
  };

  if (dialog.kind === 'edit') {
    return (
      <EditNote
        note={dialog.note}
        workshop={workshop}
        onClose={onClose}
        onSave={(text, author) => finish(actions.editNote(clientId, workshop.id, { noteId: dialog.note.id, text, authorParticipantId: author }), 'Note changed.')}
      />
    );
  }
  if (dialog.kind === 'move') {
    const clusters = clustersOf(workshop, item.id);
    const moveAll = (clusterId: string | null) => {
      for (const noteId of dialog.noteIds) {
        const outcome = actions.moveNote(clientId, workshop.id, { noteId, clusterId });
        if (!outcome.ok) return finish(outcome, '');
      }
      finish({ ok: true }, dialog.noteIds.length === 1 ? 'Note moved.' : `${dialog.noteIds.length} notes moved.`);
    };
    const choices: { key: string; label: string; clusterId: string | null }[] = [
      { key: '0', label: 'Not yet clustered', clusterId: null },
      ...clusters.slice(0, 9).map((cluster, index) => ({ key: String(index + 1), label: cluster.label, clusterId: cluster.id })),
    ];
    return (
      <Dialog title={dialog.noteIds.length === 1 ? 'Move the note to…' : `Move ${dialog.noteIds.length} notes to…`} description="Press a number, or choose." onClose={onClose} size="small">
        <div
          className="facilitator__choices"
          role="group"
          aria-label="Clusters"
          onKeyDown={(event: KeyboardEvent) => {
            const choice = choices.find((entry) => entry.key === event.key);
            if (choice) {
              event.preventDefault();
              moveAll(choice.clusterId);
            }
          }}
        >
          {choices.map((choice) => (
            <button key={choice.key} type="button" className="button" onClick={() => moveAll(choice.clusterId)}>
              <kbd>{choice.key}</kbd> {choice.label}
            </button>
          ))}
          <button type="button" className="button" onClick={() => onClose()}>
            Cancel
          </button>
        </div>
      </Dialog>
    );
  }
  if (dialog.kind === 'group') {
    return (
      <LabelPrompt
        title={dialog.noteIds.length === 1 ? 'New cluster for the note' : `New cluster for ${dialog.noteIds.length} notes`}
        initial=""
        onClose={onClose}
        onSave={(label) => finish(actions.groupNotes(clientId, workshop.id, { label, noteIds: dialog.noteIds }), `Cluster “${label.trim()}” made.`)}
      />
    );
  }
  return (
    <LabelPrompt
      title="Rename the cluster"
      initial={dialog.cluster.label}
      onClose={onClose}
      onSave={(label) => finish(actions.renameCluster(clientId, workshop.id, { clusterId: dialog.cluster.id, label }), 'Cluster renamed.')}
    />
  );
}

function LabelPrompt({ title, initial, onClose, onSave }: { title: string; initial: string; onClose: () => void; onSave: (label: string) => void }) {
  const [label, setLabel] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(label);
  };
  return (
    <Dialog title={title} onClose={onClose} size="small">
      <form onSubmit={submit} className="facilitator__form">
        <label className="field__label" htmlFor="facilitator-cluster-label">
          Cluster label
        </label>
        <input id="facilitator-cluster-label" className="input" value={label} maxLength={200} onChange={(event) => setLabel(event.target.value)} />
        <div className="button-row">
          <button type="submit" className="button button-primary">
            Save
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function EditNote({ note, workshop, onClose, onSave }: { note: WorkshopNote; workshop: Workshop; onClose: () => void; onSave: (text: string, author: string | null) => void }) {
  const [text, setText] = useState(note.text);
  const [author, setAuthor] = useState(note.authorParticipantId ?? '');
  return (
    <Dialog title="Edit the note" description="Enter saves; Shift+Enter starts a new line." onClose={onClose} size="small">
      <form
        className="facilitator__form"
        onSubmit={(event) => {
          event.preventDefault();
          onSave(text, author || null);
        }}
      >
        <label className="field__label" htmlFor="facilitator-note-text">
          Note
        </label>
        <textarea
          id="facilitator-note-text"
          className="input"
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              onSave(text, author || null);
            }
          }}
        />
        <label className="field__label" htmlFor="facilitator-note-author">
          Author
        </label>
        <select id="facilitator-note-author" className="input" value={author} onChange={(event) => setAuthor(event.target.value)}>
          <option value="">Anonymous</option>
          {workshop.participants.map((participant) => (
            <option key={participant.id} value={participant.id}>
              {participant.name}
            </option>
          ))}
        </select>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            Save
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
