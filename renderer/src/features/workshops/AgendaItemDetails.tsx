import type { Framework } from '../../../../shared/frameworks/framework-schema';
import { WORKSHOP_LIMITS, type AgendaItem, type Workshop } from '../../../../shared/workshop';
import type { FacilitationOutcome } from '../../store/facilitation.slice';
import type { AgendaItemFields } from '../../store/workshops.slice';
import { NumberField } from './NumberField';
import { METHOD_HINTS } from './workshop-format';

interface Props {
  id: string;
  workshop: Workshop;
  item: AgendaItem;
  framework: Framework;
  set: (patch: Partial<AgendaItemFields>, key?: string) => FacilitationOutcome;
  onBlur: () => void;
}

const toggled = (list: readonly string[], value: string, on: boolean, order: readonly string[]) => order.filter((entry) => (entry === value ? on : list.includes(entry)));

/** What an item asks of the room, and its method's settings: private notes, dots and what they go on, competencies rated. */
export function AgendaItemDetails({ id, workshop, item, framework, set, onBlur }: Props) {
  const noteItems = workshop.agenda.filter((candidate) => candidate.id !== item.id && (candidate.method === 'brainstorm' || candidate.method === 'discussion'));
  const competencyIds = framework.competencies.map((competency) => competency.id);
  return (
    <div id={id} className="agenda-item__details">
      <p className="agenda-item__hint">{METHOD_HINTS[item.method]}</p>
      <label className="field">
        <span className="field__label">Prompt or facilitator notes</span>
        <textarea className="textarea" rows={2} value={item.prompt} onChange={(event) => set({ prompt: event.target.value }, 'prompt')} onBlur={onBlur} />
      </label>
      {item.method === 'brainstorm' || item.method === 'discussion' ? (
        <label className="check">
          <input type="checkbox" checked={item.privateNotes} onChange={(event) => set({ privateNotes: event.target.checked })} />
          Private notes: collected hidden and revealed together
        </label>
      ) : null}
      {item.method === 'dot-vote' ? (
        <>
          <label className="field agenda-item__budget">
            <span className="field__label">Dots per participant</span>
            <NumberField min={1} max={WORKSHOP_LIMITS.dotBudget} value={item.dotBudget} onCommit={(dots) => set({ dotBudget: dots }, 'dots')} onBlur={onBlur} />
          </label>
          <fieldset className="fieldset">
            <legend className="field__label">Vote on the notes of</legend>
            {noteItems.length === 0 ? <p className="agenda-item__hint">Add a brainstorm before this vote; its notes are what people vote on.</p> : null}
            {noteItems.map((candidate) => (
              <label key={candidate.id} className="check">
                <input
                  type="checkbox"
                  checked={item.linkedTo.includes(candidate.id)}
                  onChange={(event) => set({ linkedTo: toggled(item.linkedTo, candidate.id, event.target.checked, workshop.agenda.map((entry) => entry.id)) })}
                />
                {candidate.title}
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
      {item.method === 'maturity-vote' ? (
        <fieldset className="fieldset">
          <legend className="field__label">Competencies rated ({framework.name})</legend>
          <div className="agenda-item__competencies">
            {framework.competencies.map((competency) => (
              <label key={competency.id} className="check">
                <input type="checkbox" checked={item.linkedTo.includes(competency.id)} onChange={(event) => set({ linkedTo: toggled(item.linkedTo, competency.id, event.target.checked, competencyIds) })} />
                {competency.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
