import type { MoveStatus } from '../../../assessment/stage-one-diagnosis-schema';
import { STAGE_ONE_GUIDE } from '../../../frameworks/builtin/stage-one-diagnosis-guide';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { INK, MUTED, SUCCESS, WARNING, cell, dataTable, keepWithNext, longDate, paragraphs } from '../report-style';
import { flowingHeading } from './flowing-heading';
import { h2, nothingYet, type ReportContext } from '../report-context';
import { latestInScope } from './latest-in-scope';

export const MOVE_STATUS_LABELS: Record<MoveStatus, string> = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done' };
const MOVE_STATUS_COLOUR: Record<MoveStatus, string> = { 'not-started': MUTED, 'in-progress': WARNING, done: SUCCESS };

/**
 * The stage-1 diagnosis: which signs of Hierarchy were seen, with the consultant's notes, and
 * how far each of the six moves to Emergent Community has come, who owns it, and what is next.
 */
export function stageOneSection(ctx: ReportContext): PdfContent[] {
  const head = (...first: PdfContent[]) => flowingHeading(ctx, 'stage-one', ...first);
  const diagnosis = latestInScope(ctx, ctx.client.stageOneDiagnoses);
  if (!diagnosis) return [head(nothingYet('No stage-1 diagnosis has been recorded yet.'))];
  const people = new Map(ctx.client.stakeholders.map((person) => [person.id, person.name]));
  const observed = STAGE_ONE_GUIDE.signs.filter((sign) => diagnosis.signs[sign.id]?.observed);
  const progress = STAGE_ONE_GUIDE.moves.map((move) => ({ move, entry: diagnosis.moves.find((candidate) => candidate.moveId === move.id) ?? null }));
  const status = (entry: (typeof progress)[number]['entry']): MoveStatus => entry?.status ?? 'not-started';
  const tally = (wanted: MoveStatus) => progress.filter(({ entry }) => status(entry) === wanted).length;
  const owner = (entry: (typeof progress)[number]['entry']) => {
    const named = entry?.ownerStakeholderId ? people.get(entry.ownerStakeholderId) : undefined;
    return named ?? (entry?.ownerText.trim() || 'Nobody yet');
  };

  // Seen signs with the consultant's note each; the ones not seen in one line, so the moves fit on the page.
  const seenLines: PdfNode[] = observed.map((sign) => {
    const noteText = diagnosis.signs[sign.id]?.note.trim() ?? '';
    return { text: [{ text: sign.text, color: INK }, ...(noteText ? [{ text: ` ${noteText}`, italics: true, color: MUTED }] : [])], style: 'td', margin: [0, 0, 0, 3] };
  });
  const notSeen = STAGE_ONE_GUIDE.signs.filter((sign) => !diagnosis.signs[sign.id]?.observed);
  const signBlock: PdfContent[] = [
    ...(seenLines.length > 0 ? [{ ul: seenLines, markerColor: WARNING, margin: [0, 0, 0, 4] } as PdfNode] : [nothingYet('None of the signs of stage 1 was seen.')]),
    ...(notSeen.length > 0 ? [{ text: [{ text: 'Not seen: ', bold: true, color: SUCCESS }, { text: notSeen.map((sign) => sign.text.replace(/\.$/, '')).join('; ') + '.' }], style: 'td', color: MUTED } as PdfNode] : []),
  ];

  return [
    head({ text: `Diagnosed ${longDate(diagnosis.assessedOn, ctx.locale)}. ${STAGE_ONE_GUIDE.source}.`, style: 'small', margin: [0, 0, 0, 8] }),
    {
      text: `${observed.length} of ${STAGE_ONE_GUIDE.signs.length} signs of stage 1 were seen. Of the six moves to stage 2, ${tally('done')} ${tally('done') === 1 ? 'is' : 'are'} done, ${tally('in-progress')} in progress and ${tally('not-started')} not started.`,
      style: 'lead',
    },
    ...paragraphs(diagnosis.notes),
    keepWithNext(h2(`Signs of stage 1 seen (${observed.length} of ${STAGE_ONE_GUIDE.signs.length})`), ...signBlock),
    keepWithNext(
      h2('The six moves to stage 2'),
      dataTable(
        ctx.brand,
        [118, 74, 54, '*'],
        ['Move', 'Owner', 'Status', 'Notes'],
        progress.map(({ move, entry }) => [
          cell(move.name, { style: 'tdStrong' }),
          cell(owner(entry), entry && (entry.ownerStakeholderId || entry.ownerText.trim()) ? {} : { color: MUTED }),
          cell(MOVE_STATUS_LABELS[status(entry)], { bold: true, color: MOVE_STATUS_COLOUR[status(entry)] }),
          cell(entry?.notes.trim() || '–', entry?.notes.trim() ? {} : { color: MUTED }),
        ]),
      ),
    ),
  ];
}
