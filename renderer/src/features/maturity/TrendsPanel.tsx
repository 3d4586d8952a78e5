import { useMemo, useState } from 'react';
import { TrendingUp } from 'lucide-react';
import type { Assessment } from '../../../../shared/assessment/assessment-schema';
import { trendDeltaBars } from '../../../../shared/charts/assessment-charts';
import type { Client } from '../../../../shared/domain/client';
import type { Framework } from '../../../../shared/frameworks/framework-schema';
import { SCORING_RULES, compareAssessments } from '../../../../shared/scoring';
import { EmptyState } from '../../components/EmptyState';
import { SvgChart } from '../../components/SvgChart';
import { assessmentsOnFramework, previousAssessment } from '../../store/assessments.selectors';
import { RuleNote } from './RuleNote';
import { arrowDelta, stageLabel } from './maturity-format';

const optionLabel = (assessment: Assessment) => `${assessment.assessedOn} · ${assessment.title}`;

/** Two assessments of the client on one framework, side by side: change per competency. */
export function TrendsPanel({ client, assessment, framework }: { client: Client; assessment: Assessment; framework: Framework }) {
  const candidates = assessmentsOnFramework(client, assessment.frameworkId);
  const fallbackEarlier = previousAssessment(client, assessment) ?? candidates.find((candidate) => candidate.id !== assessment.id) ?? null;
  const [earlierId, setEarlierId] = useState<string | null>(null);
  const [laterId, setLaterId] = useState<string | null>(null);
  const earlier = candidates.find((candidate) => candidate.id === earlierId) ?? fallbackEarlier;
  const later = candidates.find((candidate) => candidate.id === laterId) ?? assessment;
  const trend = useMemo(() => (earlier ? compareAssessments(earlier, later, framework) : null), [earlier, later, framework]);
  const chart = useMemo(() => (earlier ? trendDeltaBars(earlier, later, framework, { idPrefix: 'trend', width: 720 }) : null), [earlier, later, framework]);

  if (candidates.length < 2 || !earlier || !trend || !chart) {
    return (
      <EmptyState icon={<TrendingUp size={28} />} title="One assessment so far">
        A trend needs two assessments on the {framework.name}. Use “Reassess” months later to start from this one and record what moved.
      </EmptyState>
    );
  }

  return (
    <div className="trends">
      <div className="trends__pickers">
        <label className="field">
          <span className="field__label">Earlier assessment</span>
          <select className="select" value={earlier.id} onChange={(event) => setEarlierId(event.target.value)}>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {optionLabel(candidate)}
              </option>
            ))}
          </select>
        </label>
        <span className="trends__arrow" aria-hidden="true">
          →
        </span>
        <label className="field">
          <span className="field__label">Later assessment</span>
          <select className="select" value={later.id} onChange={(event) => setLaterId(event.target.value)}>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {optionLabel(candidate)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {earlier.id === later.id ? <p className="notice">Pick two different assessments to see a change.</p> : null}
      {earlier.assessedOn > later.assessedOn ? <p className="notice">The “earlier” assessment is dated after the “later” one, so arrows point backwards in time.</p> : null}

      <p className="trends__overall">
        Overall stage: <strong>{stageLabel(framework, trend.overallBefore)}</strong> → <strong>{stageLabel(framework, trend.overallAfter)}</strong>{' '}
        <span className={`delta delta--${trend.overallDelta === null ? 'na' : trend.overallDelta > 0 ? 'up' : trend.overallDelta < 0 ? 'down' : 'same'}`}>
          ({arrowDelta(trend.overallDelta)})
        </span>
      </p>

      <div className="trends__body">
        <div className="table-wrap">
          <table className="table trends__table">
            <caption className="visually-hidden">Change per competency</caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Change</th>
                <th scope="col">Target</th>
              </tr>
            </thead>
            <tbody>
              {trend.competencies.map((row) => (
                <tr key={row.competencyId} className="table__row">
                  <th scope="row">{row.name}</th>
                  <td>{row.currentBefore ?? '—'}</td>
                  <td>{row.currentAfter ?? '—'}</td>
                  <td className={`delta delta--${row.direction === 'n.a.' ? 'na' : row.direction}`}>{arrowDelta(row.currentDelta)}</td>
                  <td className="table__nowrap muted">
                    {row.targetBefore ?? '—'} → {row.targetAfter ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <section className="card chart-card" aria-label="Change per competency chart">
          <SvgChart tree={chart} className="chart-card__canvas" />
        </section>
      </div>
      <RuleNote>{SCORING_RULES.trend}</RuleNote>
    </div>
  );
}
