import { useCallback, useState } from 'react';
import type { MergeChoice } from '../../../../shared/file-format/import-merge';
import type { ImportMode, ImportPreview, ImportReceipt } from '../../../../shared/ipc/contract-engagement-files';
import type { FileGrant } from '../../../../shared/ipc/contract-files';
import { useApi } from '../../api/ApiContext';
import { useCairnStore } from '../../store/StoreContext';
import { waitUntilSaved } from '../deliverables/wait-until-saved';

export type ImportFlowState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  | {
      phase: 'preview';
      grant: FileGrant;
      preview: ImportPreview;
      /** The mode just chosen, shown while its preview is on the way. */
      requestedMode: ImportMode | null;
      decisions: Record<string, MergeChoice>;
      busy: boolean;
      error: string | null;
    }
  | { phase: 'refused'; fileName: string; message: string }
  | { phase: 'imported'; receipt: ImportReceipt; undoing: boolean; error: string | null }
  | { phase: 'undone'; message: string };

/**
 * Import from a `.cairn` file or workbook: choose the file, preview (and re-preview when the
 * consultant switches between a new client and a merge target), apply, then offer undo.
 * The client arrives from main as saved and replaces the renderer's copy outside history.
 */
export function useImportFlow() {
  const api = useApi();
  const store = useCairnStore();
  const [state, setState] = useState<ImportFlowState>({ phase: 'idle' });

  const preview = useCallback(
    async (grant: FileGrant, mode: ImportMode | null) => {
      // The preview compares with the client as saved; let autosave catch up first.
      await waitUntilSaved(store).catch(() => undefined);
      const result = await api.previewImport({ fileToken: grant.token, mode, hintClientId: store.getState().selectedClientId });
      if (!result.ok) {
        setState({ phase: 'refused', fileName: grant.name, message: result.error.message });
        return;
      }
      setState({ phase: 'preview', grant, preview: result.value, requestedMode: null, decisions: {}, busy: false, error: null });
    },
    [api, store],
  );

  const start = useCallback(async () => {
    const chosen = await api.chooseOpenFile({ kinds: ['cairn', 'xlsx'] });
    if (!chosen.ok) {
      setState({ phase: 'refused', fileName: '', message: chosen.error.message });
      return;
    }
    if (!chosen.value) return;
    setState({ phase: 'reading', fileName: chosen.value.name });
    await preview(chosen.value, null);
  }, [api, preview]);

  /** A file the OS handed over (double-click, drop, a second launch): straight to the preview. */
  const open = useCallback(
    async (grant: FileGrant) => {
      setState({ phase: 'reading', fileName: grant.name });
      await preview(grant, null);
    },
    [preview],
  );

  const changeMode = useCallback(
    (mode: ImportMode) => {
      if (state.phase !== 'preview') return;
      setState({ ...state, requestedMode: mode, busy: true, error: null });
      void preview(state.grant, mode);
    },
    [preview, state],
  );

  const decide = useCallback((key: string, choice: MergeChoice) => {
    setState((current) => (current.phase === 'preview' ? { ...current, decisions: { ...current.decisions, [key]: choice } } : current));
  }, []);

  const apply = useCallback(async () => {
    if (state.phase !== 'preview') return;
    setState({ ...state, busy: true, error: null });
    const result = await api.applyImport({ previewId: state.preview.previewId, decisions: state.decisions });
    if (!result.ok) {
      setState({ ...state, busy: false, error: result.error.message });
      return;
    }
    store.injectExternalDoc(result.value.client);
    store.getState().selectClient(result.value.client.id);
    setState({ phase: 'imported', receipt: result.value, undoing: false, error: null });
  }, [api, state, store]);

  const undo = useCallback(async () => {
    if (state.phase !== 'imported') return;
    setState({ ...state, undoing: true });
    const result = await api.undoImport({ importId: state.receipt.importId });
    if (!result.ok) {
      setState({ ...state, undoing: false, error: result.error.message });
      return;
    }
    if (result.value.client) store.injectExternalDoc(result.value.client);
    if (result.value.removedClientId) {
      if (store.getState().selectedClientId === result.value.removedClientId) store.getState().selectClient(null);
      store.dropExternalDoc(result.value.removedClientId);
    }
    setState({ phase: 'undone', message: result.value.client ? `${result.value.client.name} is back as it was before the import.` : 'The imported client was removed.' });
  }, [api, state, store]);

  const close = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, open, changeMode, decide, apply, undo, close };
}
