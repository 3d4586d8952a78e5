import type { DeliverableInput } from '../../../../shared/deliverables/deliverable-input';
import type { ReportSection } from '../../../../shared/deliverables/deliverable-request';
import { buildAgendaDocument } from '../../../../shared/deliverables/report/build-agenda';
import { buildReportDocument } from '../../../../shared/deliverables/report/build-report';
import type { DeliverableBuilders } from './build-deliverable';
import { renderPdf } from './pdf-writer';

/** The report and agenda builders in the shape the export jobs call (see DeliverableBuilders). */
export const pdfBuilders: Pick<DeliverableBuilders, 'report' | 'agenda'> = {
  report: async (input: DeliverableInput, sections: readonly ReportSection[], onProgress) => new Uint8Array(await renderPdf(buildReportDocument(input, sections), onProgress)),
  agenda: async (input: DeliverableInput, workshopId: string, onProgress) => new Uint8Array(await renderPdf(buildAgendaDocument(input, workshopId), onProgress)),
};
