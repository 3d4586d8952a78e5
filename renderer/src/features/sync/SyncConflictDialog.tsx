import { useEffect, useState } from 'react';
import type { MergeChoice } from '../../../../shared/file-format/import-merge';
import type { ImportPreview } from '../../../../shared/ipc/contract-engagement-files';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { useActions } from '../../store/StoreContext';
import { ImportPreviewDialog } from '../engagement-files/LazyImportPreviewDialog';

type State = { phase: 'loading' } | { phase: 'failed'; message: string } | { phase: 'preview'; preview: ImportPreview; decisions: Record<string, MergeChoice>; busy: boolean; error: string | null };

/**
 * A shared client changed here and on the server at once. The import's merge preview
 * compares this computer's version ("mine") with the server's revision; merging saves the
 * result here and on the server, the losing revision kept as a snapshot. The merged
 * document comes back through the sync watch, which re-reads the client.
 */
export function SyncConflictDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const api = useApi();
  const { requestSyncRefresh } = useActions();
  const [state, setState] = useState<State>({ phase: 'loading' });

  useEffect(() => {
    let cancelled = false;
    void api.previewSyncConflict({ clientId }).then((result) => {
      if (cancelled) return;
      setState(result.ok ? { phase: 'preview', preview: result.value, decisions: {}, busy: false, error: null } : { phase: 'failed', message: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [api, clientId]);

  if (state.phase === 'loading') return null;
  if (state.phase === 'failed') {
    return (
      <Dialog
        title="The conflict could not be shown"
        description={state.message}
        onClose={onClose}
        size="small"
        footer={
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
        }
      >
        {null}
      </Dialog>
    );
  }

  const merge = async () => {
    setState({ ...state, busy: true, error: null });
    const result = await api.resolveSyncConflict({ previewId: state.preview.previewId, decisions: state.decisions });
    if (!result.ok) {
      setState({ ...state, busy: false, error: result.error.message });
      return;
    }
    requestSyncRefresh();
    onClose();
  };

  const name = state.preview.targetClientName ?? state.preview.clientName;
  return (
    <ImportPreviewDialog
      preview={state.preview}
      requestedMode={null}
      decisions={state.decisions}
      busy={state.busy}
      error={state.error}
      onModeChange={() => undefined}
      onDecide={(key, choice) => setState({ ...state, decisions: { ...state.decisions, [key]: choice } })}
      onImport={() => void merge()}
      onCancel={onClose}
      wording={{
        title: `${name} changed here and on the server`,
        description: 'A colleague changed this client while you did. Compare your version with the one on the firm’s server and choose what to keep; the merged client is saved here and shared, and the version set aside stays as a snapshot in History.',
        confirm: 'Merge and sync',
      }}
    />
  );
}
