import { useState, type FormEvent } from 'react';
import { PHASES, PHASE_IDS, TRACK_IDS, TRACK_LABELS, type PhaseId, type TrackId } from '../../../../../shared/roadmap/roadmap-reference';
import { Dialog } from '../../../components/Dialog';
import { DialogActions } from '../../../components/DialogActions';
import { Field } from '../../../components/Field';
import './editor.css';

export interface NewInitiative {
  title: string;
  phase: PhaseId;
  track: TrackId;
}

/** A custom initiative: a title and its cell; the editor opens next for everything else. */
export function AddInitiativeDialog({ onAdd, onClose }: { onAdd: (fields: NewInitiative) => void; onClose: () => void }) {
  const [draft, setDraft] = useState<NewInitiative>({ title: '', phase: 'establish', track: 'internal' });
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.title.trim() === '') return setError('Give the initiative a title.');
    onAdd({ ...draft, title: draft.title.trim() });
  };
  return (
    <Dialog title="Add initiative" description="A custom initiative; fill in owner, timing and the rest in the editor that opens next." onClose={onClose} size="small">
      <form className="form" onSubmit={submit} noValidate>
        <Field label="Title" error={error}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input"
              autoFocus
              aria-invalid={invalid}
              aria-describedby={describedBy}
              value={draft.title}
              onChange={(event) => {
                setDraft({ ...draft, title: event.target.value });
                setError(null);
              }}
            />
          )}
        </Field>
        <Field label="Phase">
          {({ id }) => (
            <select id={id} className="select" value={draft.phase} onChange={(event) => setDraft({ ...draft, phase: PHASE_IDS.find((phase) => phase === event.target.value) ?? 'establish' })}>
              {PHASES.map((phase) => (
                <option key={phase.id} value={phase.id}>
                  {phase.number}. {phase.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Track">
          {({ id }) => (
            <select id={id} className="select" value={draft.track} onChange={(event) => setDraft({ ...draft, track: TRACK_IDS.find((track) => track === event.target.value) ?? 'internal' })}>
              {TRACK_IDS.map((track) => (
                <option key={track} value={track}>
                  {TRACK_LABELS[track]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DialogActions submitLabel="Add and edit" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
