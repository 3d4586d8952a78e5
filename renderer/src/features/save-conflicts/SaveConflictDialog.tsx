import { useEffect, useState } from 'react';
import type { MergeChoice } from '../../../../shared/file-format/import-merge';
import type { ImportPreview } from '../../../../shared/ipc/contract-engagement-files';
import { useApi } from '../../api/ApiContext';
import { useCairnStore } from '../../store/StoreContext';
import { ImportPreviewDialog } from '../engagement-files/LazyImportPreviewDialog';

type State = { phase: 'loading' } | { phase: 'failed'; message: string } | { phase: 'preview'; preview: ImportPreview; decisions: Record<string, MergeChoice>; busy: boolean; error: string | null };

/**
 * A save was refused because the client's file changed on disk (a sync tool, another
 * process). The import's merge preview compares the edits kept in this window ("mine")
 * with the version on disk ("the file's"); merging saves the result on top of that exact
 * version after snapshotting it. Cancel keeps the edits in memory, unsaved.
 */
export function SaveConflictDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const api = useApi();
  const store = useCairnStore();
  const [state, setState] = useState<State>({ phase: 'loading' });

  useEffect(() => {
    const mine = store.getState().docs[clientId];
    if (!mine) return;
    let cancelled = false;
    void api.previewSaveConflict({ client: mine }).then((result) => {
      if (cancelled) return;
      setState(result.ok ? { phase: 'preview', preview: result.value, decisions: {}, busy: false, error: null } : { phase: 'failed', message: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [api, store, clientId]);

  if (state.phase === 'loading') return null;
  if (state.phase === 'failed') {
    return (
      <p className="banner__error" role="alert">
        {state.message}
      </p>
    );
  }

  const merge = async () => {
    setState({ ...state, busy: true, error: null });
    const result = await api.resolveSaveConflict({ previewId: state.preview.previewId, decisions: state.decisions });
    if (!result.ok) {
      setState({ ...state, busy: false, error: result.error.message });
      return;
    }
    store.injectExternalDoc(result.value.client);
    store.getState().recordSaveSuccess(clientId, result.value.savedAt);
    onClose();
  };

  const name = state.preview.targetClientName ?? 'this client';
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
        title: `${name} changed on disk`,
        description: 'Another program changed this client’s file while you were editing. Compare your version with the one on disk and choose what to keep; both versions are also kept as snapshots in History.',
        confirm: 'Merge and save',
      }}
    />
  );
}
