import { useState } from 'react';
import { ROLES } from '../../../../shared/domain/reference-lists';
import type { Client } from '../../../../shared/domain/client';
import type { Organization, Role } from '../../../../shared/organization';
import { useActions, useCairnStore } from '../../store/StoreContext';
import { Select } from '../../components/Select';

const SOMEONE_ELSE = '__name__';

/** Who holds each social-business role: one of the client's stakeholders, or a typed name (a hire, an agency). */
export function RolesSection({ client, organization }: { client: Client; organization: Organization | null }) {
  const store = useCairnStore();
  const { setRoleHolder } = useActions();
  // A role switched to "someone else" shows its name field even while the name is still blank.
  const [typing, setTyping] = useState<ReadonlySet<Role>>(new Set());

  return (
    <table className="table org-roles">
      <caption className="visually-hidden">Roles</caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col">Held by</th>
        </tr>
      </thead>
      <tbody>
        {ROLES.map((role) => {
          const holder = organization?.roleHolders.find((candidate) => candidate.role === role);
          const byName = holder !== undefined && holder.stakeholderId === null && (holder.name.trim() !== '' || typing.has(role));
          const choice = holder?.stakeholderId ?? (byName || typing.has(role) ? SOMEONE_ELSE : '');
          const selectId = `org-role-${role.replace(/\W+/g, '-').toLowerCase()}`;
          return (
            <tr key={role}>
              <th scope="row" className="org-roles__role">
                <label htmlFor={selectId}>{role}</label>
              </th>
              <td>
                <div className="org-roles__holder">
                  <Select
                    id={selectId}
                    value={choice}
                    onChange={(event) => {
                      const value = event.target.value;
                      const next = new Set(typing);
                      if (value === SOMEONE_ELSE) {
                        next.add(role);
                        setRoleHolder(client.id, role, { stakeholderId: null, name: holder?.name ?? '' });
                      } else {
                        next.delete(role);
                        setRoleHolder(client.id, role, { stakeholderId: value || null, name: '' });
                      }
                      setTyping(next);
                    }}
                  >
                    <option value="">Not assigned</option>
                    {client.stakeholders.map((person) => (
                      <option key={person.id} value={person.id}>
                        {person.name}
                        {person.title ? ` · ${person.title}` : ''}
                      </option>
                    ))}
                    <option value={SOMEONE_ELSE}>Someone else (type a name)…</option>
                  </Select>
                  {choice === SOMEONE_ELSE ? (
                    <input
                      className="input"
                      aria-label={`${role} name`}
                      placeholder="A new hire, an agency…"
                      value={holder?.name ?? ''}
                      onChange={(event) => setRoleHolder(client.id, role, { stakeholderId: null, name: event.target.value }, 'name')}
                      onBlur={() => store.endEditBurst()}
                    />
                  ) : null}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
