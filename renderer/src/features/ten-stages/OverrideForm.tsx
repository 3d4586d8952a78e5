import { useId, useState, type FormEvent } from 'react';
import type { StageOverride } from '../../../../shared/assessment/ten-stage-placement-schema';
import type { StageIndicatorModel } from '../../../../shared/frameworks/stage-indicator-model-schema';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';

interface OverrideFormProps {
  model: StageIndicatorModel;
  override: StageOverride | null;
  derivedStage: number | null;
  onApply: (override: StageOverride) => void;
  onClear: () => void;
}

/** The consultant's own placement; a reason is required, clearing it returns to the derived stage. */
export function OverrideForm({ model, override, derivedStage, onApply, onClear }: OverrideFormProps) {
  const [stage, setStage] = useState(String(override?.stage ?? derivedStage ?? 1));
  const [reason, setReason] = useState(override?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const stageId = useId();
  const reasonId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setError('Give a reason for the override: what did you see that the indicators miss?');
    setError(null);
    onApply({ stage: Number(stage), reason: reason.trim() });
  };

  return (
    <form className="override" onSubmit={submit} noValidate aria-label="Override the stage">
      <div className="override__row">
        <div className="field override__stage">
          <label className="field__label" htmlFor={stageId}>
            Override stage
          </label>
          <Select id={stageId} value={stage} onChange={(event) => setStage(event.target.value)}>
            {model.stages.map((item) => (
              <option key={item.id} value={item.level}>
                {item.level} · {item.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="field override__reason">
          <label className="field__label" htmlFor={reasonId}>
            Reason for the override
          </label>
          <input
            id={reasonId}
            className="input"
            value={reason}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${reasonId}-error` : undefined}
            placeholder="e.g. Listening happens, but only through the agency’s monthly report"
            onChange={(event) => {
              setReason(event.target.value);
              setError(null);
            }}
          />
        </div>
        <Button type="submit">
          {override ? 'Update override' : 'Apply override'}
        </Button>
        {override ? (
          <Button variant="ghost"
            onClick={() => {
              setReason('');
              onClear();
            }}
          >
            Clear override
          </Button>
        ) : null}
      </div>
      {error ? (
        <p id={`${reasonId}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
