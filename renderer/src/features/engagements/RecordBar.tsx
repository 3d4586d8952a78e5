import { useId, useState, type FormEvent } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { useFormat } from '../../components/useFormat';
import { useActions } from '../../store/StoreContext';
import { defaultEngagement, todayDate, type DatedRecord } from './engagement-records';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import './engagements.css';
import { DateField } from '../../components/DateField';

interface RecordBarProps {
  client: Client;
  /** Newest first. */
  records: readonly DatedRecord[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCreate: (fields: { engagementId: string; assessedOn: string }) => void;
  onDelete: () => void;
  /** "placement", "audit", "diagnosis". */
  noun: string;
}

/**
 * Picks which dated record of an instrument is on screen and starts a new one for an
 * engagement. Shared by the ten-stages, audit and first-moves tabs.
 */
export function RecordBar({ client, records, selectedId, onSelect, onCreate, onDelete, noun }: RecordBarProps) {
  const { date: formatDate } = useFormat();
  const { setTab } = useActions();
  const [creating, setCreating] = useState(false);
  const [engagementId, setEngagementId] = useState(() => defaultEngagement(client.engagements)?.id ?? '');
  const [assessedOn, setAssessedOn] = useState(todayDate);
  const selectId = useId();
  const engagementTitle = (id: string) => client.engagements.find((engagement) => engagement.id === id)?.title ?? 'Unknown engagement';
  const capitalized = noun.charAt(0).toUpperCase() + noun.slice(1);

  if (client.engagements.length === 0) {
    return (
      <div className="notice record-bar__notice">
        <span>Records belong to an engagement. Add one first.</span>
        <Button onClick={() => setTab('engagements')}>
          Go to engagements
        </Button>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (engagementId === '' || assessedOn === '') return;
    onCreate({ engagementId, assessedOn });
    setCreating(false);
  };

  return (
    <div className="record-bar">
      {records.length > 0 ? (
        <div className="record-bar__pick">
          <label htmlFor={selectId} className="field__label">
            {capitalized}
          </label>
          <Select id={selectId} value={selectedId ?? ''} onChange={(event) => onSelect(event.target.value)}>
            {records.map((record) => (
              <option key={record.id} value={record.id}>
                {formatDate(record.assessedOn)} · {engagementTitle(record.engagementId)}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      {creating ? (
        <form className="record-bar__form" onSubmit={submit} aria-label={`New ${noun}`}>
          <label className="record-bar__field">
            <span className="field__label">Engagement</span>
            <Select value={engagementId} onChange={(event) => setEngagementId(event.target.value)}>
              {client.engagements.map((engagement) => (
                <option key={engagement.id} value={engagement.id}>
                  {engagement.title}
                </option>
              ))}
            </Select>
          </label>
          <label className="record-bar__field">
            <span className="field__label">Date</span>
            <DateField className="input" required value={assessedOn} onChange={(iso) => setAssessedOn(iso)} />
          </label>
          <Button type="submit" variant="primary">
            Create {noun}
          </Button>
          <Button variant="ghost" onClick={() => setCreating(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <div className="record-bar__actions">
          <Button variant="primary" onClick={() => setCreating(true)}>
            <Plus size={14} aria-hidden="true" />
            New {noun}
          </Button>
          {selectedId ? (
            <Button variant="ghost-danger" onClick={onDelete}>
              <Trash2 size={14} aria-hidden="true" />
              Delete {noun}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
