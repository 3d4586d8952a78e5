import { useMemo, useState } from 'react';
import { ListChecks } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { ACTION_ORDER_RULE, ACTION_STATUSES, collectActions, type ActionStatus } from '../../../../shared/workshop';
import { EmptyState } from '../../components/EmptyState';
import { RuleNote } from '../maturity/RuleNote';
import { ActionTable } from './ActionTable';
import { ACTION_STATUS_LABELS, localToday } from './workshop-format';
import { Select } from '../../components/Select';

type StatusFilter = 'all' | 'active' | ActionStatus;
const ACTIVE: readonly ActionStatus[] = ['open', 'in-progress'];

/** Every action from every workshop of the client, filtered by owner, status and overdue. */
export function ActionsList({ client, onOpenWorkshop }: { client: Client; onOpenWorkshop: (id: string) => void }) {
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const today = localToday();
  const all = useMemo(() => collectActions(client.workshops, { today }), [client.workshops, today]);
  const owners = useMemo(() => [...new Set(all.map((row) => row.action.ownerName.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b)), [all]);
  const rows = useMemo(
    () =>
      collectActions(client.workshops, {
        today,
        owner: owner || undefined,
        status: status === 'all' ? undefined : status === 'active' ? ACTIVE : status,
        overdue: overdueOnly ? true : undefined,
      }),
    [client.workshops, today, owner, status, overdueOnly],
  );
  const overdueCount = all.filter((row) => row.overdue).length;

  if (all.length === 0) {
    return (
      <EmptyState icon={<ListChecks size={28} />} title="No actions yet">
        Actions captured in workshops, with their owner and due date, are gathered here.
      </EmptyState>
    );
  }
  return (
    <div className="actions-list">
      <div className="view-toolbar" role="group" aria-label="Filter actions">
        <label className="view-toolbar__filter">
          <span className="view-toolbar__label">Owner</span>
          <Select value={owner} onChange={(event) => setOwner(event.target.value)}>
            <option value="">Everyone</option>
            {owners.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </label>
        <label className="view-toolbar__filter">
          <span className="view-toolbar__label">Status</span>
          <Select value={status} onChange={(event) => setStatus(event.target.value as StatusFilter)}>
            <option value="all">All</option>
            <option value="active">Open or in progress</option>
            {ACTION_STATUSES.map((entry) => (
              <option key={entry} value={entry}>
                {ACTION_STATUS_LABELS[entry]}
              </option>
            ))}
          </Select>
        </label>
        <label className="check">
          <input type="checkbox" checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)} />
          Overdue only {overdueCount > 0 ? <span className="badge badge--danger">{overdueCount}</span> : null}
        </label>
        <span className="view-toolbar__count" aria-live="polite">
          {rows.length} of {all.length} actions
        </span>
      </div>
      {rows.length === 0 ? (
        <p className="workshop-card__empty">No action matches these filters.</p>
      ) : (
        <ActionTable clientId={client.id} rows={rows} caption="Actions from all workshops" onOpenWorkshop={onOpenWorkshop} />
      )}
      <RuleNote>{ACTION_ORDER_RULE}</RuleNote>
    </div>
  );
}
