import { useMemo, useState } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { ListPlus } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { AGENDA_METHODS, timeLeftVsPlan, type AgendaMethod, type Workshop } from '../../../../shared/workshop';
import { useActions, useCairn } from '../../store/StoreContext';
import type { FacilitationOutcome } from '../../store/facilitation.slice';
import { facilitationFramework } from '../../store/facilitation.slice';
import { AgendaItemRow } from './AgendaItemRow';
import { METHOD_LABELS, formatMinutes } from './workshop-format';
import { Select } from '../../components/Select';
import { useFormat } from '../../components/useFormat';

const AVAILABLE_CHOICES = [60, 90, 120, 150, 180, 210, 240, 300, 360, 420, 480, 540] as const;
const INSTRUCTIONS = 'To move an item, press Alt with the up or down arrow on its handle. Or press Space to pick it up, arrows to move, Space to drop, Escape to cancel.';

/** The timed agenda: items in order (drag, or Alt+arrows on the handle), each with its method and minutes, and the plan against the time available. */
export function AgendaEditor({ client, workshop, report }: { client: Client; workshop: Workshop; report: (outcome: FacilitationOutcome) => FacilitationOutcome }) {
  const { locale } = useFormat();
  const { addAgendaItem, moveAgendaItem, updateWorkshopDetails } = useActions();
  const library = useCairn((state) => state.frameworkLibrary);
  const framework = useMemo(() => facilitationFramework(client, workshop, library), [client, workshop, library]);
  const [openId, setOpenId] = useState<string | null>(null);
  const plannedMin = Math.round(timeLeftVsPlan(workshop, 0).plannedMs / 60_000);
  // Stored with the workshop (facilitator mode shows the day against it); until chosen, the first choice that fits the plan.
  const available = workshop.availableMinutes ?? AVAILABLE_CHOICES.find((choice) => choice >= plannedMin) ?? 420;
  const choices = AVAILABLE_CHOICES.includes(available as (typeof AVAILABLE_CHOICES)[number]) ? AVAILABLE_CHOICES : [...AVAILABLE_CHOICES, available].sort((a, b) => a - b);
  const setAvailable = (minutes: number) => report(updateWorkshopDetails(client.id, workshop.id, { availableMinutes: minutes }));
  const over = plannedMin - available;

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const titleOf = (id: unknown) => workshop.agenda.find((item) => item.id === id)?.title ?? 'The item';
  const positionOf = (id: unknown) => workshop.agenda.findIndex((item) => item.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}, position ${positionOf(active.id)} of ${workshop.agenda.length}.`,
    onDragOver: ({ active, over: target }) => (target ? `${titleOf(active.id)} is over position ${positionOf(target.id)}.` : `${titleOf(active.id)} is outside the agenda.`),
    onDragEnd: ({ active, over: target }) => (target ? `${titleOf(active.id)} dropped at position ${positionOf(target.id)}.` : `${titleOf(active.id)} put back.`),
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };
  const onDragEnd = ({ active, over: target }: DragEndEvent) => {
    if (target && active.id !== target.id) report(moveAgendaItem(client.id, workshop.id, String(active.id), positionOf(target.id) - 1));
  };
  const add = (method: AgendaMethod) => {
    const outcome = report(addAgendaItem(client.id, workshop.id, method));
    if (outcome.ok && outcome.id) setOpenId(outcome.id);
  };

  let start = 0;
  return (
    <section className="card agenda-editor" aria-labelledby="agenda-title">
      <header className="agenda-editor__header">
        <h3 id="agenda-title" className="workshop-card__title">
          Agenda <span className="workshop-card__count">{workshop.agenda.length}</span>
        </h3>
        <div className={`agenda-timing${over > 0 ? ' is-over' : ''}`} aria-live="polite">
          <span className="agenda-timing__figures">
            <strong>{formatMinutes(plannedMin, locale)}</strong> planned of{' '}
            <select className="select select--inline" aria-label="Time available" value={available} onChange={(event) => setAvailable(Number(event.target.value))}>
              {choices.map((choice) => (
                <option key={choice} value={choice}>
                  {formatMinutes(choice, locale)}
                </option>
              ))}
            </select>{' '}
            available
          </span>
          <span className="agenda-timing__bar" aria-hidden="true">
            <span style={{ width: `${Math.min(100, (plannedMin / available) * 100)}%` }} />
          </span>
          <span className="agenda-timing__verdict">{over > 0 ? `${formatMinutes(over, locale)} over` : over < 0 ? `${formatMinutes(-over, locale)} to spare` : 'Exactly on time'}</span>
        </div>
      </header>
      {workshop.agenda.length === 0 ? <p className="workshop-card__empty">No agenda items yet. Add the first one below.</p> : null}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}>
        <SortableContext items={workshop.agenda.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          <ol className="agenda-list" aria-label="Agenda items">
            {workshop.agenda.map((item, index) => {
              const startsAt = start;
              start += item.plannedMinutes;
              return (
                <AgendaItemRow
                  key={item.id}
                  client={client}
                  workshop={workshop}
                  item={item}
                  index={index}
                  startsAt={startsAt}
                  framework={framework}
                  open={openId === item.id}
                  onToggle={() => setOpenId(openId === item.id ? null : item.id)}
                  report={report}
                />
              );
            })}
          </ol>
        </SortableContext>
      </DndContext>
      <div className="agenda-editor__add">
        <ListPlus size={15} aria-hidden="true" />
        <Select aria-label="Add an agenda item" value="" onChange={(event) => event.target.value && add(event.target.value as AgendaMethod)}>
          <option value="">Add an agenda item…</option>
          {AGENDA_METHODS.map((method) => (
            <option key={method} value={method}>
              {METHOD_LABELS[method]}
            </option>
          ))}
        </Select>
      </div>
    </section>
  );
}
