import { useMemo, useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import {
  addCompetency,
  addStage,
  nextFrameworkVersion,
  removeCompetency,
  removeStage,
  renameFramework,
  setDescriptor,
  updateCompetency,
  updateStage,
  withoutBlankEvidence,
  type FrameworkEditResult,
} from '../../../../shared/frameworks/framework-edits';
import { FRAMEWORK_LIMITS, FrameworkSchema, type Framework } from '../../../../shared/frameworks/framework-schema';
import { formatJsonPath } from '../../../../shared/frameworks/framework-json';
import { Button } from '../../components/Button';
import { IconButton } from '../../components/IconButton';
import { CompetencyEvidenceEditor } from './CompetencyEvidenceEditor';
import { fieldKey, frameworkFieldIssues } from './framework-field-issues';

interface FrameworkEditorProps {
  framework: Framework;
  onSave: (framework: Framework) => Promise<string | null>;
  onCancel: () => void;
}

/** Unused id with a prefix: stage-5, competency-9… (ids are stored in assessments, so never reused). */
const freshId = (prefix: string, taken: readonly { id: string }[]) => {
  let n = taken.length + 1;
  while (taken.some((item) => item.id === `${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
};

/** Edits a draft of a custom framework; saving bumps the version so assessments can tell edits apart. */
export function FrameworkEditor({ framework, onSave, onCancel }: FrameworkEditorProps) {
  const [draft, setDraft] = useState(framework);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const apply = (result: FrameworkEditResult) => (result.ok ? (setDraft(result.framework), setMessage(null)) : setMessage(result.message));
  // The shared schema's verdict on every field, shown under the field as it is typed.
  const issues = useMemo(() => frameworkFieldIssues(draft), [draft]);

  const save = async () => {
    const candidate = { ...withoutBlankEvidence(draft), name: draft.name.trim(), version: nextFrameworkVersion(framework.version) };
    const checked = FrameworkSchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      return setMessage(`${formatJsonPath(issue.path)}: ${issue.message}`);
    }
    setSaving(true);
    const error = await onSave(checked.data);
    setSaving(false);
    if (error) setMessage(error);
  };

  return (
    <form
      className="framework-editor"
      aria-label={`Edit ${framework.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor="framework-name">
          Framework name
        </label>
        <input id="framework-name" className="input" value={draft.name} onChange={(event) => setDraft(renameFramework(draft, event.target.value))} />
      </div>

      <fieldset className="fieldset">
        <legend className="field__label">
          Stages ({draft.stages.length}; {FRAMEWORK_LIMITS.minStages} to {FRAMEWORK_LIMITS.maxStages})
        </legend>
        <ol className="framework-editor__stage-list">
          {draft.stages.map((stage, stageIndex) => {
            const summaryProblem = issues.get(fieldKey(['stages', stageIndex, 'summary']));
            return (
              <li key={stage.id} className="framework-editor__stage framework-editor__stage--with-summary">
                <div className="framework-editor__stage-head">
                  <span className="framework-editor__level" aria-hidden="true">
                    {stage.level}
                  </span>
                  <input className="input" aria-label={`Stage ${stage.level} name`} value={stage.name} onChange={(event) => setDraft(updateStage(draft, stage.id, { name: event.target.value }))} />
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={`Remove stage ${stage.level}`}
                    disabled={draft.stages.length <= FRAMEWORK_LIMITS.minStages}
                    onClick={() => apply(removeStage(draft, stage.id))}
                  >
                    <Trash2 size={14} aria-hidden="true" />
                  </button>
                </div>
                <textarea
                  className="textarea"
                  rows={2}
                  aria-label={`Stage ${stage.level} summary`}
                  placeholder="What sets this stage apart"
                  value={stage.summary}
                  aria-invalid={summaryProblem ? true : undefined}
                  aria-describedby={summaryProblem ? `stage-${stage.id}-summary-error` : undefined}
                  onChange={(event) => setDraft(updateStage(draft, stage.id, { summary: event.target.value }))}
                />
                {summaryProblem ? (
                  <p className="field__error" id={`stage-${stage.id}-summary-error`}>
                    {summaryProblem}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
        <Button size="small"
          disabled={draft.stages.length >= FRAMEWORK_LIMITS.maxStages}
          onClick={() => apply(addStage(draft, { id: freshId('stage', draft.stages), name: `Stage ${draft.stages.length + 1}` }))}
        >
          <Plus size={14} aria-hidden="true" />
          Add stage
        </Button>
      </fieldset>

      <div className="framework-editor__competencies">
        {draft.competencies.map((competency, index) => (
          <fieldset key={competency.id} className="fieldset framework-editor__competency">
            <legend className="visually-hidden">Competency {index + 1}</legend>
            <div className="framework-editor__competency-head">
              <input
                className="input framework-editor__competency-name"
                aria-label={`Competency ${index + 1} name`}
                value={competency.name}
                onChange={(event) => setDraft(updateCompetency(draft, competency.id, { name: event.target.value }))}
              />
              <IconButton label={`Remove competency ${competency.name || index + 1}`} tone="danger" icon={<Trash2 size={14} aria-hidden="true" />} onClick={() => apply(removeCompetency(draft, competency.id))} />
            </div>
            <div className="framework-editor__descriptors">
              {draft.stages.map((stage) => (
                <label key={stage.id} className="framework-editor__descriptor">
                  <span className="field__label">
                    {stage.level} · {stage.name}
                  </span>
                  <textarea
                    className="textarea"
                    rows={3}
                    aria-label={`${competency.name || `Competency ${index + 1}`} at ${stage.name}`}
                    value={competency.descriptors[stage.id] ?? ''}
                    onChange={(event) => setDraft(setDescriptor(draft, competency.id, stage.id, event.target.value))}
                  />
                </label>
              ))}
            </div>
            <CompetencyEvidenceEditor
              draft={draft}
              competency={competency}
              index={index}
              label={competency.name || `Competency ${index + 1}`}
              issues={issues}
              onChange={setDraft}
              onResult={apply}
            />
          </fieldset>
        ))}
        <Button size="small"
          onClick={() => apply(addCompetency(draft, { id: freshId('competency', draft.competencies), name: `Competency ${draft.competencies.length + 1}` }))}
        >
          <Plus size={14} aria-hidden="true" />
          Add competency
        </Button>
      </div>

      {message ? (
        <p className="field__error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="framework-editor__footer">
        <span className="muted">Saving makes version {nextFrameworkVersion(framework.version)}.</span>
        <Button onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={saving}>
          Save framework
        </Button>
      </div>
    </form>
  );
}
