import type { Client } from '../../../../shared/domain/client';
import type { DatedValue, Kpi, KpiDirection } from '../../../../shared/kpi';
import { Field } from '../../components/Field';
import { useActions, useCairnStore } from '../../store/StoreContext';
import type { KpiFields as Editable } from '../../store/kpis.slice';
import { NumberInput } from './NumberInput';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';

/** What the KPI measures and what it aims for; every change is saved as it is typed. */
export function KpiFields({ client, kpi }: { client: Client; kpi: Kpi }) {
  const store = useCairnStore();
  const { updateKpi } = useActions();
  const set = (patch: Partial<Editable>, key?: string) => updateKpi(client.id, kpi.id, patch, key);
  const endBurst = () => store.endEditBurst();
  const text = (field: 'name' | 'formula' | 'unit' | 'dataSource') => ({
    value: kpi[field],
    onChange: (event: { target: { value: string } }) => set({ [field]: event.target.value }, field),
    onBlur: endBurst,
  });
  const dated = (which: 'baseline' | 'target', patch: Partial<DatedValue>, key?: string) => set({ [which]: { ...kpi[which], ...patch } }, key);

  return (
    <div className="kpi-fields">
      <Field label="Name" error={kpi.name.trim() === '' ? 'A KPI needs a name.' : null}>
        {({ id, describedBy, invalid }) => <input id={id} className="input" aria-describedby={describedBy} aria-invalid={invalid || undefined} {...text('name')} />}
      </Field>
      <Field label="Definition">
        {({ id }) => (
          <textarea id={id} className="textarea" rows={2} value={kpi.definition} onChange={(event) => set({ definition: event.target.value }, 'definition')} onBlur={endBurst} />
        )}
      </Field>
      <Field label="Formula">{({ id }) => <input id={id} className="input" {...text('formula')} />}</Field>
      <div className="form__row kpi-fields__row">
        <Field label="Unit">{({ id }) => <input id={id} className="input" placeholder="%, hours, visits" {...text('unit')} />}</Field>
        <Field label="Direction">
          {({ id }) => (
            <Select id={id} value={kpi.direction} onChange={(event) => set({ direction: event.target.value as KpiDirection })}>
              <option value="higher-is-better">Higher is better</option>
              <option value="lower-is-better">Lower is better</option>
            </Select>
          )}
        </Field>
      </div>
      <div className="form__row kpi-fields__row">
        <Field label="Baseline value">
          {({ id }) => <NumberInput id={id} value={kpi.baseline.value} onValue={(value) => dated('baseline', { value }, 'baseline-value')} onBlur={endBurst} />}
        </Field>
        <Field label="Baseline date">
          {({ id }) => <DateField id={id} className="input" value={kpi.baseline.date ?? ''} onChange={(iso) => dated('baseline', { date: iso || null })} />}
        </Field>
      </div>
      <div className="form__row kpi-fields__row">
        <Field label="Target value">
          {({ id }) => <NumberInput id={id} value={kpi.target.value} onValue={(value) => dated('target', { value }, 'target-value')} onBlur={endBurst} />}
        </Field>
        <Field label="Target date">
          {({ id }) => <DateField id={id} className="input" value={kpi.target.date ?? ''} onChange={(iso) => dated('target', { date: iso || null })} />}
        </Field>
      </div>
      <div className="form__row kpi-fields__row">
        <Field label="Owner">
          {({ id }) => (
            <Select id={id} value={kpi.ownerStakeholderId ?? ''} onChange={(event) => set({ ownerStakeholderId: event.target.value || null })}>
              <option value="">No owner yet</option>
              {client.stakeholders.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                  {person.title ? ` · ${person.title}` : ''}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Data source">{({ id }) => <input id={id} className="input" {...text('dataSource')} />}</Field>
      </div>
    </div>
  );
}
