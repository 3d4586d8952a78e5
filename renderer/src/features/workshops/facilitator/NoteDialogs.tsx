import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { countOf } from '../../../../../shared/format/plural';
import { clustersOf, type AgendaItem, type NoteCluster, type Workshop, type WorkshopNote } from '../../../../../shared/workshop';
import { Dialog } from '../../../components/Dialog';
import { DialogActions } from '../../../components/DialogActions';
import { Field } from '../../../components/Field';
import { useActions } from '../../../store/StoreContext';
import type { Say } from './facilitation-context';
import { ListboxSelect } from './ListboxSelect';

export type NoteDialog =
  | { kind: 'edit'; note: WorkshopNote }
  | { kind: 'move'; noteIds: string[] }
  | { kind: 'group'; noteIds: string[] }
  | { kind: 'rename'; cluster: NoteCluster }
  | { kind: 'merge-cluster'; cluster: NoteCluster };

interface Props {
  clientId: string;
  workshop: Workshop;
  item: AgendaItem;
  dialog: NoteDialog;
  onClose: () => void;
  onDone: () => void;
  say: Say;
}

type Choice = { key: string; label: string; clusterId: string | null };

/** The small forms the board opens: edit a note, move notes, name a new cluster, rename or merge one. */
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
  const clusters = clustersOf(workshop, item.id);
  if (dialog.kind === 'move') {
    const moveAll = (clusterId: string | null) => {
      for (const noteId of dialog.noteIds) {
        const outcome = actions.moveNote(clientId, workshop.id, { noteId, clusterId });
        if (!outcome.ok) return finish(outcome, '');
      }
      finish({ ok: true }, `${dialog.noteIds.length === 1 ? 'Note' : countOf(dialog.noteIds.length, 'note')} moved.`);
    };
    const choices: Choice[] = [
      { key: '0', label: 'Out of any cluster', clusterId: null },
      ...clusters.slice(0, 9).map((cluster, index) => ({ key: String(index + 1), label: cluster.label, clusterId: cluster.id })),
    ];
    return <Choices title={dialog.noteIds.length === 1 ? 'Move the note to…' : `Move ${countOf(dialog.noteIds.length, 'note')} to…`} choices={choices} onChoose={moveAll} onClose={onClose} />;
  }
  if (dialog.kind === 'merge-cluster') {
    const from = dialog.cluster;
    const choices: Choice[] = clusters
      .filter((cluster) => cluster.id !== from.id)
      .slice(0, 9)
      .map((cluster, index) => ({ key: String(index + 1), label: cluster.label, clusterId: cluster.id }));
    if (choices.length === 0) {
      return (
        <Dialog title={`Merge “${from.label}” into…`} description="There is no other cluster yet: press G on a note to make one." onClose={onClose} size="small">
          <div className="dialog__footer dialog__footer--inline">
            <button type="button" className="btn btn--primary" onClick={onClose}>
              Close
            </button>
          </div>
        </Dialog>
      );
    }
    return (
      <Choices
        title={`Merge “${from.label}” into…`}
        choices={choices}
        onChoose={(intoId) => intoId && finish(actions.mergeClusters(clientId, workshop.id, { fromId: from.id, intoId }), `“${from.label}” merged into “${clusters.find((cluster) => cluster.id === intoId)?.label ?? ''}”.`)}
        onClose={onClose}
      />
    );
  }
  if (dialog.kind === 'group') {
    return (
      <LabelPrompt
        title={dialog.noteIds.length === 1 ? 'New cluster for the note' : `New cluster for ${countOf(dialog.noteIds.length, 'note')}`}
        submitLabel="Make cluster"
        initial=""
        onClose={onClose}
        onSave={(label) => finish(actions.groupNotes(clientId, workshop.id, { label, noteIds: dialog.noteIds }), `Cluster “${label.trim()}” made.`)}
      />
    );
  }
  return (
    <LabelPrompt
      title="Rename the cluster"
      submitLabel="Rename"
      initial={dialog.cluster.label}
      onClose={onClose}
      onSave={(label) => finish(actions.renameCluster(clientId, workshop.id, { clusterId: dialog.cluster.id, label }), 'Cluster renamed.')}
    />
  );
}

/** Numbered choices: a digit picks at once, or Tab to one and Enter. */
function Choices({ title, choices, onChoose, onClose }: { title: string; choices: Choice[]; onChoose: (clusterId: string | null) => void; onClose: () => void }) {
  return (
    <Dialog title={title} description="Press a number, or choose." onClose={onClose} size="small">
      <div
        className="facilitator__choices"
        role="group"
        aria-label="Clusters"
        onKeyDown={(event: KeyboardEvent) => {
          const choice = choices.find((entry) => entry.key === event.key);
          if (choice) {
            event.preventDefault();
            onChoose(choice.clusterId);
          }
        }}
      >
        {choices.map((choice) => (
          <button key={choice.key} type="button" className="btn facilitator__choice" onClick={() => onChoose(choice.clusterId)}>
            <kbd>{choice.key}</kbd> {choice.label}
          </button>
        ))}
      </div>
      <div className="dialog__footer dialog__footer--inline">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}

function LabelPrompt({ title, submitLabel, initial, onClose, onSave }: { title: string; submitLabel: string; initial: string; onClose: () => void; onSave: (label: string) => void }) {
  const [label, setLabel] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(label);
  };
  return (
    <Dialog title={title} onClose={onClose} size="small">
      <form onSubmit={submit} className="facilitator__form">
        <Field label="Cluster label">{({ id }) => <input id={id} className="input" value={label} maxLength={200} onChange={(event) => setLabel(event.target.value)} />}</Field>
        <DialogActions submitLabel={submitLabel} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function EditNote({ note, workshop, onClose, onSave }: { note: WorkshopNote; workshop: Workshop; onClose: () => void; onSave: (text: string, author: string | null) => void }) {
  const [text, setText] = useState(note.text);
  const [author, setAuthor] = useState(note.authorParticipantId ?? '');
  const authors = [{ value: '', label: 'Anonymous' }, ...workshop.participants.map((participant) => ({ value: participant.id, label: participant.name }))];
  return (
    <Dialog title="Edit the note" description="Enter saves; Shift+Enter starts a new line." onClose={onClose} size="small">
      <form
        className="facilitator__form"
        onSubmit={(event) => {
          event.preventDefault();
          onSave(text, author || null);
        }}
      >
        <Field label="Note">
          {({ id }) => (
            <textarea
              id={id}
              className="textarea"
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
          )}
        </Field>
        <div className="field">
          <span className="field__label" aria-hidden>
            Author
          </span>
          <ListboxSelect label="Author" value={author} options={authors} onChange={setAuthor} />
        </div>
        <DialogActions submitLabel="Save" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
