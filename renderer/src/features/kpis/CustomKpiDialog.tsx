import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';

/** A KPI of the client's own: a name is enough to start, the editor takes the rest. */
export function CustomKpiDialog({ onAdd, onClose }: { onAdd: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title="Custom KPI" description="Name it now; definition, formula, baseline and target follow in the editor." onClose={onClose} size="small">
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') setError('Give the KPI a name.');
          else onAdd(name.trim());
        }}
      >
        <Field label="KPI name" error={error}>
          {({ id, describedBy, invalid }) => (
            <input id={id} className="input" value={name} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setName(event.target.value)} />
          )}
        </Field>
        <DialogActions submitLabel="Create KPI" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
