import type { Framework } from '../../../../shared/frameworks/framework-schema';

/** Read-only: stages as columns, competencies as rows, the descriptor in every cell. */
export function FrameworkView({ framework }: { framework: Framework }) {
  return (
    <div className="framework-view">
      <p className="meta-line">
        Version {framework.version} · {framework.stages.length} stages · {framework.competencies.length} competencies
        {framework.source ? ` · ${framework.source}` : ''}
      </p>
      {/* Focusable so a keyboard can scroll a table wider than the dialog. */}
      <div className="table-wrap framework-view__wrap" role="region" aria-label={`${framework.name}, stages and competencies`} tabIndex={0}>
        <table className="table framework-view__table">
          <caption className="visually-hidden">{framework.name}: what each competency looks like at each stage</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              {framework.stages.map((stage) => (
                <th key={stage.id} scope="col">
                  {stage.level} · {stage.name}
                  {stage.summary ? <span className="framework-view__description">{stage.summary}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {framework.competencies.map((competency) => (
              <tr key={competency.id}>
                <th scope="row" className="framework-view__competency">
                  {competency.name}
                  {competency.description ? <span className="framework-view__description">{competency.description}</span> : null}
                  {competency.evidence.length > 0 ? (
                    <ul className="framework-view__evidence" aria-label={`Evidence for ${competency.name}`}>
                      {competency.evidence.map((item, at) => (
                        <li key={at}>{item}</li>
                      ))}
                    </ul>
                  ) : null}
                </th>
                {framework.stages.map((stage) => (
                  <td key={stage.id} className="framework-view__cell">
                    {competency.descriptors[stage.id] || <span className="muted">—</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
