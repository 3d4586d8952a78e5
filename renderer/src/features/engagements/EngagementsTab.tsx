import { useState } from 'react';
import { Briefcase, Pencil, Plus, Trash2 } from 'lucide-react';
import { ENGAGEMENT_STATUSES, type Client, type Engagement } from '../../../../shared/domain/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { useFormat } from '../../components/useFormat';
import { useActions } from '../../store/StoreContext';
import type { EngagementFields } from '../../store/engagements.slice';
import { EngagementDialog } from './EngagementDialog';
import { engagementRecordSummary, todayDate } from './engagement-records';
import { STATUS_LABELS, parseStatus } from './engagement-status';
import { Button } from '../../components/Button';
import { IconButton } from '../../components/IconButton';
import './engagements.css';

type Editing = { mode: 'add' } | { mode: 'edit'; engagement: Engagement } | null;

const blank = (): EngagementFields => ({ title: '', startDate: todayDate(), endDate: null, scope: '', status: 'planned' });

const dateRange = (engagement: Engagement, formatDate: (iso: string) => string): string => {
  if (!engagement.startDate && !engagement.endDate) return 'No dates yet';
  const start = engagement.startDate ? formatDate(engagement.startDate) : '…';
  const end = engagement.endDate ? formatDate(engagement.endDate) : 'ongoing';
  return `${start} – ${end}`;
};

export function EngagementsTab({ client }: { client: Client }) {
  const { addEngagement, updateEngagement, removeEngagement } = useActions();
  const format = useFormat();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Engagement | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const engagements = [...client.engagements].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''));

  const save = (fields: EngagementFields) => {
    if (editing?.mode === 'edit') updateEngagement(client.id, editing.engagement.id, fields);
    else addEngagement(client.id, fields);
    setEditing(null);
  };

  return (
    <div>
      <div className="toolbar">
        <Button variant="primary" onClick={() => setEditing({ mode: 'add' })}>
          <Plus size={14} aria-hidden="true" />
          Add engagement
        </Button>
      </div>
      {refusal ? (
        <div className="notice notice--danger" role="alert">
          {refusal}
          <button type="button" className="link-btn" onClick={() => setRefusal(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {engagements.length === 0 ? (
        <EmptyState icon={<Briefcase size={28} />} title="No engagements yet">
          An engagement is one piece of work for this client, such as a baseline assessment or a yearly reassessment. Assessments, audits and placements belong to one.
        </EmptyState>
      ) : (
        <ul className="engagement-list" aria-label="Engagements">
          {engagements.map((engagement) => (
            <li key={engagement.id} className="card" aria-labelledby={`engagement-${engagement.id}`}>
              <div className="engagement__head">
                <div>
                  <h3 id={`engagement-${engagement.id}`} className="engagement__title">
                    {engagement.title}
                  </h3>
                  <p className="meta-line">
                    {dateRange(engagement, format.date)} · {engagementRecordSummary(client, engagement.id)}
                  </p>
                </div>
                <div className="engagement__actions">
                  <select
                    className={`select select--compact status-select--${engagement.status}`}
                    aria-label={`Status of ${engagement.title}`}
                    value={engagement.status}
                    onChange={(event) => updateEngagement(client.id, engagement.id, { status: parseStatus(event.target.value) })}
                  >
                    {ENGAGEMENT_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {STATUS_LABELS[status]}
                      </option>
                    ))}
                  </select>
                  <IconButton label={`Edit ${engagement.title}`} icon={<Pencil size={15} aria-hidden="true" />} title="Edit" onClick={() => setEditing({ mode: 'edit', engagement })} />
                  <IconButton label={`Remove ${engagement.title}`} tone="danger" icon={<Trash2 size={15} aria-hidden="true" />} title="Remove" onClick={() => setRemoving(engagement)} />
                </div>
              </div>
              {engagement.scope ? <p className="engagement__scope">{engagement.scope}</p> : <p className="engagement__scope muted">No scope written yet.</p>}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <EngagementDialog
          key={editing.mode === 'edit' ? editing.engagement.id : 'new'}
          mode={editing.mode}
          initial={editing.mode === 'edit' ? pickFields(editing.engagement) : blank()}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.title}?`}
          message="The engagement is removed from this client. You can undo it with Ctrl+Z."
          confirmLabel="Remove engagement"
          tone="danger"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            setRefusal(removeEngagement(client.id, removing.id));
            setRemoving(null);
          }}
        />
      ) : null}
    </div>
  );
}

function pickFields({ title, startDate, endDate, scope, status }: Engagement): EngagementFields {
  return { title, startDate, endDate, scope, status };
}
