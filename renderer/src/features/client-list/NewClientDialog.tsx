import { useState, type FormEvent } from 'react';
import { ORGANIZATION_SIZES } from '../../../../shared/domain/reference-lists';
import { parseOrganizationSize, sizeLabel } from '../../components/organization-size';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { useActions } from '../../store/StoreContext';
import { BLANK_NEW_CLIENT } from './new-client';

export function NewClientDialog() {
  const { createClient, selectClient, openDialog, setView, setSearch, setTab } = useActions();
  const [draft, setDraft] = useState(BLANK_NEW_CLIENT);
  const [error, setError] = useState<string | null>(null);
  const close = () => openDialog(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.name.trim() === '') {
      setError('Give the client a name.');
      return;
    }
    const id = createClient(draft);
    setView('active');
    setSearch('');
    setTab('overview');
    selectClient(id);
    close();
  };

  return (
    <Dialog title="New client" description="You can fill in the rest on the client's page." onClose={close} size="small">
      <form id="new-client-form" className="form" onSubmit={submit} noValidate>
        <Field label="Name" error={error}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input"
              autoFocus
              required
              aria-invalid={invalid}
              aria-describedby={describedBy}
              value={draft.name}
              onChange={(event) => {
                setDraft({ ...draft, name: event.target.value });
                if (error) setError(null);
              }}
            />
          )}
        </Field>
        <Field label="Industry">
          {({ id }) => <input id={id} className="input" value={draft.industry} onChange={(event) => setDraft({ ...draft, industry: event.target.value })} />}
        </Field>
        <div className="form__row">
          <Field label="Size">
            {({ id }) => (
              <select id={id} className="select" value={draft.size} onChange={(event) => setDraft({ ...draft, size: parseOrganizationSize(event.target.value) })}>
                {ORGANIZATION_SIZES.map((size) => (
                  <option key={size} value={size}>
                    {sizeLabel(size)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Region">
            {({ id }) => <input id={id} className="input" value={draft.region} onChange={(event) => setDraft({ ...draft, region: event.target.value })} />}
          </Field>
        </div>
        <DialogActions submitLabel="Create client" onCancel={close} />
      </form>
    </Dialog>
  );
}
