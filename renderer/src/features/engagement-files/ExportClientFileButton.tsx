import { useState } from 'react';
import { FileOutput } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { useApi } from '../../api/ApiContext';
import { useCairnStore } from '../../store/StoreContext';
import { waitUntilSaved } from '../deliverables/wait-until-saved';
import { cairnFileName } from './file-names';
import { useFileCommand } from './useFileCommand';
import { Button } from '../../components/Button';
import './engagement-files.css';

/** "Export client file…" on the client page: the client with everything it owns, as a `.cairn` file. */
export function ExportClientFileButton({ client }: { client: Client }) {
  const api = useApi();
  const store = useCairnStore();
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const exportFile = async () => {
    setStatus(null);
    const chosen = await api.chooseSaveFile({ kind: 'cairn', defaultName: cairnFileName(client.name) });
    if (!chosen.ok) return setStatus({ tone: 'error', text: chosen.error.message });
    if (!chosen.value) return;
    setBusy(true);
    try {
      await waitUntilSaved(store);
    } catch (error) {
      setBusy(false);
      return setStatus({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    }
    const result = await api.exportClientFile({ clientId: client.id, fileToken: chosen.value.token });
    setBusy(false);
    setStatus(result.ok ? { tone: 'ok', text: `Saved ${result.value.fileName}.` } : { tone: 'error', text: result.error.message });
  };
  useFileCommand('export-client-file', () => void exportFile());

  return (
    <>
      <Button disabled={busy} onClick={() => void exportFile()}>
        <FileOutput size={14} aria-hidden="true" />
        Export client file…
      </Button>
      {status ? (
        <span className={status.tone === 'ok' ? 'muted engagement-file-status' : 'field__error engagement-file-status'} role={status.tone === 'ok' ? 'status' : 'alert'}>
          {status.text}
        </span>
      ) : null}
    </>
  );
}
