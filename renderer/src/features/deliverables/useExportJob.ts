import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeliverableRequest } from '../../../../shared/deliverables/deliverable-request';
import type { ExportJobStatus } from '../../../../shared/ipc/contract-exports';
import type { Result } from '../../../../shared/result';
import { useApi } from '../../api/ApiContext';
import { useCairnStore } from '../../store/StoreContext';
import { waitUntilSaved } from './wait-until-saved';

export type ExportPhase = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

export interface ExportProgress {
  phase: ExportPhase;
  progress: number;
  message: string;
  /** What the job is for: a preview, or saving the named file. */
  purpose: { kind: 'preview' } | { kind: 'save'; fileName: string } | null;
}

const IDLE: ExportProgress = { phase: 'idle', progress: 0, message: '', purpose: null };
const POLL_MS = 120;

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * One export at a time, run by main in a worker and polled here for progress; the page
 * only waits on timers, so it stays responsive whatever the size of the deliverable.
 */
export function useExportJob() {
  const api = useApi();
  const store = useCairnStore();
  const [state, setState] = useState<ExportProgress>(IDLE);
  const jobRef = useRef<string | null>(null);
  const alive = useRef(true);
  const cancelRequested = useRef(false);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      // Closing the dialog stops the build: nobody would see its end, and nothing half-made is kept.
      if (jobRef.current) void api.cancelExport({ jobId: jobRef.current });
      jobRef.current = null;
    };
  }, [api]);

  const update = (next: ExportProgress) => {
    if (alive.current) setState(next);
  };

  /** Run a job to its end; resolves with the final status (or null when it could not start). */
  const run = useCallback(
    async (request: DeliverableRequest, save: { token: string; name: string } | null): Promise<ExportJobStatus | null> => {
      const purpose = save ? ({ kind: 'save', fileName: save.name } as const) : ({ kind: 'preview' } as const);
      update({ phase: 'running', progress: 0, message: 'Waiting for your latest changes to be saved…', purpose });
      try {
        cancelRequested.current = false;
        await waitUntilSaved(store);
        if (cancelRequested.current) throw new Error('Cancelled; nothing was saved.');
        const { jobId } = unwrap(await api.startExport({ request, fileToken: save?.token ?? null }));
        jobRef.current = jobId;
        // Cancel pressed while the job was being started: stop it as soon as it has an id.
        if (cancelRequested.current) await api.cancelExport({ jobId });
        while (alive.current) {
          const status = unwrap(await api.exportStatus({ jobId }));
          if (status.state !== 'running') {
            jobRef.current = null;
            update({ phase: status.state, progress: status.progress, message: status.message, purpose });
            return status;
          }
          update({ phase: 'running', progress: status.progress, message: status.message, purpose });
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
        return null;
      } catch (error) {
        jobRef.current = null;
        update({ phase: cancelRequested.current ? 'cancelled' : 'failed', progress: 0, message: error instanceof Error ? error.message : String(error), purpose });
        return null;
      }
    },
    [api, store],
  );

  const cancel = useCallback(async () => {
    cancelRequested.current = true;
    const jobId = jobRef.current;
    if (jobId) await api.cancelExport({ jobId });
  }, [api]);

  const reset = useCallback(() => update(IDLE), []);

  return { state, run, cancel, reset };
}
