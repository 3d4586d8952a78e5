import { useEffect, useId, useMemo, useState } from 'react';
import { Trash2 } from 'lucide-react';
import type { Client } from '../../../../../shared/domain/client';
import { STAKEHOLDER_GROUPS, STAKEHOLDER_GROUP_LABELS } from '../../../../../shared/domain/reference-lists';
import { COMMUNITY_MATURITY_MODEL } from '../../../../../shared/frameworks/builtin/community-maturity-model';
import { schedulingConflicts } from '../../../../../shared/roadmap/dependencies';
import { InitiativeSchema, type Initiative } from '../../../../../shared/roadmap/initiative-schema';
import {
  INITIATIVE_STATUSES,
  INITIATIVE_STATUS_LABELS,
  OBJECTIVES,
  OBJECTIVE_IDS,
  OWNER_ROLES,
  PHASES,
  PHASE_IDS,
  TRACK_IDS,
  TRACK_LABELS,
} from '../../../../../shared/roadmap/roadmap-reference';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { useActions } from '../../../store/StoreContext';
import type { InitiativeFields } from '../../../store/roadmap.slice';
import { CheckboxGroup } from './CheckboxGroup';
import { DependencyEditor } from './DependencyEditor';
import { parseTiming, timingText } from './timing-text';
import './editor.css';
import { DateField } from '../../../components/DateField';

export interface InitiativeEditorProps {
  client: Client;
  initiativeId: string;
  onClose: () => void;
}

const LEVELS = [1, 2, 3, 4, 5] as const;
const LEVEL_WORDS = ['very low', 'low', 'medium', 'high', 'very high'] as const;
const COMPETENCIES = COMMUNITY_MATURITY_MODEL.competencies.map((competency) => ({ value: competency.id, label: competency.name }));
const GROUPS = STAKEHOLDER_GROUPS.map((group) => ({ value: group, label: STAKEHOLDER_GROUP_LABELS[group] }));
const TIMING_HINT = 'A quarter like 2027 Q2, or a date like 2027-05-31. Leave empty when not yet planned.';

const pick = <T extends string>(values: readonly T[], value: string): T | null => values.find((candidate) => candidate === value) ?? null;

/**
 * The initiative editor, opened from the board, the timeline, the matrix and the table.
 * Every change goes straight to the store (a typing burst in one field is one undo step);
 * a change the schema would reject (an empty title, an end before the start) stays in the
 * field with its message and is not stored.
 */
export function InitiativeEditorDialog({ client, initiativeId, onClose }: InitiativeEditorProps) {
  const initiative = client.initiatives.find((candidate) => candidate.id === initiativeId);
  useEffect(() => {
    if (!initiative) onClose();
  }, [initiative, onClose]);
  if (!initiative) return null;
  return <InitiativeEditor key={initiative.id} client={client} initiative={initiative} onClose={onClose} />;
}

function InitiativeEditor({ client, initiative, onClose }: { client: Client; initiative: Initiative; onClose: () => void }) {
  const { updateInitiative, moveInitiative, deleteInitiatives } = useActions();
  const [title, setTitle] = useState(initiative.title);
  const timingHintId = useId();
  const [start, setStart] = useState(timingText(initiative.start));
  const [end, setEnd] = useState(timingText(initiative.end));
  const [errors, setErrors] = useState<Partial<Record<'title' | 'start' | 'end' | 'reviewDate', string>>>({});
  const conflicts = useMemo(
    () => schedulingConflicts(client.initiatives).filter((conflict) => conflict.initiativeId === initiative.id).map((conflict) => conflict.message),
    [client.initiatives, initiative.id],
  );

  /** Stores a patch when the whole initiative stays valid; returns the first problem otherwise. */
  const commit = (patch: Partial<InitiativeFields>, coalesceKey?: string): string | null => {
    const checked = InitiativeSchema.safeParse({ ...initiative, ...patch });
    if (!checked.success) return checked.error.issues[0]?.message ?? 'This value cannot be stored.';
    updateInitiative(client.id, initiative.id, patch, coalesceKey);
    return null;
  };
  const setError = (field: keyof typeof errors, message: string | null) => setErrors((current) => ({ ...current, [field]: message ?? undefined }));

  const changeTiming = (field: 'start' | 'end', text: string) => {
    (field === 'start' ? setStart : setEnd)(text);
    const timing = parseTiming(text);
    if (timing === undefined) return setError(field, 'Write a quarter like 2027 Q2 or a date like 2027-05-31.');
    const problem = commit({ [field]: timing }, field);
    setError(field, problem === null ? null : `Not saved: ${problem}.`);
    if (problem === null) setError(field === 'start' ? 'end' : 'start', null);
  };

  const functionOptions = [
    ...client.functions.map((fn) => ({ value: fn.name, label: fn.name })),
    ...initiative.businessFunctions.filter((name) => !client.functions.some((fn) => fn.name === name)).map((name) => ({ value: name, label: `${name} (no longer a department)` })),
  ];
  const kpiOptions = client.kpis.map((kpi) => ({ value: kpi.id, label: kpi.name }));

  return (
    <Dialog
      title={`Edit “${initiative.title}”`}
      description="Changes are kept as you make them; undo takes them back."
      onClose={onClose}
      size="large"
      footer={
        <>
          <button
            type="button"
            className="btn btn--ghost-danger rm-editor__delete"
            onClick={() => {
              deleteInitiatives(client.id, [initiative.id]);
              onClose();
            }}
          >
            <Trash2 size={14} aria-hidden="true" />
            Delete initiative
          </button>
          <button type="button" className="btn btn--primary" onClick={onClose}>
            Done
          </button>
        </>
      }
    >
      <div className="form rm-editor">
        <Field label="Title" error={errors.title}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input input--large"
              aria-invalid={invalid}
              aria-describedby={describedBy}
              value={title}
              onChange={(event) => {
                setTitle(event.target.value);
                setError('title', event.target.value.trim() === '' ? 'An initiative needs a title; the last one is kept until you type one.' : commit({ title: event.target.value }, 'title'));
              }}
            />
          )}
        </Field>
        <Field label="Description">
          {({ id }) => <textarea id={id} className="textarea" rows={3} value={initiative.description} onChange={(event) => commit({ description: event.target.value }, 'description')} />}
        </Field>

        <div className="form__row">
          <Field label="Phase">
            {({ id }) => (
              <select id={id} className="select" value={initiative.phase} onChange={(event) => moveInitiative(client.id, initiative.id, { phase: pick(PHASE_IDS, event.target.value) ?? initiative.phase, track: initiative.track, index: Number.MAX_SAFE_INTEGER })}>
                {PHASES.map((phase) => (
                  <option key={phase.id} value={phase.id}>
                    {phase.number}. {phase.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Track">
            {({ id }) => (
              <select id={id} className="select" value={initiative.track} onChange={(event) => moveInitiative(client.id, initiative.id, { phase: initiative.phase, track: pick(TRACK_IDS, event.target.value) ?? initiative.track, index: Number.MAX_SAFE_INTEGER })}>
                {TRACK_IDS.map((track) => (
                  <option key={track} value={track}>
                    {TRACK_LABELS[track]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        <div className="form__row">
          <Field label="Owner">
            {({ id }) => (
              <select id={id} className="select" value={initiative.ownerStakeholderId ?? ''} onChange={(event) => commit({ ownerStakeholderId: event.target.value === '' ? null : event.target.value })}>
                <option value="">No owner yet</option>
                {client.stakeholders.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                    {person.title ? ` — ${person.title}` : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Owner role">
            {({ id }) => (
              <select id={id} className="select" value={initiative.ownerRole ?? ''} onChange={(event) => commit({ ownerRole: pick(OWNER_ROLES, event.target.value) })}>
                <option value="">No role</option>
                {OWNER_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {role}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        <div className="form__row rm-editor__row4">
          <Field label="Status">
            {({ id }) => (
              <select id={id} className="select" value={initiative.status} onChange={(event) => commit({ status: pick(INITIATIVE_STATUSES, event.target.value) ?? initiative.status })}>
                {INITIATIVE_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {INITIATIVE_STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Objective">
            {({ id }) => (
              <select id={id} className="select" value={initiative.objective ?? ''} onChange={(event) => commit({ objective: pick(OBJECTIVE_IDS, event.target.value) })}>
                <option value="">No objective</option>
                {OBJECTIVE_IDS.map((objective) => (
                  <option key={objective} value={objective}>
                    {OBJECTIVES[objective].name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {(['impact', 'effort'] as const).map((key) => (
            <Field key={key} label={key === 'impact' ? 'Impact' : 'Effort'}>
              {({ id }) => (
                <select id={id} className="select" value={initiative[key]} onChange={(event) => commit({ [key]: Number(event.target.value) })}>
                  {LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {level} – {LEVEL_WORDS[level - 1]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </div>

        <div className="form__row">
          <Field label="Start" error={errors.start}>
            {({ id, describedBy, invalid }) => (
              <input id={id} className="input" placeholder="2027 Q1" aria-invalid={invalid} aria-describedby={[describedBy, timingHintId].filter(Boolean).join(' ')} value={start} onChange={(event) => changeTiming('start', event.target.value)} />
            )}
          </Field>
          <Field label="End" error={errors.end}>
            {({ id, describedBy, invalid }) => (
              <input id={id} className="input" placeholder="2027 Q2" aria-invalid={invalid} aria-describedby={[describedBy, timingHintId].filter(Boolean).join(' ')} value={end} onChange={(event) => changeTiming('end', event.target.value)} />
            )}
          </Field>
        </div>

        <p id={timingHintId} className="field__hint rm-editor__timing-hint">{TIMING_HINT}</p>

        <div className="form__row rm-editor__pilot">
          <label className="check">
            <input
              type="checkbox"
              checked={initiative.pilot.isPilot}
              onChange={(event) => commit({ pilot: { isPilot: event.target.checked, reviewDate: event.target.checked ? initiative.pilot.reviewDate : null } })}
            />
            <span>Test-and-learn pilot</span>
          </label>
          {initiative.pilot.isPilot ? (
            <Field label="Review date" hint="When the pilot is validated, refined or stopped." error={errors.reviewDate}>
              {({ id, describedBy }) => (
                <DateField
                  id={id}
                  className="input"
                  aria-describedby={describedBy}
                  value={initiative.pilot.reviewDate ?? ''}
                  onChange={(iso) => setError('reviewDate', commit({ pilot: { isPilot: true, reviewDate: iso === '' ? null : iso } }))}
                />
              )}
            </Field>
          ) : null}
        </div>

        <DependencyEditor clientId={client.id} initiative={initiative} all={client.initiatives} conflicts={conflicts} />

        <div className="rm-editor__lists">
          <CheckboxGroup legend="Competencies it lifts" options={COMPETENCIES} selected={initiative.competencyIds} onChange={(competencyIds) => commit({ competencyIds })} />
          <CheckboxGroup
            legend="Business functions involved"
            options={functionOptions}
            selected={initiative.businessFunctions}
            onChange={(businessFunctions) => commit({ businessFunctions })}
            empty="Add the client’s departments on the Departments tab."
          />
          <CheckboxGroup legend="Stakeholder groups engaged" options={GROUPS} selected={initiative.stakeholderGroups} onChange={(stakeholderGroups) => commit({ stakeholderGroups })} />
          <CheckboxGroup legend="Linked KPIs" options={kpiOptions} selected={initiative.kpiIds} onChange={(kpiIds) => commit({ kpiIds })} empty="No KPIs yet: add them on the KPIs tab, then link them here." />
        </div>

        <Field label="Notes">
          {({ id }) => <textarea id={id} className="textarea" rows={3} value={initiative.notes} onChange={(event) => commit({ notes: event.target.value }, 'notes')} />}
        </Field>
      </div>
    </Dialog>
  );
}
