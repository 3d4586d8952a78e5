import { useState } from 'react';
import { AlertTriangle } from 'lucide-react';
import { useCairn } from '../../store/StoreContext';
import { describeSaveFailure, selectSaveFailures } from '../../store/save.selectors';
import { SaveConflictDialog } from '../save-conflicts/SaveConflictDialog';

/** Non-blocking: says which client could not be saved and that retries continue, or offers the merge of a conflict. */
export function SaveErrorBanner() {
  const failures = Object.values(useCairn(selectSaveFailures));
  const [comparing, setComparing] = useState<string | null>(null);
  if (failures.length === 0) return null;
  return (
    <div className="banner banner--warning" role="alert">
      <AlertTriangle size={16} aria-hidden="true" className="banner__icon" />
      <div className="banner__text">
        {failures.map((failure) => (
          <p key={failure.clientId}>
            {describeSaveFailure(failure)}{' '}
            {failure.code === 'conflict' ? (
              <button type="button" className="btn" onClick={() => setComparing(failure.clientId)}>
                Compare and merge {failure.clientName}…
              </button>
            ) : null}
          </p>
        ))}
      </div>
      {comparing ? <SaveConflictDialog key={comparing} clientId={comparing} onClose={() => setComparing(null)} /> : null}
    </div>
  );
}
