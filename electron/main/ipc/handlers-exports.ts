import { DELIVERABLE_EXTENSION } from '../../../shared/deliverables/deliverable-request';
import { loadDeliverableInput } from '../services/deliverables/deliverable-input-loader';
import { createExportJobs, type ExportJobs } from '../services/deliverables/export-jobs';
import type { HandlerDeps } from './handlers';
import type { Handlers } from './handler-types';
import { OperationError } from './operation-error';

/**
 * Deliverables built off the UI thread: a job per export, polled for progress. The
 * client is read as saved on disk, after the saves in flight, so the renderer flushes
 * its edits before starting.
 */
export function createExportHandlers(deps: HandlerDeps, jobs: ExportJobs = createExportJobs()): Pick<Handlers, 'startExport' | 'exportStatus' | 'cancelExport' | 'readExportPreview'> {
  return {
    startExport: async ({ request, fileToken }) => {
      let target: string | null = null;
      if (fileToken !== null) {
        target = deps.fileGrants.resolve(fileToken, 'write', DELIVERABLE_EXTENSION[request.kind]);
        if (target === null) throw new OperationError('forbidden', 'Choose where to save the file again; that choice is no longer valid.');
      }
      const input = await loadDeliverableInput(deps, request);
      return { jobId: jobs.start(request, input, target) };
    },
    exportStatus: async ({ jobId }) => jobs.status(jobId),
    cancelExport: async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    readExportPreview: async ({ jobId }) => jobs.preview(jobId),
  };
}
