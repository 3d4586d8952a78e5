import type { ClientSyncStatus } from '../../../../shared/ipc/contract-sharing';
import { SYNC_ICON } from './sync-icons';
import { shortSyncLabel } from './sync-text';
import './sync.css';

/** The small mark of a shared client in the client list: an icon and the state in words. */
export function ClientSyncMark({ status }: { status: ClientSyncStatus }) {
  const Icon = SYNC_ICON[status.state];
  return (
    <span className={`sync-mark sync-mark--${status.state}`}>
      <Icon size={11} aria-hidden="true" />
      {shortSyncLabel(status)}
    </span>
  );
}
