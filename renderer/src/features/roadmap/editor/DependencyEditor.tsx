import { useState } from 'react';
import { Plus, X } from 'lucide-react';
import type { Initiative } from '../../../../../shared/roadmap/initiative-schema';
import { timingLabel } from '../../../../../shared/roadmap/calendar';
import { useActions } from '../../../store/StoreContext';

interface DependencyEditorProps {
  clientId: string;
  initiative: Initiative;
  all: readonly Initiative[];
  /** Messages of scheduling conflicts on this initiative. */
  conflicts: readonly string[];
}

/** What must finish first: listed with a remove button, added from the client's other initiatives; a loop is refused with its names. */
export function DependencyEditor({ clientId, initiative, all, conflicts }: DependencyEditorProps) {
  const { addDependency, removeDependency } = useActions();
  const [choice, setChoice] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const byId = new Map(all.map((candidate) => [candidate.id, candidate]));
  const candidates = all.filter((candidate) => candidate.id !== initiative.id && !initiative.dependsOn.includes(candidate.id)).sort((a, b) => a.title.localeCompare(b.title));
  const add = () => {
    if (!choice) return;
    const message = addDependency(clientId, initiative.id, choice);
    setRefusal(message);
    if (message === null) setChoice('');
  };
  return (
    <fieldset className="fieldset rm-deps">
      <legend className="field__label">Depends on</legend>
      {initiative.dependsOn.length === 0 ? <p className="field__hint">Nothing has to finish before this one starts.</p> : null}
      <ul className="rm-deps__list" aria-label="Dependencies">
        {initiative.dependsOn.map((id) => {
          const dependency = byId.get(id);
          const title = dependency?.title ?? 'A deleted initiative';
          return (
            <li key={id} className="rm-deps__item">
              <span className="rm-deps__title">{title}</span>
              {dependency ? <span className="rm-deps__timing">{timingLabel(dependency.end ?? dependency.start)}</span> : null}
              <button type="button" className="icon-btn" aria-label={`Remove dependency on ${title}`} onClick={() => removeDependency(clientId, initiative.id, id)}>
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          );
        })}
      </ul>
      {conflicts.map((message) => (
        <p key={message} className="rm-deps__conflict">
          {message}
        </p>
      ))}
      <div className="rm-deps__add">
        <select
          className="select"
          aria-label="Add a dependency"
          value={choice}
          onChange={(event) => {
            setChoice(event.target.value);
            setRefusal(null);
          }}
        >
          <option value="">Choose an initiative this one depends on…</option>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title}
            </option>
          ))}
        </select>
        <button type="button" className="btn" disabled={!choice} onClick={add}>
          <Plus size={14} aria-hidden="true" />
          Add dependency
        </button>
      </div>
      {refusal ? (
        <p className="field__error rm-deps__refusal" role="alert">
          {refusal}
        </p>
      ) : null}
    </fieldset>
  );
}
