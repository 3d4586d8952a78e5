import { useState, type FormEvent } from 'react';
import type { BusinessFunction } from '../../../../shared/domain/client';
import { STAKEHOLDER_GROUPS, STAKEHOLDER_GROUP_LABELS } from '../../../../shared/domain/reference-lists';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import type { StakeholderFields } from '../../store/entity-factories';
import { Select } from '../../components/Select';

const LEVELS = [
  [1, '1 – Very low'],
  [2, '2 – Low'],
  [3, '3 – Medium'],
  [4, '4 – High'],
  [5, '5 – Very high'],
] as const;

const FLAGS = [
  ['isSponsor', 'Executive sponsor'],
  ['isChampion', 'Champion'],
  ['isCommunityLeader', 'Community leader'],
] as const;

const parseGroup = (value: string) => STAKEHOLDER_GROUPS.find((group) => group === value) ?? 'employees';
const parseLevel = (value: string) => Math.min(5, Math.max(1, Number.parseInt(value, 10) || 3));

interface StakeholderDialogProps {
  mode: 'add' | 'edit';
  initial: StakeholderFields;
  functions: BusinessFunction[];
  onSave: (fields: StakeholderFields) => void;
  onClose: () => void;
}

export function StakeholderDialog({ mode, initial, functions, onSave, onClose }: StakeholderDialogProps) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const patch = (change: Partial<StakeholderFields>) => setDraft((current) => ({ ...current, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.name.trim() === '') return setError('Give the stakeholder a name.');
    onSave(draft);
  };

  return (
    <Dialog title={mode === 'add' ? 'Add stakeholder' : `Edit ${initial.name}`} onClose={onClose} size="medium">
      <form className="form" onSubmit={submit} noValidate>
        <div className="form__row">
          <Field label="Name" error={error}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                className="input"
                autoFocus
                aria-invalid={invalid}
                aria-describedby={describedBy}
                value={draft.name}
                onChange={(event) => {
                  patch({ name: event.target.value });
                  setError(null);
                }}
              />
            )}
          </Field>
          <Field label="Title">{({ id }) => <input id={id} className="input" placeholder="e.g. Head of Customer Service" value={draft.title} onChange={(event) => patch({ title: event.target.value })} />}</Field>
        </div>
        <div className="form__row">
          <Field label="Department">
            {({ id }) => (
              <Select id={id} value={draft.departmentId ?? ''} onChange={(event) => patch({ departmentId: event.target.value === '' ? null : event.target.value })}>
                <option value="">No department</option>
                {functions.map((fn) => (
                  <option key={fn.id} value={fn.id}>
                    {fn.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Stakeholder group">
            {({ id }) => (
              <Select id={id} value={draft.group} onChange={(event) => patch({ group: parseGroup(event.target.value) })}>
                {STAKEHOLDER_GROUPS.map((group) => (
                  <option key={group} value={group}>
                    {STAKEHOLDER_GROUP_LABELS[group]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <div className="form__row">
          {(['influence', 'interest'] as const).map((key) => (
            <Field key={key} label={key === 'influence' ? 'Influence' : 'Interest'}>
              {({ id }) => (
                <Select id={id} value={draft[key]} onChange={(event) => patch({ [key]: parseLevel(event.target.value) })}>
                  {LEVELS.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          ))}
        </div>
        <fieldset className="fieldset">
          <legend className="field__label">Role in the change</legend>
          <div className="check-row">
            {FLAGS.map(([key, label]) => (
              <label key={key} className="check">
                <input type="checkbox" checked={draft[key]} onChange={(event) => patch({ [key]: event.target.checked })} />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Field label="Contact notes" hint="How to reach them, what they care about, what they said.">
          {({ id, describedBy }) => (
            <textarea id={id} className="textarea" rows={4} aria-describedby={describedBy} value={draft.contactNotes} onChange={(event) => patch({ contactNotes: event.target.value })} />
          )}
        </Field>
        <DialogActions submitLabel="Save stakeholder" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
