import type { PdfContent } from '../pdf-doc-types';
import { nothingYet, sectionHeading, type ReportContext } from '../report-context';

import { actionTable } from './actions';

/** The appendix: every action agreed in the workshops, soonest due first. */
export function actionRegister(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'action-register');
  const rows = ctx.scope.workshops.flatMap((workshop) => workshop.actions.map((action) => ({ action, workshop })));
  if (rows.length === 0) return [...head, nothingYet('No actions have been agreed yet.')];
  rows.sort((a, b) => (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999') || a.action.createdAt.localeCompare(b.action.createdAt));
  return [
    ...head,
    { text: 'Actions agreed in the workshops, soonest due first. Overdue actions are marked in red.', style: 'body' },
    actionTable(ctx, rows),
  ];
}
