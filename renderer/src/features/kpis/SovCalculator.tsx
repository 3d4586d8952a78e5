import { useState } from 'react';
import { Plus, Trash2, X } from 'lucide-react';
import { SHARE_OF_VOICE_RULE, shareOfVoice, type Kpi } from '../../../../shared/kpi';
import { useActions, useCairnStore } from '../../store/StoreContext';
import { sovCompetitors } from '../../store/kpis.slice';
import { useFormat } from '../../components/useFormat';
import { RuleNote } from '../maturity/RuleNote';
import { NumberInput } from './NumberInput';
import { todayDate } from './kpi-format';
import { Button } from '../../components/Button';
import { IconButton } from '../../components/IconButton';
import { DateField } from '../../components/DateField';

/**
 * Own and competitors' mentions per period; the share of voice of each period is computed
 * as it is typed and becomes the KPI's measurement for that period's end date.
 */
export function SovCalculator({ clientId, kpi }: { clientId: string; kpi: Kpi }) {
  const format = useFormat();
  const store = useCairnStore();
  const { addSovPeriod, updateSovPeriod, deleteSovPeriod, setSovMentions, addSovCompetitor, removeSovCompetitor } = useActions();
  const [label, setLabel] = useState('');
  const [endDate, setEndDate] = useState(todayDate());
  const [competitor, setCompetitor] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const periods = kpi.shareOfVoice?.periods ?? [];
  const competitors = sovCompetitors(kpi);
  const endBurst = () => store.endEditBurst();

  return (
    <div className="sov">
      <RuleNote>{SHARE_OF_VOICE_RULE}</RuleNote>
      {periods.length === 0 ? (
        <p className="muted sov__empty">No periods yet. Add the first period, then the competitors you compare against.</p>
      ) : (
        <div className="table-wrap sov__wrap">
          <table className="table sov__table">
            <caption className="visually-hidden">Share-of-voice periods of {kpi.name}</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">End date</th>
                <th scope="col" className="sov__num">Own mentions</th>
                {competitors.map((name) => (
                  <th key={name} scope="col" className="sov__num">
                    <span className="sov__competitor">
                      {name}
                      <IconButton label={`Remove competitor ${name}`} title={`Remove ${name}`} size="small" icon={<X size={12} aria-hidden="true" />} onClick={() => removeSovCompetitor(clientId, kpi.id, name)} />
                    </span>
                  </th>
                ))}
                <th scope="col" className="sov__num">Share of voice</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period, index) => {
                const name = period.periodLabel.trim() || `period ${index + 1}`;
                const result = shareOfVoice(period.ownMentions, period.competitorMentions);
                return (
                  <tr key={period.id}>
                    <td>
                      <input
                        className="input"
                        aria-label={`Label of period ${index + 1}`}
                        value={period.periodLabel}
                        onChange={(event) => updateSovPeriod(clientId, kpi.id, period.id, { periodLabel: event.target.value }, 'label')}
                        onBlur={(event) => {
                          if (event.target.value.trim() === '') updateSovPeriod(clientId, kpi.id, period.id, { periodLabel: `Period ${index + 1}` });
                          endBurst();
                        }}
                      />
                    </td>
                    <td>
                      <DateField
                        className="input"
                        aria-label={`End date of ${name}`}
                        value={period.endDate}
                        onChange={(iso) => iso && updateSovPeriod(clientId, kpi.id, period.id, { endDate: iso })}
                      />
                    </td>
                    <td className="sov__num">
                      <NumberInput
                        className="input sov__input"
                        aria-label={`Own mentions in ${name}`}
                        nonNegative
                        value={period.ownMentions}
                        onValue={(value) => setSovMentions(clientId, kpi.id, period.id, { own: true }, value ?? 0, 'own')}
                        onBlur={endBurst}
                      />
                    </td>
                    {competitors.map((competitorName) => (
                      <td key={competitorName} className="sov__num">
                        <NumberInput
                          className="input sov__input"
                          aria-label={`${competitorName} mentions in ${name}`}
                          nonNegative
                          value={period.competitorMentions.find((entry) => entry.name === competitorName)?.mentions ?? 0}
                          onValue={(value) => setSovMentions(clientId, kpi.id, period.id, { competitor: competitorName }, value ?? 0, `c:${competitorName}`)}
                          onBlur={endBurst}
                        />
                      </td>
                    ))}
                    <td className="sov__num">
                      <output aria-label={`Share of voice in ${name}`} className={`sov__result sov__result--${result.status}`} title={result.status === 'ok' ? undefined : result.reason}>
                        {result.status === 'ok' ? format.kpiValue(result.percent, '%') : result.status === 'no-mentions' ? 'No mentions' : 'Invalid'}
                      </output>
                    </td>
                    <td className="measurements__actions">
                      <IconButton label={`Delete ${name}`} title="Delete period" tone="danger" icon={<Trash2 size={14} aria-hidden="true" />} onClick={() => deleteSovPeriod(clientId, kpi.id, period.id)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="sov__forms">
        <form
          className="measurements__add"
          aria-label="Add a period"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (label.trim() === '' || !endDate) return setMessage('Give the period a label and an end date.');
            addSovPeriod(clientId, kpi.id, { periodLabel: label.trim(), endDate });
            setLabel('');
            setMessage(null);
          }}
        >
          <input className="input" aria-label="New period label" placeholder="Period, e.g. Q1 2026" value={label} onChange={(event) => setLabel(event.target.value)} />
          <DateField className="input" aria-label="New period end date" value={endDate} onChange={(iso) => setEndDate(iso)} />
          <Button type="submit">
            <Plus size={14} aria-hidden="true" />
            Add period
          </Button>
        </form>
        <form
          className="measurements__add"
          aria-label="Add a competitor"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const refusal = addSovCompetitor(clientId, kpi.id, competitor);
            setMessage(refusal);
            if (refusal === null) setCompetitor('');
          }}
        >
          <input className="input" aria-label="Competitor name" placeholder="Competitor, e.g. Bergwelt" value={competitor} onChange={(event) => setCompetitor(event.target.value)} />
          <Button type="submit">
            <Plus size={14} aria-hidden="true" />
            Add competitor
          </Button>
        </form>
      </div>
      {message ? (
        <p className="field__error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
