import { useMemo } from 'react';
import type { Assessment } from '../../../../shared/assessment/assessment-schema';
import { assessmentHeatmap, assessmentRadar } from '../../../../shared/charts/assessment-charts';
import type { Framework } from '../../../../shared/frameworks/framework-schema';
import { SCORING_RULES, gapTable, overallStage, percentToTarget } from '../../../../shared/scoring';
import { SvgChart } from '../../components/SvgChart';
import { RuleNote } from './RuleNote';
import { stageLabel } from './maturity-format';
import { useFormat } from '../../components/useFormat';

const CONFIDENCE = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/** Where the client stands: radar and heatmap first, then overall stage, percent to target and gaps; each rule on demand. */
export function ResultsPanel({ assessment, framework, previous }: { assessment: Assessment; framework: Framework; previous: Assessment | null }) {
  const format = useFormat();
  const overall = overallStage(assessment, framework);
  const progress = percentToTarget(assessment, framework);
  const gaps = gapTable(assessment, framework);
  const percentById = new Map(progress.competencies.map((entry) => [entry.competencyId, entry]));
  const radar = useMemo(() => assessmentRadar(assessment, framework, { previous, idPrefix: `radar-${assessment.id}` }), [assessment, framework, previous]);
  const heatmap = useMemo(() => assessmentHeatmap(assessment, framework, { idPrefix: `heatmap-${assessment.id}` }), [assessment, framework]);

  return (
    <div className="results">
      <div className="results__charts">
        <section className="card chart-card" aria-label="Radar: current and target">
          <h3 className="card__title">Current vs target{previous ? ` (and ${format.date(previous.assessedOn)})` : ''}</h3>
          <SvgChart tree={radar} className="chart-card__canvas" />
        </section>
        <section className="card chart-card" aria-label="Heatmap: competencies by stage">
          <h3 className="card__title">Competencies by stage</h3>
          <SvgChart tree={heatmap} className="chart-card__canvas" />
        </section>
      </div>

      <div className="results__summary">
        <section className="card" aria-labelledby="overall-stage-title">
          <h3 className="stat__label" id="overall-stage-title">
            Overall stage
          </h3>
          <p className="stat__value">{overall.stage === null ? '—' : stageLabel(framework, overall.stage)}</p>
          <p className="stat__meta">
            Median of {overall.basedOn} competenc{overall.basedOn === 1 ? 'y' : 'ies'} in scope
          </p>
          <RuleNote>{SCORING_RULES.overallStage}</RuleNote>
        </section>
        <section className="card" aria-labelledby="percent-title">
          <h3 className="stat__label" id="percent-title">
            Percent to target
          </h3>
          <p className="stat__value">{format.percent(progress.overall)}</p>
          <div className="meter" role="meter" aria-label="Percent to target overall" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.overall ?? 0}>
            <div className="meter__fill" style={{ width: `${progress.overall ?? 0}%` }} />
          </div>
          <RuleNote>{SCORING_RULES.percentToTarget}</RuleNote>
        </section>
      </div>

      <section aria-labelledby="gap-table-title">
        <h3 className="section-title" id="gap-table-title">
          Gaps, largest first
        </h3>
        <div className="table-wrap">
          <table className="table gap-table" aria-labelledby="gap-table-title">
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Current</th>
                <th scope="col">Target</th>
                <th scope="col">Gap</th>
                <th scope="col">To target</th>
                <th scope="col">Confidence</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((row) => {
                const percent = percentById.get(row.competencyId);
                return (
                  <tr key={row.competencyId} className="table__row">
                    <th scope="row">{row.name}</th>
                    {row.notApplicable ? (
                      <td colSpan={3} className="muted">
                        Not in scope
                      </td>
                    ) : (
                      <>
                        <td className="table__nowrap">{stageLabel(framework, row.current)}</td>
                        <td className="table__nowrap">{stageLabel(framework, row.target)}</td>
                        <td className={`gap-table__gap${row.gap !== null && row.gap > 0 ? ' is-open' : ''}`}>{row.gap === null ? '—' : row.gap}</td>
                      </>
                    )}
                    <td>
                      {percent?.percent === null || percent === undefined ? (
                        '—'
                      ) : (
                        <span className="gap-table__percent">
                          <span className="mini-meter" aria-hidden="true">
                            <span className="mini-meter__fill" style={{ width: `${percent.percent}%` }} />
                          </span>
                          {format.percent(percent.percent)}{percent.aboveTarget ? ' (beyond)' : ''}
                        </span>
                      )}
                    </td>
                    <td>{row.confidence && !row.notApplicable ? CONFIDENCE[row.confidence] : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <RuleNote>{SCORING_RULES.gapTable}</RuleNote>
      </section>
    </div>
  );
}
