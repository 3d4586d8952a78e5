import { useEffect, useState } from 'react';
import { History } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import type { SnapshotInfo } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/ApiContext';
import { useActions, useCairn } from '../../store/StoreContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { plural } from '../../components/format';
import { useFormat } from '../../components/useFormat';

type Loaded = { status: 'loading' } | { status: 'ready'; snapshots: SnapshotInfo[] } | { status: 'failed'; message: string };

/** Snapshots of this client, newest first; restoring one is an undoable edit. */
export function HistoryTab({ client }: { client: Client }) {
  const { dateTime: formatDateTime } = useFormat();
  const api = useApi();
  const policy = useCairn((state) => state.snapshotPolicy);
  const { replaceClientContent } = useActions();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [confirming, setConfirming] = useState<SnapshotInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void api.listSnapshots({ clientId: client.id }).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setLoaded({ status: 'failed', message: result.error.message });
      const snapshots = [...result.value].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
      setLoaded({ status: 'ready', snapshots });
    });
    return () => {
      cancelled = true;
    };
  }, [api, client.id]);

  const restore = async (snapshot: SnapshotInfo) => {
    setConfirming(null);
    // The backend snapshots the current version first, so a restore never loses it.
    const result = await api.restoreSnapshot({ clientId: client.id, snapshotId: snapshot.id });
    if (!result.ok) return setError(result.error.message);
    replaceClientContent(client.id, result.value);
    setError(null);
    setRestoredFrom(formatDateTime(snapshot.takenAt));
  };

  return (
    <div className="history">
      <p className="card__hint">{policy || 'Cairn takes snapshots while you edit a client.'}</p>
      {restoredFrom ? (
        <p className="notice" role="status">
          Restored the snapshot from {restoredFrom}. Undo brings back what you had before.
        </p>
      ) : null}
      {error ? (
        <p className="notice notice--danger" role="alert">
          {error}
        </p>
      ) : null}
      {loaded.status === 'loading' ? <p className="muted">Loading snapshots…</p> : null}
      {loaded.status === 'failed' ? (
        <p className="notice notice--danger" role="alert">
          Couldn't list the snapshots: {loaded.message}
        </p>
      ) : null}
      {loaded.status === 'ready' && loaded.snapshots.length === 0 ? (
        <EmptyState icon={<History size={28} />} title="No snapshots yet">
          Snapshots appear here as you work on this client, at most one every 15 minutes.
        </EmptyState>
      ) : null}
      {loaded.status === 'ready' && loaded.snapshots.length > 0 ? (
        <ol className="snapshot-list" aria-label="Snapshots">
          {loaded.snapshots.map((snapshot) => (
            <li key={snapshot.id} className="snapshot-list__item">
              <div>
                <p className="snapshot-list__time">{formatDateTime(snapshot.takenAt)}</p>
                <p className="muted">
                  {snapshot.clientName} · {plural(snapshot.stakeholderCount, 'stakeholder')}
                </p>
              </div>
              <button type="button" className="btn" aria-label={`Restore snapshot from ${formatDateTime(snapshot.takenAt)}`} onClick={() => setConfirming(snapshot)}>
                Restore…
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={`Restore the snapshot from ${formatDateTime(confirming.takenAt)}?`}
          message={`${client.name} will be replaced by this snapshot (${plural(confirming.stakeholderCount, 'stakeholder')}). You can undo this.`}
          confirmLabel="Restore snapshot"
          onCancel={() => setConfirming(null)}
          onConfirm={() => void restore(confirming)}
        />
      ) : null}
    </div>
  );
}
