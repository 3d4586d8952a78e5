import { useState } from 'react';
import { Users } from 'lucide-react';
import { Badge } from '../../components/Badge';
import { useCairn } from '../../store/StoreContext';
import { selectClientSync } from '../../store/sync.selectors';
import { SYNC_ICON } from './sync-icons';
import { syncStatusText } from './sync-text';
import { SyncConflictDialog } from './SyncConflictDialog';
import './sync.css';


/**
 * Under the client's name, for a shared client: who shared it, how its sync stands and
 * when it last succeeded, progress on a first sync, and a conflict with "Review conflict".
 */
export function ClientSyncLine({ clientId }: { clientId: string }) {
  const sync = useCairn(selectClientSync(clientId));
  const checkedAt = useCairn((state) => state.sync.checkedAt);
  const enabled = useCairn((state) => state.sync.settings?.enabled === true);
  const [reviewing, setReviewing] = useState(false);
  if (!sync?.shared || !checkedAt) return null;
  // While sync is off a shared client only says so; its last state is not news.
  const state = enabled ? sync.state : 'off';
  const Icon = SYNC_ICON[state];
  const progress = state === 'syncing' ? sync.progress : null;

  return (
    <div className="sync-line" role="group" aria-label="Sharing">
      {sync.sharedBy ? (
        <span className="sync-line__item">
          <Users size={13} aria-hidden="true" />
          Shared by {sync.sharedBy}
        </span>
      ) : (
        <span className="sync-line__item">
          <Users size={13} aria-hidden="true" />
          Shared with the firm
        </span>
      )}
      {state === 'conflict' ? <Badge tone="warning">Sync conflict</Badge> : null}
      <span className={`sync-line__item sync-line__state--${state}`} role="status">
        <Icon size={13} aria-hidden="true" className={state === 'syncing' ? 'sync-spin' : undefined} />
        {syncStatusText({ ...sync, state }, checkedAt)}
      </span>
      {progress && progress.total > 0 ? <progress className="sync-line__progress" max={progress.total} value={progress.done} aria-label="Sync progress" /> : null}
      {state === 'conflict' ? (
        <button type="button" className="btn btn--primary sync-line__review" onClick={() => setReviewing(true)}>
          Review conflict
        </button>
      ) : null}
      {reviewing ? <SyncConflictDialog clientId={clientId} onClose={() => setReviewing(false)} /> : null}
    </div>
  );
}
