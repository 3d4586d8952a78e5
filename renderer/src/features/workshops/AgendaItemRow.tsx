import type { KeyboardEvent } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ChevronDown, ChevronUp, GripVertical, Trash2 } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import type { Framework } from '../../../../shared/frameworks/framework-schema';
import { AGENDA_METHODS, WORKSHOP_LIMITS, type AgendaItem, type AgendaMethod, type Workshop } from '../../../../shared/workshop';
import { useActions, useCairnStore } from '../../store/StoreContext';
import type { FacilitationOutcome } from '../../store/facilitation.slice';
import type { AgendaItemFields } from '../../store/workshops.slice';
import { AgendaItemDetails } from './AgendaItemDetails';
import { NumberField } from './NumberField';
import { METHOD_LABELS } from './workshop-format';
import { Select } from '../../components/Select';
import { IconButton } from '../../components/IconButton';

interface AgendaItemRowProps {
  client: Client;
  workshop: Workshop;
  item: AgendaItem;
  index: number;
  /** Minutes from the start of the workshop. */
  startsAt: number;
  framework: Framework;
  open: boolean;
  onToggle: () => void;
  report: (outcome: FacilitationOutcome) => FacilitationOutcome;
}

const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** One agenda item: handle, title, method and minutes on one line; prompt and method settings below when opened. */
export function AgendaItemRow({ client, workshop, item, index, startsAt, framework, open, onToggle, report }: AgendaItemRowProps) {
  const store = useCairnStore();
  const { updateAgendaItem, moveAgendaItem, deleteAgendaItem } = useActions();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, attributes: { roleDescription: 'sortable agenda item' } });
  const set = (patch: Partial<AgendaItemFields>, key?: string) => report(updateAgendaItem(client.id, workshop.id, item.id, patch, key));
  const endBurst = () => store.endEditBurst();
  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown') && !isDragging) {
      event.preventDefault();
      report(moveAgendaItem(client.id, workshop.id, item.id, index + (event.key === 'ArrowUp' ? -1 : 1)));
      requestAnimationFrame(() => document.getElementById(`agenda-handle-${item.id}`)?.focus());
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  /** A new method starts with sensible links: every competency to rate, or the brainstorms to vote on. */
  const changeMethod = (method: AgendaMethod) => {
    const linkedTo =
      method === 'maturity-vote'
        ? framework.competencies.map((competency) => competency.id)
        : method === 'dot-vote'
          ? workshop.agenda.filter((candidate) => candidate.method === 'brainstorm' && candidate.id !== item.id).map((candidate) => candidate.id)
          : [];
    set({ method, linkedTo });
  };
  const detailsId = `agenda-details-${item.id}`;

  return (
    <li ref={setNodeRef} className={`agenda-item agenda-item--${item.method}${isDragging ? ' is-dragging' : ''}${open ? ' is-open' : ''}`} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <div className="agenda-item__line">
        <button
          type="button"
          id={`agenda-handle-${item.id}`}
          ref={setActivatorNodeRef}
          className="agenda-item__handle"
          {...attributes}
          {...listeners}
          onKeyDown={onHandleKey}
          aria-label={`Move ${item.title}`}
          title="Drag, or Alt+↑/↓"
        >
          <GripVertical size={15} aria-hidden="true" />
        </button>
        <span className="agenda-item__time" title="Starts after">
          {clock(startsAt)}
        </span>
        <input
          className="input agenda-item__title"
          aria-label={`Title of item ${index + 1}`}
          value={item.title}
          onChange={(event) => set({ title: event.target.value }, 'title')}
          onBlur={endBurst}
        />
        <Select aria-label={`Method of ${item.title}`} value={item.method} onChange={(event) => changeMethod(event.target.value as AgendaMethod)}>
          {AGENDA_METHODS.map((method) => (
            <option key={method} value={method}>
              {METHOD_LABELS[method]}
            </option>
          ))}
        </Select>
        <label className="agenda-item__minutes">
          <NumberField
            min={1}
            max={WORKSHOP_LIMITS.plannedMinutes}
            aria-label={`Minutes for ${item.title}`}
            value={item.plannedMinutes}
            onCommit={(minutes) => set({ plannedMinutes: minutes }, 'minutes')}
            onBlur={endBurst}
          />
          <span aria-hidden="true">min</span>
        </label>
        <button type="button" className="icon-btn" aria-expanded={open} aria-controls={detailsId} aria-label={`Details of ${item.title}`} onClick={onToggle}>
          {open ? <ChevronUp size={15} aria-hidden="true" /> : <ChevronDown size={15} aria-hidden="true" />}
        </button>
        <IconButton label={`Delete ${item.title}`} tone="danger" icon={<Trash2 size={14} aria-hidden="true" />} title="Delete item" onClick={() => report(deleteAgendaItem(client.id, workshop.id, item.id))} />
      </div>
      {open ? <AgendaItemDetails id={detailsId} workshop={workshop} item={item} framework={framework} set={set} onBlur={endBurst} /> : null}
    </li>
  );
}
