import { useCairn } from '../../store/StoreContext';
import { SYNC_ICON } from './sync-icons';
import { overallSyncText } from './sync-text';
import './sync.css';

/** Beside the save status: how sync stands overall, shown only while sync is on. */
export function SyncStatusIndicator() {
  const status = useCairn((state) => state.sync.status);
  const checkedAt = useCairn((state) => state.sync.checkedAt);
  if (!status || !checkedAt || status.overall === 'off') return null;
  const Icon = SYNC_ICON[status.overall];
  const text = overallSyncText(status, checkedAt);
  return (
    <div className={`sync-status sync-status--${status.overall}`} role="status" aria-live="polite" title={text}>
      <Icon size={14} aria-hidden="true" className={status.overall === 'syncing' ? 'sync-spin' : undefined} />
      <span className="sync-status__text">{text}</span>
    </div>
  );
}
