import { STAKEHOLDER_GROUP_LABELS } from '../../../domain/reference-lists';
import { auditCoverageMatrix } from '../../../scoring/audit-coverage';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { mixWithWhite } from '../../../design/colour';
import { INK, MUTED, WARNING, dataTable, keepWithNext, longDate, paragraphs, tableLayout } from '../report-style';
import { flowingHeading } from './flowing-heading';
import { h2, note, nothingYet, type ReportContext } from '../report-context';
import { latestInScope } from './latest-in-scope';

export const COVERAGE_MARK = '●';
/** Column widths in points: 84 + 8 × 38 + 26 plus padding fits the A4 text width. */
const COLUMN = { function: 84, group: 38, total: 26 } as const;

const listing = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

/**
 * The social business audit: which business function engages which stakeholder group on
 * social channels (functions × groups, totals both ways), the groups nobody talks to, and
 * each function's notes.
 */
export function auditSection(ctx: ReportContext): PdfContent[] {
  const head = (...first: PdfContent[]) => flowingHeading(ctx, 'audit', ...first);
  const audit = latestInScope(ctx, ctx.client.audits);
  if (!audit) return [head(nothingYet('No social business audit has been recorded yet.'))];
  const matrix = auditCoverageMatrix(audit);
  if (matrix.functions.length === 0) return [head(nothingYet('The social business audit has no business functions yet.'))];
  const silent = matrix.groups.filter((_, column) => matrix.columnTotals[column] === 0).map((group) => STAKEHOLDER_GROUP_LABELS[group]);
  const idle = matrix.functions.filter((_, row) => matrix.rowTotals[row] === 0);
  const covered = mixWithWhite(ctx.brand, 0.78);
  const header = ['Business function', ...matrix.groups.map((group) => STAKEHOLDER_GROUP_LABELS[group]), 'Total'];
  const body: PdfContent[][] = matrix.functions.map((name, row) => [
    { text: name, style: 'tdStrong' },
    ...matrix.cells[row]!.map((on): PdfContent => (on ? { text: COVERAGE_MARK, alignment: 'center', color: ctx.brand, fillColor: covered } : { text: '', alignment: 'center' })),
    { text: String(matrix.rowTotals[row]), alignment: 'center', bold: true },
  ]);
  body.push([
    { text: 'Functions engaging', bold: true, color: INK },
    ...matrix.columnTotals.map((total): PdfContent => ({ text: String(total), alignment: 'center', bold: true, color: total === 0 ? WARNING : INK })),
    { text: String(matrix.total), alignment: 'center', bold: true },
  ]);
  // Ten columns on a portrait page: fixed narrow widths, tight padding and a small header,
  // so the totals column never falls off the page.
  const base = dataTable(ctx.brand, [COLUMN.function, ...matrix.groups.map(() => COLUMN.group), COLUMN.total], [], body);
  // The heading rides in the first of two header rows, so it stays with the table while the
  // rows flow on across a page break (an unbreakable block would leave half a page empty).
  const columns = header.length;
  const headingRow: PdfContent[] = [{ ...h2('Coverage matrix'), colSpan: columns, margin: [0, 10, 0, 4] }, ...Array.from({ length: columns - 1 }, () => '')];
  const brandFill = tableLayout(ctx.brand);
  const table: PdfNode = {
    ...base,
    table: { ...base.table!, headerRows: 2, body: [headingRow, header.map((label) => ({ text: label, style: 'th', fontSize: 6.5 })), ...body] },
    layout: {
      ...brandFill,
      hLineWidth: (index, node) => (index <= 1 ? 0 : brandFill.hLineWidth!(index, node)),
      fillColor: (rowIndex) => (rowIndex === 1 ? ctx.brand : null),
      paddingLeft: (index) => (index === 0 ? 0 : 3),
      paddingRight: () => 3,
    },
  };
  const notes = audit.entries.filter((entry) => entry.notes.trim() !== '');
  return [
    head({ text: `Audited ${longDate(audit.assessedOn, ctx.locale)}: ${matrix.functions.length} business functions against ${matrix.groups.length} stakeholder groups; ${matrix.total} of ${matrix.functions.length * matrix.groups.length} pairs are covered.`, style: 'small', margin: [0, 0, 0, 8] }),
    ...paragraphs(audit.summary, 'lead'),
    { ...table, fontSize: 7.5 },
    note(`${COVERAGE_MARK} the function engages this stakeholder group on social channels. Totals count the groups each function engages and the functions engaging each group.`),
    {
      text:
        silent.length > 0
          ? `Nobody engages ${listing(silent.map((label) => label.toLowerCase()))} on social channels yet.`
          : 'Every stakeholder group is engaged by at least one business function.',
      style: 'body',
      bold: true,
      color: silent.length > 0 ? WARNING : INK,
    },
    ...(idle.length > 0 ? [{ text: `Not yet engaging anyone: ${idle.join(', ')}.`, style: 'body' }] : []),
    ...(notes.length > 0
      ? [
          keepWithNext(h2('Notes per function'), { text: [{ text: `${notes[0]!.functionName}. `, bold: true, color: INK }, { text: notes[0]!.notes.trim() }], style: 'body' }),
          ...notes.slice(1).map((entry): PdfContent => ({ text: [{ text: `${entry.functionName}. `, bold: true, color: INK }, { text: entry.notes.trim() }], style: 'body' })),
        ]
      : [{ text: 'No notes were recorded per function.', style: 'note', color: MUTED }]),
  ];
}
