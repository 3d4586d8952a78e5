import type { ExportProgress } from './useExportJob';
import { Button } from '../../components/Button';

/** Progress of the running export with its Cancel, or how the last one ended. */
export function ExportProgressBar({ state, onCancel }: { state: ExportProgress; onCancel: () => void }) {
  if (state.phase === 'idle') return <div className="export-status" />;
  const percent = Math.round(state.progress * 100);
  const what = state.purpose?.kind === 'save' ? `Saving ${state.purpose.fileName}` : 'Making the preview';
  return (
    <div className="export-status" aria-live="polite">
      {state.phase === 'running' ? (
        <>
          <div className="export-status__bar" role="progressbar" aria-label={what} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}% — ${state.message}`}>
            <div className="export-status__fill" style={{ width: `${percent}%` }} />
          </div>
          <span className="export-status__text">{state.message}</span>
          <Button variant="ghost" onClick={onCancel}>
            Cancel export
          </Button>
        </>
      ) : (
        <span className={`export-status__text export-status__text--${state.phase}`} role={state.phase === 'failed' ? 'alert' : 'status'}>
          {state.phase === 'done' && state.purpose?.kind === 'save' ? `Saved “${state.purpose.fileName}”.` : state.phase === 'done' ? 'Preview ready.' : state.message}
        </span>
      )}
    </div>
  );
}
