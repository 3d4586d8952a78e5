import { useState } from 'react';
import { ArchiveRestore } from 'lucide-react';
import type { RestorePreview } from '../../../../shared/ipc/contract-restore';
import { useApi } from '../../api/ApiContext';
import { useCairnStore } from '../../store/StoreContext';
import { waitUntilSaved } from '../deliverables/wait-until-saved';
import { RestorePreviewDialog } from './RestorePreviewDialog';

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** "Restore a backup…" in settings: choose a workspace backup, see what it holds, confirm. */
export function RestoreBackupButton() {
  const api = useApi();
  const store = useCairnStore();
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async () => {
    setStatus(null);
    const chosen = await api.chooseOpenFile({ kinds: ['backup'] });
    if (!chosen.ok) return setStatus({ tone: 'error', text: chosen.error.message });
    if (!chosen.value) return;
    setBusy(true);
    // The preview compares with the clients as saved; let autosave catch up first.
    await waitUntilSaved(store).catch(() => undefined);
    const result = await api.previewRestore({ fileToken: chosen.value.token });
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: `Cairn can’t restore “${chosen.value.name}”: ${result.error.message} Nothing was changed.` });
    setError(null);
    setPreview(result.value);
  };

  const restore = async (asNew: boolean) => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    await waitUntilSaved(store).catch(() => undefined);
    const result = await api.applyRestore({ previewId: preview.previewId, asNew });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    for (const client of result.value.clients) store.injectExternalDoc(client);
    setPreview(null);
    setStatus({ tone: 'ok', text: result.value.summary });
  };

  return (
    <div className="field">
      <span className="field__label">Restore</span>
      <div className="button-row">
        <button type="button" className="btn" disabled={busy} onClick={() => void choose()}>
          <ArchiveRestore size={14} aria-hidden="true" />
          Restore a backup…
        </button>
      </div>
      {status ? (
        <p className={status.tone === 'ok' ? 'field__hint' : 'field__error'} role={status.tone === 'ok' ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : (
        <p className="field__hint">Bring back the clients of a workspace backup: into an empty workspace as they were, or beside your clients as new ones.</p>
      )}
      {preview ? <RestorePreviewDialog preview={preview} busy={busy} error={error} onRestore={(asNew) => void restore(asNew)} onCancel={() => setPreview(null)} /> : null}
    </div>
  );
}
