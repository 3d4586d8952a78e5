import { kpiSparkline, kpiStatus, type Kpi } from '../../../../shared/kpi';

/** A value over its date, so long units and dates do not widen the table. */
function DatedCell({ dated, unit, joiner }: { dated: { value: number | null; date: string | null }; unit: string; joiner: 'on' | 'by' }) {
  const format = useFormat();
  if (dated.value === null && dated.date === null) return <>—</>;
  return (
    <>
      <span className="table__nowrap">{dated.value === null ? '—' : format.kpiValue(dated.value, unit)}</span>
      {dated.date ? (
        <span className="kpi-table__sub">
          {joiner} {format.date(dated.date)}
        </span>
      ) : null}
    </>
  );
}
import { SvgChart } from '../../components/SvgChart';
import { useFormat } from '../../components/useFormat';
import { KpiStatusChip } from './KpiStatusChip';
import { kpiCategoryLabel } from './kpi-format';

/** The KPI plan at a glance: one row per KPI, the name opens its editor. */
export function KpiTable({ kpis, onOpen }: { kpis: readonly Kpi[]; onOpen: (id: string) => void }) {
  const { locale } = useFormat();
  return (
    <div className="table-wrap">
      <table className="table kpi-table">
        <caption className="visually-hidden">KPI plan</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            <th scope="col">Category</th>
            <th scope="col">Baseline</th>
            <th scope="col">Target</th>
            <th scope="col">Latest</th>
            <th scope="col">Trend</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => {
            const status = kpiStatus(kpi, locale);
            return (
              <tr key={kpi.id} className="table__row">
                <td>
                  <button type="button" className="table__name" onClick={() => onOpen(kpi.id)}>
                    {kpi.name}
                  </button>
                  {kpi.shareOfVoice ? <span className="kpi-table__sub">{kpi.shareOfVoice.periods.length} periods</span> : null}
                </td>
                <td className="table__nowrap muted">{kpiCategoryLabel(kpi)}</td>
                <td className="kpi-num">
                  <DatedCell dated={kpi.baseline} unit={kpi.unit} joiner="on" />
                </td>
                <td className="kpi-num">
                  <DatedCell dated={kpi.target} unit={kpi.unit} joiner="by" />
                </td>
                <td className="kpi-num">{status.latest ? <DatedCell dated={status.latest} unit={kpi.unit} joiner="on" /> : '—'}</td>
                <td className="kpi-table__trend">
                  <SvgChart
                    className="kpi-sparkline"
                    tree={kpiSparkline(kpi.measurements, { width: 96, height: 26, target: kpi.target.value, unit: kpi.unit, title: `Trend of ${kpi.name}`, idPrefix: `spark-${kpi.id}` })}
                  />
                </td>
                <td>
                  <KpiStatusChip status={status.status} reason={status.reason} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
