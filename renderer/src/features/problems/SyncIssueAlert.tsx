import { useState } from 'react';
import { CloudOff, Files } from 'lucide-react';
import type { MergeChoice } from '../../../../shared/file-format/import-merge';
import type { ImportMode, ImportPreview } from '../../../../shared/ipc/contract-engagement-files';
import type { SyncIssue } from '../../../../shared/ipc/contract-sync';
import { useApi } from '../../api/ApiContext';
import { useCairnStore } from '../../store/StoreContext';
import { ImportPreviewDialog } from '../engagement-files/LazyImportPreviewDialog';

type Review = { preview: ImportPreview; requestedMode: ImportMode | null; decisions: Record<string, MergeChoice>; busy: boolean; error: string | null };

/**
 * A sync tool's leftover in `clients/`: a conflict copy (reviewed with the import merge
 * preview, then moved to sync-conflicts/) or a cloud placeholder that could not be read.
 */
export function SyncIssueAlert({ issue }: { issue: SyncIssue }) {
  const api = useApi();
  const store = useCairnStore();
  const [review, setReview] = useState<Review | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const who = issue.clientName ?? (issue.clientId ? `the client with id ${issue.clientId}` : issue.fileName);
  const done = () => store.getState().removeSyncIssue(issue.id);

  const preview = async (mode: ImportMode | null) => {
    setBusy(true);
    const result = await api.previewConflictCopy({ issueId: issue.id, mode });
    setBusy(false);
    if (!result.ok) {
      setReview(null);
      return setError(result.error.message);
    }
    setError(null);
    setReview({ preview: result.value, requestedMode: null, decisions: review?.decisions ?? {}, busy: false, error: null });
  };

  const setAside = async (): Promise<string | null> => {
    const moved = await api.setConflictCopyAside({ issueId: issue.id });
    if (!moved.ok) {
      setError(moved.error.message);
      return null;
    }
    return moved.value.movedTo;
  };

  const merge = async () => {
    if (!review) return;
    setReview({ ...review, busy: true, error: null });
    const applied = await api.applyImport({ previewId: review.preview.previewId, decisions: review.decisions });
    if (!applied.ok) return setReview({ ...review, busy: false, error: applied.error.message });
    store.injectExternalDoc(applied.value.client);
    setReview(null);
    if (await setAside()) done();
  };

  const keepMine = async () => {
    setBusy(true);
    const movedTo = await setAside();
    setBusy(false);
    if (movedTo) done();
  };

  if (issue.kind === 'placeholder') {
    return (
      <div className="banner banner--warning" role="alert">
        <CloudOff size={18} aria-hidden="true" className="banner__icon" />
        <div className="banner__text">
          <p className="banner__title">Cairn couldn't read {who} from the synced folder.</p>
          <p>
            <code>{issue.fileName}</code>: {issue.message}
          </p>
        </div>
        <div className="banner__actions">
          <button type="button" className="btn" onClick={done}>
            Dismiss
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="banner banner--warning" role="alert" aria-label={`Conflict copy of ${who}`}>
      <Files size={18} aria-hidden="true" className="banner__icon" />
      <div className="banner__text">
        <p className="banner__title">Conflict copy of {who}</p>
        <p>
          <code>{issue.fileName}</code>: {issue.message} Review what differs and merge it, or keep this computer's version. Either way the copy is moved to{' '}
          <code>sync-conflicts/</code>, never deleted.
        </p>
        {error ? <p className="banner__error">{error}</p> : null}
      </div>
      <div className="banner__actions">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void preview(null)}>
          Review conflict copy
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void keepMine()}>
          Keep this computer's version
        </button>
      </div>
      {review ? (
        <ImportPreviewDialog
          preview={review.preview}
          requestedMode={review.requestedMode}
          decisions={review.decisions}
          busy={review.busy}
          error={review.error}
          onModeChange={(mode) => {
            setReview({ ...review, requestedMode: mode, busy: true });
            void preview(mode);
          }}
          onDecide={(key, choice) => setReview({ ...review, decisions: { ...review.decisions, [key]: choice } })}
          onImport={() => void merge()}
          onCancel={() => setReview(null)}
        />
      ) : null}
    </div>
  );
}
