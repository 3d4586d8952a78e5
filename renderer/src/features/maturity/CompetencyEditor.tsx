import { memo, useId, useState } from 'react';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { CONFIDENCE_LEVELS, type CompetencyAssessment, type Confidence } from '../../../../shared/assessment/assessment-schema';
import type { Competency, Framework } from '../../../../shared/frameworks/framework-schema';
import type { CompetencyFields } from '../../store/assessments.slice';
import { StageRadioGroup } from './StageRadioGroup';
import { Select } from '../../components/Select';

interface CompetencyEditorProps {
  index: number;
  framework: Framework;
  competency: Competency;
  entry: CompetencyAssessment;
  onChange: (competencyId: string, patch: Partial<CompetencyFields>, coalesceKey?: string) => void;
  onEndBurst: () => void;
  /** What Cairn drafts from the data for the report's findings page, shown until the consultant writes their own. */
  drafts?: { finding: string; recommendation: string };
}

interface NarrativeFieldProps {
  label: 'Finding' | 'Recommendation';
  name: string;
  value: string | null | undefined;
  draft: string;
  onWrite: (text: string | null, coalesceKey?: string) => void;
  onEndBurst: () => void;
}

/**
 * One of the report texts: the consultant's words, or Cairn's draft marked "Draft" until it
 * is edited or accepted. "Back to draft" forgets the consultant's text.
 */
function NarrativeField({ label, name, value, draft, onWrite, onEndBurst }: NarrativeFieldProps) {
  const isDraft = value === null || value === undefined;
  const field = label.toLowerCase();
  return (
    <div className="competency__narrative-field">
      <div className="competency__narrative-head">
        <span className="competency__field-label">{label} for the report</span>
        {isDraft ? (
          <>
            <span className="badge badge--warning">Draft</span>
            <button type="button" className="link-btn" onClick={() => onWrite(draft)}>
              Accept draft <span className="visually-hidden">{`${field} for ${name}`}</span>
            </button>
          </>
        ) : (
          <button type="button" className="link-btn" onClick={() => onWrite(null)}>
            Back to draft <span className="visually-hidden">{`${field} for ${name}`}</span>
          </button>
        )}
      </div>
      <textarea
        className="textarea competency__narrative-text"
        aria-label={`${label} for ${name}`}
        aria-description={isDraft ? 'Draft from the data: edit it to make it yours' : undefined}
        rows={3}
        data-field={field}
        value={isDraft ? draft : value}
        onChange={(event) => onWrite(event.target.value, field)}
        onBlur={onEndBurst}
      />
    </div>
  );
}

const CONFIDENCE_LABELS: Record<Confidence, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** One competency of the grid: current and target stage, confidence, scope, evidence, and the finding and recommendation for the report. */
export const CompetencyEditor = memo(function CompetencyEditor({ index, framework, competency, entry, onChange, onEndBurst, drafts }: CompetencyEditorProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const name = competency.name;
  const set = (patch: Partial<CompetencyFields>, coalesceKey?: string) => onChange(competency.id, patch, coalesceKey);
  const gap = entry.currentStage !== null && entry.targetStage !== null && !entry.notApplicable ? entry.targetStage - entry.currentStage : null;

  return (
    <section className={`competency${entry.notApplicable ? ' is-na' : ''}`} data-row-index={index} aria-labelledby={`${id}-name`}>
      <div className="competency__head">
        <h3 id={`${id}-name`} className="competency__name">
          <span className="competency__index" aria-hidden="true">
            {index + 1}
          </span>
          {name}
        </h3>
        <p className="competency__desc">{competency.description}</p>
        <button
          type="button"
          className="link-btn competency__toggle"
          aria-expanded={open}
          aria-controls={`${id}-descriptors`}
          data-field="descriptors"
          onClick={() => setOpen(!open)}
        >
          {open ? <ChevronDown size={13} aria-hidden="true" /> : <ChevronRight size={13} aria-hidden="true" />}
          Stage descriptors{' '}<span className="visually-hidden">for {name}</span>
        </button>
      </div>

      <div className="competency__stages">
        <div className="competency__line">
          <span className="competency__line-label" aria-hidden="true">
            Current
          </span>
          <StageRadioGroup label={`Current stage for ${name}`} kind="current" stages={framework.stages} value={entry.currentStage} dimmed={entry.notApplicable} onChange={(level) => set({ currentStage: level })} />
        </div>
        <div className="competency__line">
          <span className="competency__line-label" aria-hidden="true">
            Target
          </span>
          <StageRadioGroup label={`Target stage for ${name}`} kind="target" stages={framework.stages} value={entry.targetStage} dimmed={entry.notApplicable} onChange={(level) => set({ targetStage: level })} />
        </div>
        <p className="competency__gap" aria-live="polite">
          {entry.notApplicable ? 'Not in scope' : gap === null ? 'Set both stages to see the gap' : gap > 0 ? `Gap of ${gap} stage${gap === 1 ? '' : 's'}` : gap === 0 ? 'At target' : 'Beyond target'}
        </p>
      </div>

      <div className="competency__meta">
        <label className="competency__field">
          <span className="competency__field-label">Confidence</span>
          <Select
            aria-label={`Confidence for ${name}`}
            data-field="confidence"
            value={entry.confidence}
            onChange={(event) => set({ confidence: event.target.value as Confidence })}
          >
            {CONFIDENCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {CONFIDENCE_LABELS[level]}
              </option>
            ))}
          </Select>
        </label>
        <label className="check">
          <input type="checkbox" data-field="na" checked={entry.notApplicable} onChange={(event) => set({ notApplicable: event.target.checked })} />
          Not in scope{' '}<span className="visually-hidden">for {name}</span>
        </label>
        {entry.notApplicable ? (
          <input
            className="input"
            aria-label={`Reason ${name} is not in scope`}
            placeholder="Why is it out of scope?"
            data-field="reason"
            value={entry.notApplicableReason}
            onChange={(event) => set({ notApplicableReason: event.target.value }, 'reason')}
            onBlur={onEndBurst}
          />
        ) : null}
      </div>

      <textarea
        className="textarea competency__evidence"
        aria-label={`Evidence for ${name}`}
        placeholder="Evidence: what you saw, heard or read that places the client here"
        rows={2}
        data-field="evidence"
        value={entry.evidence}
        onChange={(event) => set({ evidence: event.target.value }, 'evidence')}
        onBlur={onEndBurst}
      />

      {drafts && !entry.notApplicable ? (
        <div className="competency__narrative">
          <NarrativeField label="Finding" name={name} value={entry.finding} draft={drafts.finding} onWrite={(text, key) => set({ finding: text }, key)} onEndBurst={onEndBurst} />
          <NarrativeField
            label="Recommendation"
            name={name}
            value={entry.recommendation}
            draft={drafts.recommendation}
            onWrite={(text, key) => set({ recommendation: text }, key)}
            onEndBurst={onEndBurst}
          />
        </div>
      ) : null}

      {open ? (
        <div id={`${id}-descriptors`} className="descriptors">
          <ol className="descriptors__stages" style={{ gridTemplateColumns: `repeat(${framework.stages.length}, minmax(0, 1fr))` }}>
            {framework.stages.map((stage) => (
              <li
                key={stage.id}
                className={`descriptors__stage${entry.currentStage === stage.level ? ' is-current' : ''}${entry.targetStage === stage.level ? ' is-target' : ''}`}
              >
                <p className="descriptors__name">
                  {stage.level} · {stage.name}
                  {entry.currentStage === stage.level ? <span className="badge badge--accent">Current</span> : null}
                  {entry.targetStage === stage.level ? <span className="badge badge--sponsor">Target</span> : null}
                </p>
                <p className="descriptors__text">{competency.descriptors[stage.id]}</p>
              </li>
            ))}
          </ol>
          {competency.evidence.length > 0 ? (
            <div className="descriptors__evidence">
              <p className="descriptors__evidence-title">What to look for</p>
              <ul>
                {competency.evidence.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
});
