import type { Client } from '../../../../shared/domain/client';
import { WORKSHOP_STATUSES, type Workshop, type WorkshopStatus } from '../../../../shared/workshop';
import { Field } from '../../components/Field';
import { useActions, useCairnStore } from '../../store/StoreContext';
import type { WorkshopDetails } from '../../store/workshops.slice';
import { AgendaEditor } from './AgendaEditor';
import { ParticipantsEditor } from './ParticipantsEditor';
import { usePlanningMessage } from './usePlanning';
import { STATUS_LABELS } from './workshop-format';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';

/** The planning editor: agenda in the middle, details and people beside it; every change is saved as typed. */
export function WorkshopPlan({ client, workshop }: { client: Client; workshop: Workshop }) {
  const store = useCairnStore();
  const { updateWorkshopDetails } = useActions();
  const { message, report } = usePlanningMessage();
  const set = (patch: Partial<WorkshopDetails>, key?: string) => report(updateWorkshopDetails(client.id, workshop.id, patch, key));
  const endBurst = () => store.endEditBurst();

  return (
    <div className="workshop-plan">
      {message ? (
        <p className="notice notice--danger workshop-plan__message" role="alert">
          {message}
        </p>
      ) : null}
      <AgendaEditor client={client} workshop={workshop} report={report} />
      <aside className="workshop-plan__side">
        <section className="card workshop-card" aria-labelledby="workshop-details-title">
          <h3 id="workshop-details-title" className="workshop-card__title">
            Details
          </h3>
          <Field label="Title">
            {({ id }) => <input id={id} className="input" value={workshop.title} onChange={(event) => set({ title: event.target.value }, 'title')} onBlur={endBurst} />}
          </Field>
          <div className="form__row">
            <Field label="Date">
              {({ id }) => <DateField id={id} className="input" value={workshop.date} onChange={(iso) => iso && set({ date: iso })} />}
            </Field>
            <Field label="Status">
              {({ id }) => (
                <Select id={id} value={workshop.status} onChange={(event) => set({ status: event.target.value as WorkshopStatus })}>
                  {WORKSHOP_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {STATUS_LABELS[status]}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          <Field label="Place">
            {({ id }) => <input id={id} className="input" value={workshop.place} placeholder="Room, site or city" onChange={(event) => set({ place: event.target.value }, 'place')} onBlur={endBurst} />}
          </Field>
          <Field label="Engagement">
            {({ id }) => (
              <Select id={id} value={workshop.engagementId} onChange={(event) => set({ engagementId: event.target.value })}>
                {client.engagements.map((engagement) => (
                  <option key={engagement.id} value={engagement.id}>
                    {engagement.title}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Objectives" hint="What the room should leave with; printed on the agenda.">
            {({ id, describedBy }) => (
              <textarea
                id={id}
                className="textarea"
                rows={5}
                aria-describedby={describedBy}
                value={workshop.objectives}
                onChange={(event) => set({ objectives: event.target.value }, 'objectives')}
                onBlur={endBurst}
              />
            )}
          </Field>
        </section>
        <ParticipantsEditor client={client} workshop={workshop} report={report} />
      </aside>
    </div>
  );
}
