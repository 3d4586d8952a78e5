import { useState } from 'react';
import type { Assessment } from '../../../../shared/assessment/assessment-schema';
import type { Client } from '../../../../shared/domain/client';
import type { Framework } from '../../../../shared/frameworks/framework-schema';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { frameworkKey } from '../../store/assessments.selectors';
import { frameworkLabel } from './maturity-format';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';
import { useFormat } from '../../components/useFormat';

const NEW_ENGAGEMENT = '__new__';

export interface AssessmentDialogResult {
  /** An existing engagement id, or the title of one to create. */
  engagement: { id: string } | { newTitle: string };
  framework: Framework;
  title: string;
  assessedOn: string;
}

interface AssessmentDialogProps {
  client: Client;
  choices: Framework[];
  today: string;
  /** Reassess: the assessment to start from (its framework is kept). */
  from: { assessment: Assessment; framework: Framework } | null;
  onSave: (result: AssessmentDialogResult) => void;
  onClose: () => void;
}

/** New assessment or reassessment: engagement (or a new one), framework, title, date. */
export function AssessmentDialog({ client, choices, today, from, onSave, onClose }: AssessmentDialogProps) {
  const format = useFormat();
  const engagements = [...client.engagements].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''));
  const [engagementId, setEngagementId] = useState(from?.assessment.engagementId ?? engagements[0]?.id ?? NEW_ENGAGEMENT);
  const [engagementTitle, setEngagementTitle] = useState(`Maturity assessment ${today.slice(0, 4)}`);
  const [frameworkChoice, setFrameworkChoice] = useState(from ? frameworkKey(from.framework) : frameworkKey(choices[0]!));
  const [title, setTitle] = useState(from ? `Reassessment ${today}` : 'Maturity assessment');
  const [assessedOn, setAssessedOn] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const creatingEngagement = engagementId === NEW_ENGAGEMENT;

  const save = () => {
    const problems: Record<string, string> = {};
    if (creatingEngagement && !engagementTitle.trim()) problems.engagement = 'Name the new engagement.';
    if (!title.trim()) problems.title = 'Give the assessment a title.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(assessedOn)) problems.date = 'Pick the date of the assessment.';
    const framework = from?.framework ?? choices.find((choice) => frameworkKey(choice) === frameworkChoice);
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !framework) return;
    onSave({
      engagement: creatingEngagement ? { newTitle: engagementTitle.trim() } : { id: engagementId },
      framework,
      title: title.trim(),
      assessedOn,
    });
  };

  return (
    <Dialog
      title={from ? 'Reassess' : 'New assessment'}
      description={from ? `Starts from “${from.assessment.title}” (${format.date(from.assessment.assessedOn)}): its stages, confidence and evidence, so you update rather than retype.` : undefined}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" onClick={save}>
            {from ? 'Start reassessment' : 'Create assessment'}
          </Button>
        </>
      }
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Field label="Engagement" hint={engagements.length === 0 ? 'This client has no engagement yet; Cairn creates one with the assessment.' : undefined}>
          {({ id, describedBy }) => (
            <Select id={id} aria-describedby={describedBy} value={engagementId} onChange={(event) => setEngagementId(event.target.value)} required>
              {engagements.map((engagement) => (
                <option key={engagement.id} value={engagement.id}>
                  {engagement.title}
                </option>
              ))}
              <option value={NEW_ENGAGEMENT}>New engagement…</option>
            </Select>
          )}
        </Field>
        {creatingEngagement ? (
          <Field label="New engagement title" error={errors.engagement}>
            {({ id, describedBy, invalid }) => (
              <input id={id} className="input" aria-describedby={describedBy} aria-invalid={invalid} value={engagementTitle} onChange={(event) => setEngagementTitle(event.target.value)} />
            )}
          </Field>
        ) : null}
        <Field label="Framework" hint={from ? 'A reassessment keeps the framework, so the two can be compared.' : undefined}>
          {({ id, describedBy }) => (
            <Select id={id} aria-describedby={describedBy} value={frameworkChoice} disabled={from !== null} onChange={(event) => setFrameworkChoice(event.target.value)}>
              {(from ? [from.framework] : choices).map((framework) => (
                <option key={frameworkKey(framework)} value={frameworkKey(framework)}>
                  {frameworkLabel(framework)}
                  {framework.builtIn ? '' : ' (custom)'}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="form__row">
          <Field label="Title" error={errors.title}>
            {({ id, describedBy, invalid }) => (
              <input id={id} className="input" aria-describedby={describedBy} aria-invalid={invalid} value={title} onChange={(event) => setTitle(event.target.value)} />
            )}
          </Field>
          <Field label="Date" error={errors.date}>
            {({ id, describedBy, invalid }) => (
              <DateField id={id} className="input" aria-describedby={describedBy} aria-invalid={invalid} value={assessedOn} onChange={(iso) => setAssessedOn(iso)} />
            )}
          </Field>
        </div>
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
