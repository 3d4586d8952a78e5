import { isOverdue } from '../../../workshop/workshop-actions';
import type { Workshop, WorkshopAction } from '../../../workshop/workshop-schema';
import { capitalise, countWord, counted } from '../../narrative/editorial';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { h2, nothingYet, sectionHeading, type ReportContext } from '../report-context';
import { DANGER, MUTED, cell, dataTable, shortDate } from '../report-style';
import { headedTable } from '../report-context';

export const ACTION_STATUS_LABELS = { open: 'Open', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' } as const;

/** How many overdue and coming actions the body lists; the full register is in the appendix. */
export const ACTIONS_SHOWN = { overdue: 15, coming: 10 } as const;

export type ActionRow = { action: WorkshopAction; workshop: Workshop };
type Row = ActionRow;

/** Actions as a table: what, owner, due, status (overdue in red) and the workshop that agreed it. */
export function actionTable(ctx: ReportContext, rows: readonly Row[]): PdfNode {
  return dataTable(
    ctx.brand,
    ['*', 92, 62, 56, 110],
    ['Action', 'Owner', 'Due', 'Status', 'Workshop'],
    rows.map(({ action, workshop }) => {
      const overdue = isOverdue(action, ctx.today);
      return [
        cell(action.what, { style: 'tdStrong' }),
        cell(action.ownerName || 'Unassigned', action.ownerName ? {} : { color: MUTED }),
        cell(action.dueDate ? shortDate(action.dueDate, ctx.locale) : '–', overdue ? { color: DANGER, bold: true } : {}),
        cell(overdue ? 'Overdue' : ACTION_STATUS_LABELS[action.status], overdue ? { color: DANGER, bold: true } : {}),
        cell(workshop.title, { color: MUTED }),
      ];
    }),
  );
}

/** The state of the actions: counts, the overdue ones (longest overdue first) and the next ones due. */
export function actions(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'actions');
  const facts = ctx.facts.actions;
  if (facts.total === 0) return [...head, nothingYet('No actions have been agreed yet.')];
  const overdue = facts.overdueList.slice(0, ACTIONS_SHOWN.overdue);
  const coming = ctx.scope.workshops
    .flatMap((workshop) => workshop.actions.map((action) => ({ action, workshop })))
    .filter(({ action }) => (action.status === 'open' || action.status === 'in-progress') && !isOverdue(action, ctx.today))
    .sort((a, b) => (a.action.dueDate ?? '\uffff').localeCompare(b.action.dueDate ?? '\uffff'));
  const next = coming.slice(0, ACTIONS_SHOWN.coming);
  return [
    ...head,
    {
      text: `${capitalise(counted(facts.total, 'action'))} agreed in the workshops: ${countWord(facts.open)} open (${countWord(facts.overdue)} of them overdue), ${countWord(facts.done)} done. The full register is in the appendix (${ctx.titles['action-register']}).`,
      style: 'body',
    },
    ...(overdue.length > 0 ? headedTable(h2(facts.overdue > overdue.length ? `Overdue: the ${overdue.length} longest overdue of ${facts.overdue}` : 'Overdue'), actionTable(ctx, overdue)) : []),
    ...(next.length > 0 ? headedTable(h2(coming.length > next.length ? `Next ${next.length} due of ${coming.length} open` : 'Open, not yet due'), actionTable(ctx, next)) : []),
  ];
}
