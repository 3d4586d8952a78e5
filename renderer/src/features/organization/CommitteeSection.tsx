import { useState } from 'react';
import { Plus, X } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import type { Organization } from '../../../../shared/organization';
import { useActions } from '../../store/StoreContext';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { IconButton } from '../../components/IconButton';

/** The multi-departmental Social Media Committee, drawn from the client's stakeholders. */
export function CommitteeSection({ client, organization }: { client: Client; organization: Organization | null }) {
  const { addCommitteeMember, removeCommitteeMember } = useActions();
  const [candidate, setCandidate] = useState('');
  const members = (organization?.committeeMemberIds ?? []).map((id) => ({ id, person: client.stakeholders.find((person) => person.id === id) }));
  const others = client.stakeholders.filter((person) => !organization?.committeeMemberIds.includes(person.id));
  const department = (id: string | null) => client.functions.find((fn) => fn.id === id)?.name;

  return (
    <div>
      {members.length === 0 ? (
        <p className="muted">Nobody yet. A committee with a member from each department keeps social work from staying a marketing project.</p>
      ) : (
        <ul className="org-committee__list" aria-label="Committee members">
          {members.map(({ id, person }) => (
            <li key={id} className="org-committee__member">
              <span>
                <span className="org-committee__name">{person?.name ?? 'A removed stakeholder'}</span>
                {person ? <span className="muted"> · {[person.title, department(person.departmentId)].filter(Boolean).join(', ')}</span> : null}
              </span>
              <IconButton label={`Remove ${person?.name ?? 'member'} from the committee`} tone="danger" icon={<X size={14} aria-hidden="true" />} onClick={() => removeCommitteeMember(client.id, id)} />
            </li>
          ))}
        </ul>
      )}
      {client.stakeholders.length === 0 ? (
        <p className="field__hint">Add stakeholders first; committee members are chosen from them.</p>
      ) : (
        <form
          className="inline-form org-committee__add"
          onSubmit={(event) => {
            event.preventDefault();
            if (!candidate) return;
            addCommitteeMember(client.id, candidate);
            setCandidate('');
          }}
        >
          <Select aria-label="Stakeholder to add to the committee" value={candidate} onChange={(event) => setCandidate(event.target.value)}>
            <option value="">Choose a stakeholder…</option>
            {others.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {person.title ? ` · ${person.title}` : ''}
              </option>
            ))}
          </Select>
          <Button type="submit" disabled={!candidate}>
            <Plus size={14} aria-hidden="true" />
            Add to committee
          </Button>
        </form>
      )}
    </div>
  );
}
