import type { SocialBusinessAudit } from '../../../../shared/assessment/social-business-audit-schema';
import { STAKEHOLDER_GROUP_LABELS, type StakeholderGroup } from '../../../../shared/domain/reference-lists';
import { auditCoverageMatrix } from '../../../../shared/scoring/audit-coverage';

interface CoverageMatrixProps {
  audit: SocialBusinessAudit;
  onToggle: (functionName: string, group: StakeholderGroup, covered: boolean) => void;
}

/** Business functions × stakeholder groups: a real table, one labelled checkbox per cell, totals both ways. */
export function CoverageMatrix({ audit, onToggle }: CoverageMatrixProps) {
  const matrix = auditCoverageMatrix(audit);
  const gaps = matrix.groups.filter((_, column) => matrix.columnTotals[column] === 0).map((group) => STAKEHOLDER_GROUP_LABELS[group]);
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h3 id="coverage-title" className="card__title">
        Coverage matrix
      </h3>
      <p className="card__hint">
        Tick where a business function engages a stakeholder group on social channels. {matrix.total} of {matrix.functions.length * matrix.groups.length} pairs covered
        {gaps.length > 0 ? `; nobody engages ${gaps.join(', ')}.` : '.'}
      </p>
      <div className="table-wrap coverage__wrap">
        <table className="table coverage__table">
          <caption className="visually-hidden">Which business function engages which stakeholder group, with totals per function and per group</caption>
          <thead>
            <tr>
              <th scope="col">Business function</th>
              {matrix.groups.map((group) => (
                <th key={group} scope="col" className="coverage__group">
                  {STAKEHOLDER_GROUP_LABELS[group]}
                </th>
              ))}
              <th scope="col" className="coverage__total">
                Groups engaged
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.functions.map((name, row) => (
              <tr key={name}>
                <th scope="row" className="coverage__function">
                  {name}
                </th>
                {matrix.groups.map((group, column) => {
                  const covered = matrix.cells[row]![column]!;
                  return (
                    <td key={group} className={`coverage__cell${covered ? ' coverage__cell--on' : ''}`}>
                      <input
                        type="checkbox"
                        aria-label={`${name} engages ${STAKEHOLDER_GROUP_LABELS[group]}`}
                        checked={covered}
                        onChange={(event) => onToggle(name, group, event.target.checked)}
                      />
                    </td>
                  );
                })}
                <td className="coverage__total" aria-label={`${name}: ${matrix.rowTotals[row]} of ${matrix.groups.length} groups`}>
                  {matrix.rowTotals[row]}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Functions engaging</th>
              {matrix.groups.map((group, column) => (
                <td key={group} className={`coverage__total${matrix.columnTotals[column] === 0 ? ' coverage__total--gap' : ''}`} aria-label={`${STAKEHOLDER_GROUP_LABELS[group]}: engaged by ${matrix.columnTotals[column]} functions`}>
                  {matrix.columnTotals[column]}
                </td>
              ))}
              <td className="coverage__total coverage__grand" aria-label={`Total: ${matrix.total} pairs covered`}>
                {matrix.total}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
