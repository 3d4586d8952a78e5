import { useRef, useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import type { Kpi } from '../../../../shared/kpi';
import { useActions, useCairnStore } from '../../store/StoreContext';
import { NumberInput } from './NumberInput';
import { todayDate } from './kpi-format';
import { Button } from '../../components/Button';
import { IconButton } from '../../components/IconButton';
import { DateField } from '../../components/DateField';

/**
 * Measurements as an editable table: every cell is a field, Tab moves through them, and
 * the last row is a form that adds a reading on Enter and keeps focus there for the next.
 */
export function MeasurementsEditor({ clientId, kpi }: { clientId: string; kpi: Kpi }) {
  const store = useCairnStore();
  const { addMeasurement, updateMeasurement, deleteMeasurement } = useActions();
  const [date, setDate] = useState(todayDate());
  const [value, setValue] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const endBurst = () => store.endEditBurst();
  const unit = kpi.unit.trim() ? ` (${kpi.unit.trim()})` : '';

  const add = () => {
    if (value === null) return setError('Type the measured value.');
    if (!date) return setError('Pick the date of the measurement.');
    addMeasurement(clientId, kpi.id, { date, value, note: note.trim() });
    setValue(null);
    setNote('');
    setError(null);
    valueRef.current?.focus();
  };

  return (
    <div className="measurements">
      <table className="table measurements__table">
        <caption className="visually-hidden">Measurements of {kpi.name}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Value{unit}</th>
            <th scope="col">Note</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {kpi.measurements.map((measurement, index) => {
            const n = index + 1;
            return (
              <tr key={measurement.id}>
                <td>
                  <DateField
                    className="input"
                    aria-label={`Date of measurement ${n}`}
                    value={measurement.date}
                    onChange={(iso) => iso && updateMeasurement(clientId, kpi.id, measurement.id, { date: iso })}
                  />
                </td>
                <td>
                  <NumberInput
                    aria-label={`Value of measurement ${n}`}
                    value={measurement.value}
                    onValue={(next) => next !== null && updateMeasurement(clientId, kpi.id, measurement.id, { value: next }, 'value')}
                    onBlur={endBurst}
                  />
                </td>
                <td>
                  <input
                    className="input"
                    aria-label={`Note on measurement ${n}`}
                    value={measurement.note}
                    onChange={(event) => updateMeasurement(clientId, kpi.id, measurement.id, { note: event.target.value }, 'note')}
                    onBlur={endBurst}
                  />
                </td>
                <td className="measurements__actions">
                  <IconButton label={`Delete measurement ${n}`} title="Delete" tone="danger" icon={<Trash2 size={14} aria-hidden="true" />} onClick={() => deleteMeasurement(clientId, kpi.id, measurement.id)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form
        className="measurements__add"
        aria-label="Record a measurement"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <DateField className="input" aria-label="New measurement date" value={date} onChange={(iso) => setDate(iso)} />
        <NumberInput ref={valueRef} aria-label="New measurement value" placeholder={`Value${unit}`} value={value} onValue={setValue} />
        <input className="input" aria-label="New measurement note" placeholder="Note (optional)" value={note} onChange={(event) => setNote(event.target.value)} />
        <Button type="submit">
          <Plus size={14} aria-hidden="true" />
          Record measurement
        </Button>
      </form>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
