import { useState } from 'react';
import { FileWarning } from 'lucide-react';
import type { WorkspaceProblem } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/ApiContext';
import { useCairn, useCairnStore } from '../../store/StoreContext';
import { useFormat } from '../../components/useFormat';
import { SyncIssueAlert } from './SyncIssueAlert';

/** Documents quarantined at start: never silent, always with a way forward. */
export function ProblemsBanner() {
  const problems = useCairn((state) => state.problems);
  const syncIssues = useCairn((state) => state.syncIssues);
  if (problems.length === 0 && syncIssues.length === 0) return null;
  return (
    <section aria-label="Problems found when opening the workspace">
      {problems.map((problem) => (
        <ProblemAlert key={problem.id} problem={problem} />
      ))}
      {syncIssues.map((issue) => (
        <SyncIssueAlert key={issue.id} issue={issue} />
      ))}
    </section>
  );
}

function ProblemAlert({ problem }: { problem: WorkspaceProblem }) {
  const { dateTime: formatDateTime } = useFormat();
  const api = useApi();
  const store = useCairnStore();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const who = problem.clientName ?? (problem.clientId ? `the client with id ${problem.clientId}` : problem.quarantinedAs);
  const moved = problem.quarantinedAs.startsWith('quarantine/');
  const snapshot = problem.latestSnapshot;

  const restore = async () => {
    if (!snapshot) return;
    setBusy(true);
    const result = await api.restoreQuarantined({ problemId: problem.id, snapshotId: snapshot.id });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    store.injectExternalDoc(result.value);
    store.getState().removeProblem(problem.id);
    store.getState().selectClient(result.value.id);
  };

  const dismiss = async () => {
    const result = await api.dismissProblem({ problemId: problem.id });
    if (!result.ok) return setError(result.error.message);
    store.getState().removeProblem(problem.id);
  };

  return (
    <div className="banner banner--danger" role="alert">
      <FileWarning size={18} aria-hidden="true" className="banner__icon" />
      <div className="banner__text">
        <p className="banner__title">Cairn couldn't open {who}.</p>
        <p>
          {problem.reason}{' '}
          {moved ? (
            <>
              The file was moved, untouched, to <code>{problem.quarantinedAs}</code>.
            </>
          ) : (
            <>
              It was left untouched at <code>{problem.quarantinedAs}</code>
              {problem.clientId ? '; every other client opened.' : '.'}
            </>
          )}
          {snapshot ? ` The last good snapshot is from ${formatDateTime(snapshot.takenAt)}.` : problem.clientId ? ' There is no snapshot to restore.' : ''}
        </p>
        {error ? <p className="banner__error">{error}</p> : null}
      </div>
      <div className="banner__actions">
        {snapshot ? (
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void restore()}>
            Restore snapshot from {formatDateTime(snapshot.takenAt)}
          </button>
        ) : null}
        <button type="button" className="btn" onClick={() => void dismiss()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
