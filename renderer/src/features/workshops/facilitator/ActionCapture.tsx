import { useId, useState, type FormEvent } from 'react';
import type { Client } from '../../../../../shared/domain/client';
import { ACTION_STATUSES, type ActionStatus, type Workshop } from '../../../../../shared/workshop';
import { Dialog } from '../../../components/Dialog';
import { DialogActions } from '../../../components/DialogActions';
import { useActions } from '../../../store/StoreContext';
import type { Say } from './facilitation-context';
import { ListboxSelect } from './ListboxSelect';

export type CaptureKind = 'action' | 'decision';

export const STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' };

/** Captures an action (what, owner, due, status) or a decision at any moment (Alt+A, Alt+D). */
export function ActionCapture({ client, workshop, kind, agendaItemId, onClose, say }: { client: Client; workshop: Workshop; kind: CaptureKind; agendaItemId: string | null; onClose: () => void; say: Say }) {
  const { addAction, addDecision, updateAction } = useActions();
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [status, setStatus] = useState<ActionStatus>('open');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const owners = `${id}-owners`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (kind === 'decision') {
      const outcome = addDecision(client.id, workshop.id, { text: what, agendaItemId });
      if (!outcome.ok) return setError(outcome.message);
      say('Decision recorded.');
      return onClose();
    }
    const person = workshop.participants.find((participant) => participant.name.toLowerCase() === owner.trim().toLowerCase());
    const outcome = addAction(client.id, workshop.id, { what, ownerName: owner, ownerStakeholderId: person?.stakeholderId ?? null, dueDate: due || null });
    if (!outcome.ok) return setError(outcome.message);
    if (status !== 'open' && outcome.id) updateAction(client.id, workshop.id, { actionId: outcome.id, status });
    say('Action recorded.');
    onClose();
  };

  return (
    <Dialog title={kind === 'action' ? 'New action' : 'New decision'} description="Enter saves, Esc cancels." onClose={onClose} size="small">
      <form className="facilitator__form" onSubmit={submit}>
        <label className="field__label" htmlFor={`${id}-what`}>
          {kind === 'action' ? 'What is to be done' : 'What was decided'}
        </label>
        <input id={`${id}-what`} className="input" value={what} maxLength={2000} onChange={(event) => setWhat(event.target.value)} aria-invalid={Boolean(error)} />
        {kind === 'action' ? (
          <>
            <label className="field__label" htmlFor={`${id}-owner`}>
              Owner
            </label>
            <input id={`${id}-owner`} className="input" list={owners} value={owner} maxLength={200} onChange={(event) => setOwner(event.target.value)} />
            <datalist id={owners}>
              {workshop.participants.map((participant) => (
                <option key={participant.id} value={participant.name} />
              ))}
            </datalist>
            <label className="field__label" htmlFor={`${id}-due`}>
              Due date
            </label>
            <input id={`${id}-due`} className="input" type="date" value={due} onChange={(event) => setDue(event.target.value)} />
            <span className="field__label" aria-hidden>
              Status
            </span>
            <ListboxSelect label="Status" value={status} options={ACTION_STATUSES.map((entry) => ({ value: entry, label: STATUS_LABELS[entry] }))} onChange={(value) => setStatus(value as ActionStatus)} />
          </>
        ) : null}
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <DialogActions submitLabel="Save" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
