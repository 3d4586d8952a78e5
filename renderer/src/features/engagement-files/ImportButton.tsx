import { useEffect } from 'react';
import { FileUp, FileWarning } from 'lucide-react';
import { Dialog } from '../../components/Dialog';
import { ImportPreviewDialog } from './LazyImportPreviewDialog';
import { useFileCommand } from './useFileCommand';
import { useImportFlow } from './useImportFlow';
import { useOpenedFiles } from './useOpenedFiles';
import { Button } from '../../components/Button';
import './engagement-files.css';

const TOAST_MS = 15_000;

/** A refusal names the problem and, when the reader found one, where it is (the JSON path before the colon). */
export function splitProblem(message: string): { path: string | null; text: string } {
  const match = /^((?:client|clients|frameworks|format|schemaVersion|appVersion|exportedAt)[\w.[\]"-]*): (.+)$/s.exec(message);
  return match ? { path: match[1]!, text: match[2]! } : { path: null, text: message };
}

/**
 * "Import…" in the sidebar (and File ▸ Import…): a `.cairn` file or a workbook, previewed,
 * imported, undoable. Files the OS opens with Cairn land here too.
 */
export function ImportButton() {
  const flow = useImportFlow();
  const { state } = flow;
  useFileCommand('import', () => void flow.start());
  // Files from the OS wait until the current import is done with.
  useOpenedFiles(state.phase === 'idle' || state.phase === 'imported' || state.phase === 'undone' || state.phase === 'refused', flow.open);

  useEffect(() => {
    if (state.phase !== 'imported' && state.phase !== 'undone') return;
    const timer = setTimeout(flow.close, TOAST_MS);
    return () => clearTimeout(timer);
  }, [state.phase, flow.close]);

  return (
    <>
      <Button variant="ghost" block disabled={state.phase === 'reading'} onClick={() => void flow.start()}>
        <FileUp size={14} aria-hidden="true" />
        {state.phase === 'reading' ? `Reading ${state.fileName}…` : 'Import…'}
      </Button>

      {state.phase === 'preview' ? (
        <ImportPreviewDialog
          preview={state.preview}
          requestedMode={state.requestedMode}
          decisions={state.decisions}
          busy={state.busy}
          error={state.error}
          onModeChange={flow.changeMode}
          onDecide={flow.decide}
          onImport={() => void flow.apply()}
          onCancel={flow.close}
        />
      ) : null}

      {state.phase === 'refused' ? <RefusedDialog fileName={state.fileName} message={state.message} onClose={flow.close} /> : null}

      {state.phase === 'imported' ? (
        <div className="toast" role="status">
          <span>{state.error ?? state.receipt.summary}</span>
          <button type="button" className="link-btn" disabled={state.undoing} onClick={() => void flow.undo()}>
            Undo import
          </button>
        </div>
      ) : null}
      {state.phase === 'undone' ? (
        <div className="toast" role="status">
          <span>{state.message}</span>
        </div>
      ) : null}
    </>
  );
}

function RefusedDialog({ fileName, message, onClose }: { fileName: string; message: string; onClose: () => void }) {
  const { path, text } = splitProblem(message);
  return (
    <Dialog
      title={fileName ? `Cairn can’t import “${fileName}”` : 'Cairn can’t import that file'}
      description="Nothing in your workspace was changed."
      onClose={onClose}
      size="small"
      footer={
        <Button variant="primary" onClick={onClose}>
          OK
        </Button>
      }
    >
      <div className="import-refused" role="alert">
        <FileWarning size={18} aria-hidden="true" className="import-refused__icon" />
        <div>
          <p className="import-refused__message">{path ? `Problem at ${path}: ${text.replace(/\.$/, '')}.` : text}</p>
          {path ? (
            <p className="field__hint">
              Where: <code className="path">{path}</code>
            </p>
          ) : null}
        </div>
      </div>
    </Dialog>
  );
}
