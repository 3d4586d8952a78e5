import { COMMUNITY_MATURITY_MODEL } from '../../../frameworks/builtin';
import { workshopSummary, type SummaryNote } from '../../../workshop/workshop-summary';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { INK, WARNING, cell, dataTable, keepWithNext, longDate } from '../report-style';
import { h2, h3, nothingYet, sectionHeading, stageLabel, type ReportContext } from '../report-context';

function noteLine(item: SummaryNote): string {
  const dots = item.dots > 0 ? `  (${item.dots} ${item.dots === 1 ? 'dot' : 'dots'})` : '';
  return `${item.text}${item.author ? ` — ${item.author}` : ''}${dots}`;
}

/** The appendix: every workshop's notes by board and cluster, its revealed ratings and its decisions. */
export function workshopNotes(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'workshop-notes');
  if (ctx.scope.workshops.length === 0) return [...head, nothingYet('No workshops have been held yet.')];
  const framework = ctx.assessment?.framework ?? COMMUNITY_MATURITY_MODEL;
  const blocks = ctx.scope.workshops.flatMap((workshop, index): PdfContent[] => {
    const summary = workshopSummary(workshop, framework, { today: ctx.today });
    const boards = summary.boards.filter((board) => board.noteCount > 0);
    return [
      keepWithNext(
        { ...h2(summary.title), ...(index > 0 ? { margin: [0, 22, 0, 6] as [number, number, number, number] } : {}) },
        { text: [longDate(summary.date, ctx.locale), summary.place].filter(Boolean).join(' · '), style: 'small', margin: [0, 0, 0, 6] },
        ...(summary.objectives.trim() ? [{ text: [{ text: 'Objectives. ', bold: true, color: INK }, { text: summary.objectives.trim() }], style: 'body' } as PdfNode] : []),
        ...(summary.participants.length > 0
          ? [{ text: [{ text: 'Participants. ', bold: true, color: INK }, { text: summary.participants.map((person) => (person.role ? `${person.name} (${person.role})` : person.name)).join(', ') }], style: 'body' } as PdfNode]
          : []),
      ),
      ...boards.flatMap((board): PdfContent[] => {
        // Small blocks: a cluster's label with its first notes never splits; longer lists flow on.
        const groups: PdfContent[] = [];
        // One text block per group of notes, a bullet per line: pdfmake lays out a list item by
        // item with a measured marker each, and a workshop can hold thousands of notes.
        const list = (lines: string[], margin: [number, number, number, number]): PdfNode => ({ text: lines.map((line) => `•  ${line}`).join('\n'), style: 'td', margin });
        for (const cluster of board.clusters) {
          const lines = cluster.notes.map(noteLine);
          const label: PdfNode = { text: [{ text: cluster.label, bold: true, color: INK }, ...(cluster.totalDots > 0 ? [{ text: `  ${cluster.totalDots} ${cluster.totalDots === 1 ? 'dot' : 'dots'}`, color: ctx.brand, bold: true }] : [])], style: 'td', margin: [0, 2, 0, 2] };
          groups.push({ stack: [label, list(lines.slice(0, 3), [8, 0, 0, lines.length > 3 ? 0 : 4])], unbreakable: true });
          if (lines.length > 3) groups.push(list(lines.slice(3), [8, 0, 0, 4]));
        }
        const loose = board.unclustered.map(noteLine);
        if (loose.length > 0) groups.push(list(loose.slice(0, 3), [0, 2, 0, loose.length > 3 ? 0 : 4]));
        if (loose.length > 3) groups.push(list(loose.slice(3), [0, 0, 0, 4]));
        const [first, ...rest] = groups;
        return [keepWithNext(h3(`${board.title} · ${board.noteCount} ${board.noteCount === 1 ? 'note' : 'notes'}`), ...(first === undefined ? [] : [first])), ...rest];
      }),
      ...summary.ratings
        .filter((rating) => rating.revealed && rating.competencies.some((competency) => competency.raters > 0))
        .map((rating) =>
          keepWithNext(
            h3(`${rating.title} · ${rating.participantsVoted} ${rating.participantsVoted === 1 ? 'participant' : 'participants'} rated`),
            dataTable(
              ctx.brand,
              ['*', 110, 44, 60],
              ['Competency', 'Median stage', 'Spread', 'Agreement'],
              rating.competencies.map((competency) => [
                cell(competency.name, { bold: true, color: INK }),
                cell(stageLabel(framework, competency.median)),
                cell(competency.spread === null ? '–' : String(competency.spread), { alignment: 'center' }),
                cell(competency.raters === 0 ? 'No ratings' : competency.disagreement ? 'Disagreement' : 'Agreed', competency.disagreement ? { color: WARNING, bold: true } : {}),
              ]),
            ),
          ),
        ),
      ...(summary.decisions.length > 0
        ? [
            keepWithNext(h3('Decisions'), { ol: summary.decisions.slice(0, 2).map((decision) => ({ text: decision.text, margin: [0, 0, 0, 2] })), style: 'td' }),
            ...(summary.decisions.length > 2 ? [{ ol: summary.decisions.slice(2).map((decision) => ({ text: decision.text, margin: [0, 0, 0, 2] })), start: 3, style: 'td' } as PdfNode] : []),
          ]
        : []),
      ...(summary.actions.length > 0 ? [{ text: `${summary.actions.length} ${summary.actions.length === 1 ? 'action was' : 'actions were'} agreed; see the action register.`, style: 'note' } as PdfNode] : []),
    ];
  });
  return [...head, ...blocks];
}
