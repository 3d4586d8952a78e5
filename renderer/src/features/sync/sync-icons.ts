import { Cloud, CloudOff, Lock, RefreshCw, TriangleAlert, type LucideIcon } from 'lucide-react';
import type { SyncState } from '../../../../shared/ipc/contract-sharing';

/** One icon per state; the state is always written out beside it too. */
export const SYNC_ICON: Record<SyncState, LucideIcon> = {
  off: CloudOff,
  synced: Cloud,
  syncing: RefreshCw,
  offline: CloudOff,
  conflict: TriangleAlert,
  'no-access': Lock,
  error: TriangleAlert,
};
