import { useState } from 'react';
import { ArchiveRestore } from 'lucide-react';
import type { RestorePreview } from '../../../../shared/ipc/contract-restore';
import { useApi } from '../../api/ApiContext';
import { CommandField, type CommandStatus } from '../../components/CommandField';
import { useCairnStore } from '../../store/StoreContext';
import { waitUntilSaved } from '../deliverables/wait-until-saved';
import { RestorePreviewDialog } from './RestorePreviewDialog';


/** "Restore a backup…" in settings: choose a workspace backup, see what it holds, confirm. */
export function RestoreBackupButton() {
  const api = useApi();
  const store = useCairnStore();
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [status, setStatus] = useState<CommandStatus>(null);
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
    for (const client of result.value.clients) store.listExternalClient(client);
    setPreview(null);
    setStatus({ tone: 'ok', text: result.value.summary });
  };

  return (
    <CommandField
      label="Restore"
      button={
        <>
          <ArchiveRestore size={14} aria-hidden="true" />
          Restore a backup…
        </>
      }
      busy={busy}
      onRun={() => void choose()}
      status={status}
      hint="Bring back the clients of a workspace backup: into an empty workspace as they were, or beside your clients as new ones."
    >
      {preview ? <RestorePreviewDialog preview={preview} busy={busy} error={error} onRestore={(asNew) => void restore(asNew)} onCancel={() => setPreview(null)} /> : null}
    </CommandField>
  );
}
