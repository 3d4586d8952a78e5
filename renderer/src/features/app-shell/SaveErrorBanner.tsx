import { AlertTriangle } from 'lucide-react';
import { useCairn } from '../../store/StoreContext';
import { describeSaveFailure, selectSaveFailures } from '../../store/save.selectors';

/** Non-blocking: says which client could not be saved and that retries continue. */
export function SaveErrorBanner() {
  const failures = Object.values(useCairn(selectSaveFailures));
  if (failures.length === 0) return null;
  return (
    <div className="banner banner--warning" role="alert">
      <AlertTriangle size={16} aria-hidden="true" className="banner__icon" />
      <div className="banner__text">
        {failures.map((failure) => (
          <p key={failure.clientId}>{describeSaveFailure(failure)}</p>
        ))}
      </div>
    </div>
  );
}
