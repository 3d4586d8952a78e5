import { useState } from 'react';
import type { Workshop } from '../../../../shared/workshop';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { useActions } from '../../store/StoreContext';

/** Keeps the workshop's objectives and agenda as one of the consultant's own templates (no people, notes or votes). */
export function SaveTemplateDialog({ clientId, workshop, onClose }: { clientId: string; workshop: Workshop; onClose: () => void }) {
  const api = useApi();
  const { saveWorkshopAsTemplate } = useActions();
  const [name, setName] = useState(workshop.title);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    const message = await saveWorkshopAsTemplate(api, clientId, workshop.id, name, description);
    setBusy(false);
    if (message) setError(message);
    else onClose();
  };

  return (
    <Dialog title="Save as template" description="The objectives and the timed agenda are kept; participants, notes, votes and actions are not." onClose={onClose} size="small">
      <form
        className="form"
        noValidate
        aria-busy={busy}
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void save();
        }}
      >
        <Field label="Template name" error={error}>
          {({ id, describedBy, invalid }) => (
            <input id={id} className="input" value={name} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setName(event.target.value)} />
          )}
        </Field>
        <Field label="Description" hint="One line shown when choosing a template.">
          {({ id, describedBy }) => <input id={id} className="input" value={description} aria-describedby={describedBy} onChange={(event) => setDescription(event.target.value)} />}
        </Field>
        <DialogActions submitLabel="Save template" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
