import { useState } from 'react';
import { DatabaseBackup } from 'lucide-react';
import { useApi } from '../../api/ApiContext';
import { CommandField, type CommandStatus } from '../../components/CommandField';
import { useCairnStore } from '../../store/StoreContext';
import { waitUntilSaved } from '../deliverables/wait-until-saved';
import { backupFileName } from './file-names';
import { useFileCommand } from './useFileCommand';

/** "Back up workspace…" in settings: every client and custom framework in one file. */
export function BackupWorkspaceButton() {
  const api = useApi();
  const store = useCairnStore();
  const [status, setStatus] = useState<CommandStatus>(null);
  const [busy, setBusy] = useState(false);

  const backUp = async () => {
    setStatus(null);
    const chosen = await api.chooseSaveFile({ kind: 'backup', defaultName: backupFileName(new Date()) });
    if (!chosen.ok) return setStatus({ tone: 'error', text: chosen.error.message });
    if (!chosen.value) return;
    setBusy(true);
    await waitUntilSaved(store).catch(() => undefined);
    const result = await api.backupWorkspace({ fileToken: chosen.value.token });
    setBusy(false);
    setStatus(
      result.ok
        ? { tone: 'ok', text: `Saved ${result.value.fileName} with ${result.value.clients} client${result.value.clients === 1 ? '' : 's'}.` }
        : { tone: 'error', text: result.error.message },
    );
  };
  useFileCommand('backup', () => void backUp());

  return (
    <CommandField
      label="Backup"
      button={
        <>
          <DatabaseBackup size={14} aria-hidden="true" />
          Back up workspace…
        </>
      }
      busy={busy}
      onRun={() => void backUp()}
      status={status}
      hint="Every client and custom framework in one file, to keep elsewhere or move to another computer."
    />
  );
}
