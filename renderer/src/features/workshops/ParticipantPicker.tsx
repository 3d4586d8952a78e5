import { useState } from 'react';
import { UserPlus, X } from 'lucide-react';
import type { Stakeholder } from '../../../../shared/domain/client';
import { Button } from '../../components/Button';

/**
 * The people invited, for the New workshop dialog: tick stakeholders, type ad-hoc names
 * (Enter adds one). Stakeholders inside the organization come first.
 */
export function ParticipantPicker({
  stakeholders,
  chosen,
  onToggle,
  adHoc,
  onAdHoc,
}: {
  stakeholders: readonly Stakeholder[];
  chosen: ReadonlySet<string>;
  onToggle: (id: string) => void;
  adHoc: readonly string[];
  onAdHoc: (names: string[]) => void;
}) {
  const [name, setName] = useState('');
  const sorted = [...stakeholders].sort((a, b) => Number(b.group === 'employees') - Number(a.group === 'employees') || b.influence - a.influence || a.name.localeCompare(b.name));
  const add = () => {
    const trimmed = name.trim();
    if (trimmed && !adHoc.includes(trimmed)) onAdHoc([...adHoc, trimmed]);
    setName('');
  };
  return (
    <fieldset className="fieldset">
      <legend className="field__label">
        Participants <span className="participant-picker__count">{chosen.size + adHoc.length} invited</span>
      </legend>
      {sorted.length > 0 ? (
        <div className="participant-picker__list" role="group" aria-label="Stakeholders">
          {sorted.map((stakeholder) => (
            <label key={stakeholder.id} className="check">
              <input type="checkbox" checked={chosen.has(stakeholder.id)} onChange={() => onToggle(stakeholder.id)} />
              <span>
                {stakeholder.name}
                {stakeholder.title ? <span className="participant-picker__role"> · {stakeholder.title}</span> : null}
              </span>
            </label>
          ))}
        </div>
      ) : null}
      <div className="inline-form participant-picker__adhoc">
        <input
          className="input"
          aria-label="Someone else (name)"
          placeholder="Someone else: type a name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <Button onClick={add} disabled={name.trim() === ''}>
          <UserPlus size={14} aria-hidden="true" />
          Add
        </Button>
      </div>
      {adHoc.length > 0 ? (
        <ul className="chip-list" aria-label="Other participants">
          {adHoc.map((person) => (
            <li key={person} className="chip">
              {person}
              <button type="button" className="chip__remove" aria-label={`Remove ${person}`} onClick={() => onAdHoc(adHoc.filter((entry) => entry !== person))}>
                <X size={12} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
