import type { PdfContent } from '../pdf-doc-types';
import { DANGER, MUTED, cell, dataTable, shortDate } from '../report-style';
import { nothingYet, sectionHeading, type ReportContext } from '../report-context';

import { ACTION_STATUS_LABELS } from './actions';

/** The appendix: every action agreed in the workshops, soonest due first. */
export function actionRegister(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'action-register');
  const rows = ctx.scope.workshops.flatMap((workshop) => workshop.actions.map((action) => ({ action, workshop })));
  if (rows.length === 0) return [...head, nothingYet('No actions have been agreed yet.')];
  rows.sort((a, b) => (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999') || a.action.createdAt.localeCompare(b.action.createdAt));
  return [
    ...head,
    { text: 'Actions agreed in the workshops, soonest due first. Overdue actions are marked in red.', style: 'body' },
    dataTable(
      ctx.brand,
      ['*', 92, 70, 56, 110],
      ['Action', 'Owner', 'Due', 'Status', 'Workshop'],
      rows.map(({ action, workshop }) => {
        const overdue = action.dueDate !== null && action.dueDate < ctx.today && (action.status === 'open' || action.status === 'in-progress');
        return [
          cell(action.what, { style: 'tdStrong' }),
          cell(action.ownerName || 'Unassigned', action.ownerName ? {} : { color: MUTED }),
          cell(action.dueDate ? shortDate(action.dueDate, ctx.locale) : '–', overdue ? { color: DANGER, bold: true } : {}),
          cell(overdue ? 'Overdue' : ACTION_STATUS_LABELS[action.status], overdue ? { color: DANGER, bold: true } : {}),
          cell(workshop.title, { color: MUTED }),
        ];
      }),
    ),
  ];
}
