import { useState } from 'react';
import { Share2, Unlink } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { useApi } from '../../api/ApiContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { useActions, useCairn } from '../../store/StoreContext';
import { selectClientSync, selectSyncEnabled } from '../../store/sync.selectors';
import { serverHost } from './connection-answer';

/**
 * "Share with the firm" / "Stop sharing" on the client page, once sync is turned on. The
 * confirmation says what leaves this computer and who can see it.
 */
export function ShareClientButton({ client }: { client: Client }) {
  const api = useApi();
  const enabled = useCairn(selectSyncEnabled);
  const serverUrl = useCairn((state) => state.sync.settings?.serverUrl ?? '');
  const sync = useCairn(selectClientSync(client.id));
  const { setClientSyncStatus, requestSyncRefresh } = useActions();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!enabled) return null;

  const shared = sync?.shared === true;
  const host = serverHost(serverUrl);
  const run = async () => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    const result = shared ? await api.unshareClient({ clientId: client.id }) : await api.shareClient({ clientId: client.id });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setClientSyncStatus(result.value);
    requestSyncRefresh();
  };

  return (
    <>
      <button type="button" className="btn" disabled={busy} onClick={() => setConfirming(true)}>
        {shared ? <Unlink size={14} aria-hidden="true" /> : <Share2 size={14} aria-hidden="true" />}
        {shared ? 'Stop sharing' : 'Share with the firm'}
      </button>
      {error ? (
        <Dialog
          title={shared ? `Couldn’t stop sharing ${client.name}` : `Couldn’t share ${client.name}`}
          description={error}
          onClose={() => setError(null)}
          size="small"
          footer={
            <button type="button" className="btn" onClick={() => setError(null)}>
              Close
            </button>
          }
        >
          {null}
        </Dialog>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={shared ? `Stop sharing ${client.name}?` : `Share ${client.name} with the firm?`}
          message={
            shared
              ? `This computer stops syncing ${client.name} with ${host}. Your copy stays here, and the copy on the server stays for everyone with access to the database on that server.`
              : `${client.name} — its departments, stakeholders, engagements, workshops, assessments, roadmap, KPIs and notes — will be copied to ${host} and kept in sync. Everyone with access to the database on that server can see and change it.`
          }
          confirmLabel={shared ? 'Stop sharing' : 'Share with the firm'}
          tone={shared ? 'danger' : 'default'}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void run()}
        />
      ) : null}
    </>
  );
}
