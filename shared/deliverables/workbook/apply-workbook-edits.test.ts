import { describe, expect, it } from 'vitest';
import type { Client } from '../../domain/client';
import { deliverableFixture } from '../deliverable-fixture';
import { WORKBOOK_SHEETS } from '../deliverable-request';
import { applyWorkbookEdits, type WorkbookTables } from './apply-workbook-edits';
import { buildWorkbookModel } from './build-workbook';
import { TRUNCATION_NOTE, cellText, type CellValue } from './workbook-model';

const NOW = '2026-04-01T08:00:00.000Z';
let ids = 0;
const options = { now: NOW, newId: () => `new-${(ids += 1)}` };

/** The tables a spreadsheet program would give back for the model, Yes/No as written. */
function tablesOf(client: Client): WorkbookTables {
  const input = { ...deliverableFixture(), client };
  const tables: WorkbookTables = {};
  for (const sheet of buildWorkbookModel(input, WORKBOOK_SHEETS).sheets) {
    if (!sheet.header) continue;
    tables[sheet.name] = {
      headers: sheet.columns.map((c) => c.header),
      rows: sheet.rows.map((row, index) => ({ row: index + 2, cells: row.cells.map((v): CellValue => (typeof v === 'boolean' ? (v ? 'Yes' : 'No') : v)) })),
    };
  }
  return tables;
}

const base = deliverableFixture().client;
const edit = (tables: WorkbookTables, sheet: string, idHeader: string, id: string, header: string, value: CellValue) => {
  const table = tables[sheet]!;
  const row = table.rows.find((r) => r.cells[table.headers.indexOf(idHeader)] === id)!;
  row.cells[table.headers.indexOf(header)] = value;
  return row.row;
};
const message = (result: ReturnType<typeof applyWorkbookEdits>) => (result.ok ? null : result.error.message);

describe('applyWorkbookEdits', () => {
  it('changes nothing for an unedited workbook', () => {
    const result = applyWorkbookEdits(base, tablesOf(base), options);
    expect(message(result)).toBeNull();
    if (result.ok) expect(result.value).toEqual(base);
  });

  it('compares values, not the order of their keys: a client stored with its keys in another order comes back unchanged', () => {
    const reorder = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reorder) : typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reorder(v)])) : value;
    const shuffled = reorder(base) as Client;
    const result = applyWorkbookEdits(shuffled, tablesOf(base), options);
    if (!result.ok) throw new Error(result.error.message);
    const stamped = [...result.value.initiatives, ...result.value.kpis, ...result.value.assessments, ...result.value.workshops].filter((record) => record.updatedAt === NOW);
    expect(stamped).toEqual([]);
  });

  it('keeps the full text of a note shortened on export', () => {
    const long = 'Long evidence. '.repeat(4_000);
    const client = { ...base, initiatives: base.initiatives.map((i, index) => (index === 0 ? { ...i, description: long } : i)) };
    const tables = tablesOf(client);
    expect(tables['Initiatives']!.rows.some((r) => typeof r.cells[1] === 'string' && r.cells[1].endsWith(TRUNCATION_NOTE))).toBe(true);
    const result = applyWorkbookEdits(client, tables, options);
    expect(result.ok && result.value.initiatives[0]!.description).toBe(long);
    expect(cellText(long).length).toBeLessThan(long.length);
  });

  it('reads dates typed as serial numbers or text, Yes and No, and labels or ids', () => {
    const tables = tablesOf(base);
    const initiative = base.initiatives[0]!;
    edit(tables, 'Initiatives', 'Initiative ID', initiative.id, 'Pilot review', 46_113);
    edit(tables, 'Initiatives', 'Initiative ID', initiative.id, 'Pilot', 'yes');
    edit(tables, 'Initiatives', 'Initiative ID', initiative.id, 'Phase', 'innovate');
    edit(tables, 'Initiatives', 'Initiative ID', initiative.id, 'End', '2029-01-31');
    const result = applyWorkbookEdits(base, tables, options);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.initiatives.find((i) => i.id === initiative.id)).toMatchObject({ pilot: { isPilot: true, reviewDate: '2026-04-01' }, phase: 'innovate', end: { kind: 'date', date: '2029-01-31' }, updatedAt: NOW });
  });

  it('refuses a value Cairn does not allow, naming the sheet, row and column', () => {
    const tables = tablesOf(base);
    const row = edit(tables, 'Initiatives', 'Initiative ID', base.initiatives[0]!.id, 'Status', 'Finished');
    expect(message(applyWorkbookEdits(base, tables, options))).toBe(`Initiatives, row ${row}, column "Status": expected one of Idea, Planned, In progress, Done, Dropped, found "Finished"`);
    const stages = tablesOf(base);
    const assessment = base.assessments.at(-1)!;
    const table = stages['Assessment']!;
    const at = table.rows.find((r) => r.cells[table.headers.indexOf('Assessment ID')] === assessment.id)!;
    at.cells[table.headers.indexOf('Current stage')] = 7;
    expect(message(applyWorkbookEdits(base, stages, options))).toBe(`Assessment, row ${at.row}, column "Current stage": expected a whole number from 1 to 4, found 7`);
  });

  it('refuses ids that are not this client’s, repeated rows, and edits to derived measurements', () => {
    const other: Client = { ...base, name: 'Other GmbH', initiatives: [], kpis: [], assessments: [], workshops: [] };
    expect(message(applyWorkbookEdits(other, tablesOf(base), options))).toMatch(/^Initiatives, row 2, column "Initiative ID": ".+" names no initiative of Other GmbH$/);
    const twice = tablesOf(base);
    twice['Initiatives']!.rows.push({ ...twice['Initiatives']!.rows[0]!, row: 99 });
    expect(message(applyWorkbookEdits(base, twice, options))).toMatch(/^Initiatives, row 99, column "Initiative ID": ".+" appears on two rows$/);
    const sov = base.kpis.find((k) => k.shareOfVoice !== null)!;
    const derived = tablesOf(base);
    edit(derived, 'KPI measurements', 'Measurement ID', sov.measurements[0]!.id, 'Value', 1);
    expect(message(applyWorkbookEdits(base, derived, options))).toMatch(/takes its measurements from share-of-voice periods; change them in Cairn$/);
  });

  it('refuses edits that would leave the client invalid, and workbooks with nothing to read', () => {
    const tables = tablesOf(base);
    const initiative = base.initiatives[0]!;
    edit(tables, 'Initiatives', 'Initiative ID', initiative.id, 'Start', { date: '2030-01-01' });
    edit(tables, 'Initiatives', 'Initiative ID', initiative.id, 'End', { date: '2029-01-01' });
    expect(message(applyWorkbookEdits(base, tables, options))).toMatch(/^The edited workbook would leave the client invalid: initiatives\[0\]\.end: the end comes before the start$/);
    expect(message(applyWorkbookEdits(base, {}, options))).toBe('The workbook has none of the sheets Cairn reads back (Initiatives, KPIs, KPI measurements, Assessment, Actions).');
  });
});
