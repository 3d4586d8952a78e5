import { useEffect, useId, useRef, useState } from 'react';
import { MOVE_STATUSES, type MoveProgress, type MoveStatus } from '../../../../shared/assessment/stage-one-diagnosis-schema';
import type { Stakeholder } from '../../../../shared/domain/client';
import type { StageTwoMove } from '../../../../shared/frameworks/stage-one-guide-schema';
import { Select } from '../../components/Select';

export const MOVE_STATUS_LABELS: Record<MoveStatus, string> = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done' };
const OTHER = '__other__';

interface MoveCardProps {
  index: number;
  move: StageTwoMove;
  progress: MoveProgress;
  stakeholders: Stakeholder[];
  onChange: (patch: Partial<Omit<MoveProgress, 'moveId'>>, coalesceKey?: string) => void;
  onEndBurst: () => void;
}

/** One of the six moves to stage 2: owner (a stakeholder or a typed name), status and notes. */
export function MoveCard({ index, move, progress, stakeholders, onChange, onEndBurst }: MoveCardProps) {
  const id = useId();
  // "Someone else" stays chosen while its name is being retyped (an empty name alone would mean nobody).
  const [otherChosen, setOtherChosen] = useState(false);
  const ownerValue = progress.ownerStakeholderId ?? (progress.ownerText !== '' || otherChosen ? OTHER : '');
  // The name field takes focus only when the consultant has just chosen "Someone else…",
  // never when the section opens on a move that already has a typed owner.
  const [focusOwnerName, setFocusOwnerName] = useState(false);
  const ownerNameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusOwnerName) return;
    ownerNameRef.current?.focus();
    setFocusOwnerName(false);
  }, [focusOwnerName]);
  return (
    <section className={`move card move--${progress.status}`} aria-labelledby={`${id}-title`}>
      <div className="move__head">
        <span className="move__number" aria-hidden="true">
          {index + 1}
        </span>
        <div>
          <h4 id={`${id}-title`} className="move__title">
            {move.name}
          </h4>
          <p className="move__description">{move.description}</p>
        </div>
        <span className={`move__status-chip move__status-chip--${progress.status}`}>{MOVE_STATUS_LABELS[progress.status]}</span>
      </div>
      <div className="move__fields">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            Status
          </label>
          <Select
            id={`${id}-status`}
            value={progress.status}
            onChange={(event) => onChange({ status: MOVE_STATUSES.find((status) => status === event.target.value) ?? 'not-started' })}
          >
            {MOVE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {MOVE_STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-owner`}>
            Owner
          </label>
          <Select
            id={`${id}-owner`}
            value={ownerValue}
            onChange={(event) => {
              const value = event.target.value;
              setOtherChosen(value === OTHER);
              setFocusOwnerName(value === OTHER);
              if (value === '') onChange({ ownerStakeholderId: null, ownerText: '' });
              else if (value === OTHER) onChange({ ownerStakeholderId: null });
              else onChange({ ownerStakeholderId: value, ownerText: '' });
            }}
          >
            <option value="">Nobody yet</option>
            {stakeholders.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {person.title ? ` (${person.title})` : ''}
              </option>
            ))}
            <option value={OTHER}>Someone else…</option>
          </Select>
        </div>
        {ownerValue === OTHER ? (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-owner-text`}>
              Owner name
            </label>
            <input
              id={`${id}-owner-text`}
              ref={ownerNameRef}
              className="input"
              placeholder="e.g. Head of Digital, to be hired"
              value={progress.ownerText}
              onBlur={onEndBurst}
              onChange={(event) => onChange({ ownerText: event.target.value }, 'owner')}
            />
          </div>
        ) : null}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-notes`}>
          Notes
        </label>
        <textarea id={`${id}-notes`} className="textarea" rows={2} value={progress.notes} onBlur={onEndBurst} onChange={(event) => onChange({ notes: event.target.value }, 'notes')} />
      </div>
    </section>
  );
}
