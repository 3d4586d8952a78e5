import { timingLabel } from '../../../roadmap/calendar';
import type { Initiative } from '../../../roadmap/initiative-schema';
import { INITIATIVE_STATUS_LABELS, PHASES, PHASE_IDS, TRACK_IDS, TRACK_LABELS } from '../../../roadmap/roadmap-reference';
import type { PdfContent } from '../pdf-doc-types';
import { INK, MUTED, dataTable, keepWithNext } from '../report-style';
import { h2, nothingYet, sectionHeading, type ReportContext } from '../report-context';

export const byBoard = (a: Initiative, b: Initiative) => PHASE_IDS.indexOf(a.phase) - PHASE_IDS.indexOf(b.phase) || TRACK_IDS.indexOf(a.track) - TRACK_IDS.indexOf(b.track) || a.order - b.order;

export function roadmap(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'roadmap', 'Four phases, inside and outside');
  const initiatives = ctx.scope.initiatives.filter((item) => item.status !== 'dropped').sort(byBoard);
  if (initiatives.length === 0) return [...head, nothingYet('No initiatives have been placed on the roadmap yet.')];
  const entry = (item: Initiative | undefined): PdfContent =>
    item
      ? {
          text: [
            { text: `${item.title}\n`, bold: true, color: INK },
            { text: `${INITIATIVE_STATUS_LABELS[item.status]}${timingLabel(item.start) === 'unscheduled' ? '' : ` · from ${timingLabel(item.start)}`}`, fontSize: 8, color: MUTED },
          ],
          style: 'td',
        }
      : '';
  const phases = PHASES.flatMap((phase) => {
    const internal = initiatives.filter((item) => item.phase === phase.id && item.track === 'internal');
    const external = initiatives.filter((item) => item.phase === phase.id && item.track === 'external');
    const rows = Math.max(internal.length, external.length);
    const heading: PdfContent[] = [h2(`Phase ${phase.number}: ${phase.name}`), { text: phase.description, style: 'body' }];
    if (rows === 0) return [keepWithNext(...heading, nothingYet('Nothing planned in this phase yet.'))];
    // The phase heading is the table's first header row: it repeats on a continued page and never stays behind alone.
    const table = dataTable(ctx.brand, ['*', '*'], [TRACK_LABELS.internal, TRACK_LABELS.external], Array.from({ length: rows }, (_, index) => [entry(internal[index]), entry(external[index])]));
    table.table!.body.unshift([{ stack: heading, colSpan: 2, fillColor: '#ffffff', margin: [-6, 0, 0, 0] }, '']);
    table.table!.headerRows = 2;
    table.table!.keepWithHeaderRows = 1;
    table.margin = [0, 6, 0, 10];
    return [table];
  });
  return [...head, { text: 'Every phase has work inside the organization and work facing the outside world. Dropped initiatives are left out.', style: 'body' }, ...phases];
}
