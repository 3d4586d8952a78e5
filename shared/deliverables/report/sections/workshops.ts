import { formatNumber } from '../../../format/format';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { h2, nothingYet, sectionHeading, type ReportContext } from '../report-context';
import { INK, MUTED, cell, dataTable, keepWithNext, shortDate } from '../report-style';
import { headedTable } from '../report-context';
import { counted } from '../../narrative/editorial';

/** How many of the latest decisions the body lists; every decision is in the appendix. */
export const DECISIONS_SHOWN = 12;

/**
 * What the workshops produced, in a page or two: one row per workshop held (with what it
 * produced, counted), the latest decisions, and the workshops still to come in their own
 * short list. Raw notes, clusters and ratings are in the appendix.
 */
export function workshops(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'workshops');
  const { held, upcoming } = ctx.facts.workshops;
  if (held.length === 0 && upcoming.length === 0) return [...head, nothingYet('No workshops have been held or planned yet.')];
  const n = (value: number) => formatNumber(value, ctx.locale);
  const decisions = held.flatMap((workshop) => workshop.decisions.map((decision) => ({ decision, workshop }))).reverse();
  const shown = decisions.slice(0, DECISIONS_SHOWN);
  const blocks: PdfContent[] = [];
  if (held.length > 0) {
    blocks.push(
      ...headedTable(
        h2('Workshops held'),
        dataTable(
          ctx.brand,
          [62, '*', 60, 38, 50, 42],
          ['Date', 'Workshop', 'Participants', 'Notes', 'Decisions', 'Actions'],
          held.map((workshop) => [
            cell(shortDate(workshop.date, ctx.locale)),
            cell(workshop.title, { style: 'tdStrong' }),
            cell(n(workshop.participants.length), { alignment: 'right' }),
            cell(n(workshop.notes.length), { alignment: 'right' }),
            cell(n(workshop.decisions.length), { alignment: 'right' }),
            cell(n(workshop.actions.length), { alignment: 'right' }),
          ]),
        ),
      ),
    );
  }
  if (shown.length > 0) {
    blocks.push(
      keepWithNext(
        h2(decisions.length > shown.length ? `Latest ${shown.length} of ${counted(decisions.length, 'decision')}` : 'Decisions'),
        {
          ul: shown.map(({ decision, workshop }): PdfNode => ({ text: [{ text: decision.text, color: INK }, { text: `  ${workshop.title}, ${shortDate(workshop.date, ctx.locale)}`, color: MUTED }], margin: [0, 0, 0, 2] })),
          style: 'td',
          markerColor: ctx.brand,
        },
      ),
    );
  }
  if (upcoming.length > 0) {
    blocks.push(
      keepWithNext(h2('Coming up'), {
        ul: upcoming.map((workshop): PdfNode => ({ text: [{ text: `${shortDate(workshop.date, ctx.locale)}  `, bold: true, color: INK }, { text: workshop.title }, ...(workshop.place ? [{ text: ` · ${workshop.place}`, color: MUTED }] : [])], margin: [0, 0, 0, 2] })),
        style: 'td',
        markerColor: ctx.brand,
      }),
    );
  }
  blocks.push({ text: `The notes, clusters, votes and every decision of each workshop are in the appendix (${ctx.titles['workshop-notes']}).`, style: 'small', margin: [0, 6, 0, 0] });
  return [...head, ...blocks];
}
