import type { Client } from '../../../../shared/domain/client';
import { COMMUNITY_MATURITY_MODEL } from '../../../../shared/frameworks/builtin/community-maturity-model';
import type { Kpi } from '../../../../shared/kpi';
import { useActions } from '../../store/StoreContext';

const SUGGESTED_COMPETENCY = 'metrics-measurement';

/** The initiatives a KPI tracks (kept in step on the initiative) and the competencies it evidences. */
export function KpiLinks({ client, kpi }: { client: Client; kpi: Kpi }) {
  const { setKpiInitiativeLink, updateKpi } = useActions();
  const toggleCompetency = (id: string, on: boolean) =>
    updateKpi(client.id, kpi.id, { competencyIds: on ? [...kpi.competencyIds.filter((other) => other !== id), id] : kpi.competencyIds.filter((other) => other !== id) });

  return (
    <div className="kpi-links">
      <fieldset className="fieldset">
        <legend className="field__label">Linked initiatives</legend>
        {client.initiatives.length === 0 ? (
          <p className="field__hint">No initiatives on the roadmap yet. Once there are, tick the ones this KPI tells you about.</p>
        ) : (
          <ul className="kpi-links__list">
            {client.initiatives.map((initiative) => (
              <li key={initiative.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={kpi.initiativeIds.includes(initiative.id)}
                    onChange={(event) => setKpiInitiativeLink(client.id, kpi.id, initiative.id, event.target.checked)}
                  />
                  {initiative.title}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field__label">Competencies it measures</legend>
        <ul className="kpi-links__list kpi-links__list--columns">
          {COMMUNITY_MATURITY_MODEL.competencies.map((competency) => (
            <li key={competency.id}>
              <label className="check">
                <input type="checkbox" checked={kpi.competencyIds.includes(competency.id)} onChange={(event) => toggleCompetency(competency.id, event.target.checked)} />
                {competency.name}
                {competency.id === SUGGESTED_COMPETENCY ? <span className="badge badge--accent">Suggested</span> : null}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
