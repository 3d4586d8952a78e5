import { useState, type FormEvent } from 'react';
import { ENGAGEMENT_STATUSES } from '../../../../shared/domain/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import type { EngagementFields } from '../../store/engagements.slice';
import { STATUS_LABELS, parseStatus } from './engagement-status';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';

interface EngagementDialogProps {
  mode: 'add' | 'edit';
  initial: EngagementFields;
  onSave: (fields: EngagementFields) => void;
  onClose: () => void;
}

export function EngagementDialog({ mode, initial, onSave, onClose }: EngagementDialogProps) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const patch = (change: Partial<EngagementFields>) => setDraft((current) => ({ ...current, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.title.trim() === '') return setError('Give the engagement a title.');
    if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) return setError('The end date is before the start date.');
    onSave({ ...draft, title: draft.title.trim() });
  };

  return (
    <Dialog title={mode === 'add' ? 'Add engagement' : `Edit ${initial.title}`} onClose={onClose} size="medium">
      <form className="form" onSubmit={submit} noValidate>
        <Field label="Title" error={error}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input"
              autoFocus
              placeholder="e.g. Social business baseline 2026"
              aria-invalid={invalid}
              aria-describedby={describedBy}
              value={draft.title}
              onChange={(event) => {
                patch({ title: event.target.value });
                setError(null);
              }}
            />
          )}
        </Field>
        <div className="form__row">
          <Field label="Start date">
            {({ id }) => <DateField id={id} className="input" value={draft.startDate ?? ''} onChange={(iso) => patch({ startDate: iso || null })} />}
          </Field>
          <Field label="End date">
            {({ id }) => <DateField id={id} className="input" value={draft.endDate ?? ''} onChange={(iso) => patch({ endDate: iso || null })} />}
          </Field>
          <Field label="Status">
            {({ id }) => (
              <Select id={id} value={draft.status} onChange={(event) => patch({ status: parseStatus(event.target.value) })}>
                {ENGAGEMENT_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {STATUS_LABELS[status]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Field label="Scope" hint="What the engagement covers and what the client expects at the end.">
          {({ id, describedBy }) => (
            <textarea id={id} className="textarea" rows={4} aria-describedby={describedBy} value={draft.scope} onChange={(event) => patch({ scope: event.target.value })} />
          )}
        </Field>
        <DialogActions submitLabel="Save engagement" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
