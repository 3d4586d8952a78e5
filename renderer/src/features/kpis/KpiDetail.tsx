import { ArrowLeft, Trash2 } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { kpiTrendChart } from '../../../../shared/charts/kpi-trend-chart';
import { shareOfVoiceChart } from '../../../../shared/charts/share-of-voice-chart';
import { KPI_STATUS_RULE, kpiStatus, type Kpi } from '../../../../shared/kpi';
import { SvgChart } from '../../components/SvgChart';
import { useActions } from '../../store/StoreContext';
import { useFormat } from '../../components/useFormat';
import { RuleNote } from '../maturity/RuleNote';
import { KpiFields } from './KpiFields';
import { KpiLinks } from './KpiLinks';
import { KpiStatusChip } from './KpiStatusChip';
import { MeasurementsEditor } from './MeasurementsEditor';
import { SovCalculator } from './SovCalculator';
import { kpiCategoryLabel } from './kpi-format';
import { Button } from '../../components/Button';

/** One KPI: its definition and target, status and trend, links, and the measurements behind it. */
export function KpiDetail({ client, kpi, onBack }: { client: Client; kpi: Kpi; onBack: () => void }) {
  const { deleteKpi } = useActions();
  const format = useFormat();
  const status = kpiStatus(kpi, format.locale);
  const progress = status.actualProgress === null ? null : Math.round(status.actualProgress);
  const expected = status.expectedProgress === null ? null : Math.round(status.expectedProgress);
  const byDate = [...kpi.measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = byDate[0];
  const last = status.latest;

  return (
    <article className="kpi-detail" aria-labelledby="kpi-detail-title">
      <header className="kpi-detail__header">
        <Button variant="ghost" onClick={onBack}>
          <ArrowLeft size={14} aria-hidden="true" />
          All KPIs
        </Button>
        <div className="kpi-detail__title-row">
          <h2 id="kpi-detail-title" className="kpi-detail__title">
            {kpi.name || 'Unnamed KPI'}
          </h2>
          <span className="badge">{kpiCategoryLabel(kpi)}</span>
          <KpiStatusChip status={status.status} />
        </div>
        <Button variant="ghost-danger"
          onClick={() => {
            deleteKpi(client.id, kpi.id);
            onBack();
          }}
        >
          <Trash2 size={14} aria-hidden="true" />
          Delete KPI
        </Button>
      </header>

      <div className="kpi-detail__grid">
        <section className="card" aria-labelledby="kpi-definition-title">
          <h3 id="kpi-definition-title" className="kpi-detail__section-title">
            Definition and target
          </h3>
          <KpiFields client={client} kpi={kpi} />
        </section>

        <div className="kpi-detail__side">
          <section className="card" aria-labelledby="kpi-status-title">
            <h3 id="kpi-status-title" className="kpi-detail__section-title">
              Status
            </h3>
            <div className="kpi-detail__status" role="status" aria-label="KPI status">
              <KpiStatusChip status={status.status} />
              <p className="kpi-detail__reason">{status.reason}</p>
            </div>
            {progress !== null && expected !== null ? (
              <div className="kpi-progress" aria-hidden="true">
                <div className="kpi-progress__bar">
                  <span className={`kpi-progress__fill kpi-progress__fill--${status.status}`} style={{ width: `${Math.max(0, Math.min(100, progress))}%` }} />
                  <span className="kpi-progress__expected" style={{ left: `${Math.max(0, Math.min(100, expected))}%` }} />
                </div>
                <span className="kpi-progress__legend">
                  {format.percent(progress)} of the way · {format.percent(expected)} expected
                </span>
              </div>
            ) : null}
            <SvgChart className="kpi-detail__chart" tree={kpiTrendChart({ kpi, width: 460, height: 220, title: `Trend of ${kpi.name}`, idPrefix: `trend-${kpi.id}` })} />
            {first && last && first !== last ? (
              <p className="kpi-detail__range">
                {kpi.measurements.length} measurements, from {format.kpiValue(first.value, kpi.unit)} on {format.date(first.date)} to {format.kpiValue(last.value, kpi.unit)} on {format.date(last.date)}
              </p>
            ) : null}
            <details className="kpi-detail__rule">
              <summary>How the status is decided</summary>
              <RuleNote>{KPI_STATUS_RULE}</RuleNote>
            </details>
          </section>
          <section className="card" aria-labelledby="kpi-links-title">
            <h3 id="kpi-links-title" className="kpi-detail__section-title">
              Links
            </h3>
            <KpiLinks client={client} kpi={kpi} />
          </section>
        </div>
      </div>

      {kpi.shareOfVoice ? (
        <section className="card" aria-labelledby="kpi-sov-title">
          <h3 id="kpi-sov-title" className="kpi-detail__section-title">
            Share-of-voice calculator
          </h3>
          <SovCalculator clientId={client.id} kpi={kpi} />
          {(kpi.shareOfVoice?.periods.length ?? 0) > 0 ? (
            <SvgChart className="kpi-detail__chart" tree={shareOfVoiceChart({ periods: kpi.shareOfVoice!.periods, ownName: client.name, width: 640, idPrefix: `sov-${kpi.id}` })} />
          ) : null}
          <h4 className="kpi-detail__subhead">Measurements from the periods</h4>
          {kpi.measurements.length === 0 ? (
            <p className="muted">None yet: a period becomes a measurement once anyone is mentioned in it.</p>
          ) : (
            <ul className="sov__measurements">
              {kpi.measurements.map((measurement) => (
                <li key={measurement.id}>
                  <span className="kpi-num">{format.date(measurement.date)}</span>
                  <strong className="kpi-num">{format.kpiValue(measurement.value, kpi.unit)}</strong>
                  <span className="muted">{measurement.note}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <section className="card" aria-labelledby="kpi-measurements-title">
          <h3 id="kpi-measurements-title" className="kpi-detail__section-title">
            Measurements
          </h3>
          <MeasurementsEditor clientId={client.id} kpi={kpi} />
        </section>
      )}
    </article>
  );
}
