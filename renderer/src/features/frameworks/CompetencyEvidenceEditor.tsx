import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { addEvidence, moveEvidence, removeEvidence, setEvidence, type FrameworkEditResult } from '../../../../shared/frameworks/framework-edits';
import { FRAMEWORK_LIMITS, type Competency, type Framework } from '../../../../shared/frameworks/framework-schema';
import { fieldKey } from './framework-field-issues';

interface CompetencyEvidenceEditorProps {
  draft: Framework;
  competency: Competency;
  /** The competency's position in the framework, for the schema's field paths. */
  index: number;
  /** Its name as people read it: the typed name, or "Competency 3" while it is empty. */
  label: string;
  issues: ReadonlyMap<string, string>;
  onChange: (framework: Framework) => void;
  onResult: (result: FrameworkEditResult) => void;
}

/** The competency's evidence list (what a consultant looks for on site): add, rewrite, reorder, remove. */
export function CompetencyEvidenceEditor({ draft, competency, index, label, issues, onChange, onResult }: CompetencyEvidenceEditorProps) {
  const { evidence } = competency;
  const full = evidence.length >= FRAMEWORK_LIMITS.maxEvidencePerCompetency;
  return (
    <fieldset className="fieldset framework-editor__evidence">
      <legend className="field__label">
        Evidence to look for ({evidence.length} of at most {FRAMEWORK_LIMITS.maxEvidencePerCompetency})
      </legend>
      {evidence.length === 0 ? <p className="muted framework-editor__empty">No evidence listed yet.</p> : null}
      <ol className="framework-editor__evidence-list">
        {evidence.map((item, at) => {
          const problem = issues.get(fieldKey(['competencies', index, 'evidence', at]));
          const errorId = `evidence-${competency.id}-${at}-error`;
          return (
            <li key={at}>
              <div className="framework-editor__evidence-row">
                <input
                  className="input"
                  aria-label={`${label} evidence ${at + 1}`}
                  value={item}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? errorId : undefined}
                  onChange={(event) => onChange(setEvidence(draft, competency.id, at, event.target.value))}
                />
                <button type="button" className="icon-btn" aria-label={`Move ${label} evidence ${at + 1} up`} disabled={at === 0} onClick={() => onResult(moveEvidence(draft, competency.id, at, at - 1))}>
                  <ArrowUp size={14} aria-hidden="true" />
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={`Move ${label} evidence ${at + 1} down`}
                  disabled={at === evidence.length - 1}
                  onClick={() => onResult(moveEvidence(draft, competency.id, at, at + 1))}
                >
                  <ArrowDown size={14} aria-hidden="true" />
                </button>
                <button type="button" className="icon-btn" aria-label={`Remove ${label} evidence ${at + 1}`} onClick={() => onResult(removeEvidence(draft, competency.id, at))}>
                  <Trash2 size={14} aria-hidden="true" />
                </button>
              </div>
              {problem ? (
                <p className="field__error" id={errorId}>
                  {problem}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn btn--small" aria-label={`Add evidence to ${label}`} disabled={full} onClick={() => onResult(addEvidence(draft, competency.id))}>
        <Plus size={14} aria-hidden="true" />
        Add evidence
      </button>
    </fieldset>
  );
}
