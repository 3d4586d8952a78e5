import { useState } from 'react';
import type { Client } from '../../../../shared/domain/client';
import { BUILT_IN_WORKSHOP_TEMPLATES, type WorkshopTemplate } from '../../../../shared/workshop';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { useActions, useCairn } from '../../store/StoreContext';
import { ParticipantPicker } from './ParticipantPicker';
import { TemplatePicker } from './TemplatePicker';
import { localToday } from './workshop-format';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';

/** The engagement a new workshop most likely belongs to: an active one, else the latest started. */
function likelyEngagement(client: Client): string {
  const active = client.engagements.find((engagement) => engagement.status === 'active');
  const latest = [...client.engagements].sort((a, b) => ((a.startDate ?? '') < (b.startDate ?? '') ? 1 : -1))[0];
  return (active ?? latest)?.id ?? '';
}

/** Engagement, title, date, place, a starting point and the people invited; creates the workshop and opens it. */
export function NewWorkshopDialog({ client, onClose, onCreated }: { client: Client; onClose: () => void; onCreated: (id: string) => void }) {
  const api = useApi();
  const { createWorkshop, deleteWorkshopTemplate } = useActions();
  const own = useCairn((state) => state.workshopTemplateLibrary);
  const [engagementId, setEngagementId] = useState(likelyEngagement(client));
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(localToday());
  const [place, setPlace] = useState('');
  const [templateId, setTemplateId] = useState<string>(BUILT_IN_WORKSHOP_TEMPLATES[0]!.id);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [adHoc, setAdHoc] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ title?: string; date?: string; template?: string }>({});

  const template: WorkshopTemplate | null = [...BUILT_IN_WORKSHOP_TEMPLATES, ...own].find((candidate) => candidate.id === templateId) ?? null;

  const submit = () => {
    const next: typeof errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) next.date = 'Choose the day of the workshop.';
    if (template === null && title.trim() === '') next.title = 'A blank workshop needs a title.';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const participants = [
      ...client.stakeholders.filter((stakeholder) => chosen.has(stakeholder.id)).map((stakeholder) => ({ stakeholderId: stakeholder.id, name: stakeholder.name, role: stakeholder.title })),
      ...adHoc.map((name) => ({ stakeholderId: null, name })),
    ];
    const id = createWorkshop(client.id, { engagementId, title, date, place, template, participants });
    if (id) onCreated(id);
  };

  const remove = async (doomed: WorkshopTemplate) => {
    const message = await deleteWorkshopTemplate(api, doomed.id);
    setErrors((current) => ({ ...current, template: message ?? undefined }));
    if (message === null && templateId === doomed.id) setTemplateId(BUILT_IN_WORKSHOP_TEMPLATES[0]!.id);
  };

  return (
    <Dialog title="New workshop" description="Every workshop belongs to an engagement. The agenda, people and details can all be changed afterwards." onClose={onClose} size="large">
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="new-workshop__columns">
          <div className="new-workshop__details">
            <Field label="Engagement">
              {({ id }) => (
                <Select id={id} value={engagementId} onChange={(event) => setEngagementId(event.target.value)}>
                  {client.engagements.map((engagement) => (
                    <option key={engagement.id} value={engagement.id}>
                      {engagement.title}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Title" hint={template ? `Leave empty to use “${template.name}”.` : undefined} error={errors.title}>
              {({ id, describedBy, invalid }) => (
                <input id={id} className="input" value={title} placeholder={template?.name ?? ''} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setTitle(event.target.value)} />
              )}
            </Field>
            <div className="form__row">
              <Field label="Date" error={errors.date}>
                {({ id, describedBy, invalid }) => (
                  <DateField id={id} className="input" value={date} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(iso) => setDate(iso)} />
                )}
              </Field>
              <Field label="Place">
                {({ id }) => <input id={id} className="input" value={place} placeholder="Room, site or city" onChange={(event) => setPlace(event.target.value)} />}
              </Field>
            </div>
            <ParticipantPicker
              stakeholders={client.stakeholders}
              chosen={chosen}
              onToggle={(id) =>
                setChosen((current) => {
                  const next = new Set(current);
                  if (!next.delete(id)) next.add(id);
                  return next;
                })
              }
              adHoc={adHoc}
              onAdHoc={setAdHoc}
            />
          </div>
          <div className="new-workshop__templates">
            <TemplatePicker own={own} value={templateId} onChange={setTemplateId} onDelete={(doomed) => void remove(doomed)} />
            {errors.template ? (
              <p className="field__error" role="alert">
                {errors.template}
              </p>
            ) : null}
          </div>
        </div>
        <DialogActions submitLabel="Create workshop" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
