import { useState } from 'react';
import type { Client } from '../../../../shared/domain/client';
import { ORGANIZATION_SIZES } from '../../../../shared/domain/reference-lists';
import { useActions, useCairnStore } from '../../store/StoreContext';
import { Field } from '../../components/Field';
import { parseOrganizationSize, sizeLabel } from '../../components/organization-size';
import { Select } from '../../components/Select';
import { useFormat } from '../../components/useFormat';

type TextKey = 'name' | 'industry' | 'region' | 'notes';

/** Fields save as you type; a burst of typing in one field is one undo step. */
export function OverviewTab({ client }: { client: Client }) {
  const { dateTime: formatDateTime } = useFormat();
  const { updateClient } = useActions();
  const store = useCairnStore();
  // An empty name is never stored (a client needs one); the field shows it while typing.
  const [clearedName, setClearedName] = useState(false);

  const bind = (key: TextKey) => ({
    value: client[key],
    onChange: (event: { target: { value: string } }) => updateClient(client.id, { [key]: event.target.value }, key),
    onBlur: () => store.endEditBurst(),
  });

  return (
    <div className="overview">
      <section className="card form" aria-label="Organization">
        <Field label="Name" error={clearedName ? 'A client needs a name.' : null}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input input--large"
              aria-invalid={invalid}
              aria-describedby={describedBy}
              value={clearedName ? '' : client.name}
              onChange={(event) => {
                const value = event.target.value;
                setClearedName(value.trim() === '');
                if (value.trim() !== '') updateClient(client.id, { name: value }, 'name');
              }}
              onBlur={() => {
                setClearedName(false);
                store.endEditBurst();
              }}
            />
          )}
        </Field>
        <div className="form__row">
          <Field label="Industry">{({ id }) => <input id={id} className="input" placeholder="e.g. Outdoor retail" {...bind('industry')} />}</Field>
          <Field label="Size">
            {({ id }) => (
              <Select
                id={id}
                value={client.size}
                onChange={(event) => updateClient(client.id, { size: parseOrganizationSize(event.target.value) })}
              >
                {ORGANIZATION_SIZES.map((size) => (
                  <option key={size} value={size}>
                    {sizeLabel(size)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Region">{({ id }) => <input id={id} className="input" placeholder="e.g. Northern Germany" {...bind('region')} />}</Field>
        </div>
        <Field label="Notes" hint="Background, goals, what you heard in the first conversations.">
          {({ id, describedBy }) => <textarea id={id} className="textarea" rows={10} aria-describedby={describedBy} {...bind('notes')} />}
        </Field>
      </section>
      <p className="meta-line">
        Created {formatDateTime(client.createdAt)} · Last edited {formatDateTime(client.updatedAt)}
      </p>
    </div>
  );
}
