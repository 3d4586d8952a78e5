import { useMemo, useState, type FormEvent } from 'react';
import { Plus, X } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { BUSINESS_FUNCTIONS } from '../../../../shared/domain/reference-lists';
import { countStakeholdersByDepartment } from '../../../../shared/stakeholders/stakeholder-selectors';
import { useActions, useCairnStore } from '../../store/StoreContext';
import { plural } from '../../components/format';

export function DepartmentsTab({ client }: { client: Client }) {
  const { toggleReferenceFunction, addCustomFunction, renameFunction, removeFunction } = useActions();
  const store = useCairnStore();
  const [newName, setNewName] = useState('');
  const counts = useMemo(() => countStakeholdersByDepartment(client.stakeholders), [client.stakeholders]);
  const custom = client.functions.filter((fn) => fn.custom);
  const countFor = (id: string | undefined) => (id ? (counts.get(id) ?? 0) : 0);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (addCustomFunction(client.id, newName)) setNewName('');
  };

  return (
    <div className="departments">
      <section className="card" aria-labelledby="reference-functions-title">
        <h2 id="reference-functions-title" className="card__title">
          Business functions
        </h2>
        <p className="card__hint">Tick the functions this organization has. Social business reaches all of them, not only marketing.</p>
        <ul className="check-list">
          {BUSINESS_FUNCTIONS.map((name) => {
            const fn = client.functions.find((candidate) => !candidate.custom && candidate.name === name);
            return (
              <li key={name} className="check-list__item">
                <label className="check">
                  <input type="checkbox" checked={Boolean(fn)} onChange={() => toggleReferenceFunction(client.id, name)} />
                  <span>{name}</span>
                </label>
                {fn ? <span className="muted">{plural(countFor(fn.id), 'stakeholder')}</span> : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card" aria-labelledby="custom-functions-title">
        <h2 id="custom-functions-title" className="card__title">
          Other departments
        </h2>
        {custom.length === 0 ? <p className="card__hint">Add departments that are not on the list, such as “Retail Stores” or “Legal”.</p> : null}
        <ul className="custom-list">
          {custom.map((fn) => (
            <li key={fn.id} className="custom-list__item">
              <input
                className="input"
                aria-label={`Department name: ${fn.name}`}
                value={fn.name}
                onChange={(event) => {
                  if (event.target.value.trim() !== '') renameFunction(client.id, fn.id, event.target.value, 'name');
                }}
                onBlur={() => store.endEditBurst()}
              />
              <span className="muted">{plural(countFor(fn.id), 'stakeholder')}</span>
              <button type="button" className="icon-btn" aria-label={`Remove ${fn.name}`} onClick={() => removeFunction(client.id, fn.id)}>
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
        <form className="inline-form" onSubmit={add}>
          <input className="input" aria-label="New department" placeholder="New department" value={newName} onChange={(event) => setNewName(event.target.value)} />
          <button type="submit" className="btn" disabled={newName.trim() === ''}>
            <Plus size={14} aria-hidden="true" />
            Add department
          </button>
        </form>
      </section>
    </div>
  );
}
