import { OPERATING_MODELS, OPERATING_MODEL_INFO, type Organization } from '../../../../shared/organization';
import { useActions, useCairnStore } from '../../store/StoreContext';

/** Central, Center of Excellence or hybrid, and why this client chose it. */
export function OperatingModelSection({ clientId, organization }: { clientId: string; organization: Organization | null }) {
  const store = useCairnStore();
  const { setOperatingModel, setOperatingModelRationale } = useActions();
  return (
    <div className="org-model">
      <fieldset className="fieldset org-model__choices">
        <legend className="visually-hidden">Operating model</legend>
        {OPERATING_MODELS.map((model) => (
          <label key={model} className={`org-model__choice${organization?.operatingModel === model ? ' is-selected' : ''}`}>
            <input type="radio" name={`operating-model-${clientId}`} value={model} checked={organization?.operatingModel === model} onChange={() => setOperatingModel(clientId, model)} />
            <span>
              <span className="org-model__name">{OPERATING_MODEL_INFO[model].name}</span>
              <span className="org-model__description">{OPERATING_MODEL_INFO[model].description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`org-rationale-${clientId}`}>
          Rationale
        </label>
        <textarea
          id={`org-rationale-${clientId}`}
          className="textarea"
          rows={3}
          placeholder="Why this model fits the client now, and what would make it change."
          value={organization?.operatingModelRationale ?? ''}
          onChange={(event) => setOperatingModelRationale(clientId, event.target.value)}
          onBlur={() => store.endEditBurst()}
        />
      </div>
    </div>
  );
}
