import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../../shared/domain/client';
import { deliverableFixture } from '../../../../shared/deliverables/deliverable-fixture';
import { WORKBOOK_SHEETS } from '../../../../shared/deliverables/deliverable-request';
import { buildWorkbookModel } from '../../../../shared/deliverables/workbook/build-workbook';
import { sheetXml, workbookZip } from './test-zip';
import { parseInWorker, readWorkbookEdits } from './xlsx-import';
import { renderWorkbook } from './xlsx-writer';

const NOW = new Date('2026-04-01T08:00:00.000Z');
let ids = 0;
const options = { now: () => NOW, newId: () => `new-${(ids += 1)}` };
const input = deliverableFixture();
const base: Client = input.client;
const exported = renderWorkbook(buildWorkbookModel(input, WORKBOOK_SHEETS));

/** The exported workbook as a client would edit it in a spreadsheet program. */
async function edited(edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exported) as unknown as ArrayBuffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The row whose cell under `header` equals `value`. */
function rowWhere(sheet: ExcelJS.Worksheet, header: string, value: string): ExcelJS.Row {
  const column = columnOf(sheet, header);
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(column).value === value) found = row;
  });
  if (!found) throw new Error(`no row with ${header} = ${value}`);
  return found;
}
function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let column = 0;
  sheet.getRow(1).eachCell((cell, index) => {
    if (cell.value === header) column = index;
  });
  if (column === 0) throw new Error(`no column ${header}`);
  return column;
}
const setCell = (sheet: ExcelJS.Worksheet, row: ExcelJS.Row, header: string, value: ExcelJS.CellValue) => {
  row.getCell(columnOf(sheet, header)).value = value;
};

describe('readWorkbookEdits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-xlsx-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back the very same client when nothing was edited', async () => {
    const result = await readWorkbookEdits(await exported, base, options);
    expect(result.ok ? null : result.error.message).toBeNull();
    if (result.ok) expect(result.value).toEqual(base);
  });

  it('reads an unchanged workbook back as the same client with the real clock, and ignores computed columns the client typed over', async () => {
    const today = deliverableFixture({ generatedAt: new Date().toISOString() });
    const bytes = await renderWorkbook(buildWorkbookModel(today, WORKBOOK_SHEETS));
    const unchanged = await readWorkbookEdits(bytes, today.client);
    expect(unchanged.ok ? unchanged.value : unchanged.error.message).toEqual(today.client);
    const typedOver = await edited((workbook) => {
      const gaps = workbook.getWorksheet('Assessment')!;
      gaps.getRow(2).getCell(columnOf(gaps, 'Gap')).value = 5;
      gaps.getRow(2).getCell(columnOf(gaps, 'Progress to target')).value = 0.1;
      const actions = workbook.getWorksheet('Actions')!;
      setCell(actions, rowWhere(actions, 'Action ID', 'a1'), 'Overdue', 'No');
      const kpis = workbook.getWorksheet('KPIs')!;
      kpis.getRow(2).getCell(columnOf(kpis, 'Progress to target')).value = 2;
    });
    const result = await readWorkbookEdits(typedOver, base, options);
    expect(result.ok ? result.value : result.error.message).toEqual(base);
  });

  it('reads percentages back in the KPI’s own units and quarters in their sortable form', async () => {
    const kpi = base.kpis.find((k) => k.unit === '%' && k.shareOfVoice === null)!;
    const measurement = kpi.measurements[0]!;
    const initiative = base.initiatives.find((i) => i.engagementId === input.engagementId)!;
    const bytes = await edited((workbook) => {
      const kpis = workbook.getWorksheet('KPIs')!;
      const row = rowWhere(kpis, 'KPI ID', kpi.id);
      setCell(kpis, row, 'Target', 0.9);
      setCell(kpis, row, 'Baseline', '55.5%');
      const measurements = workbook.getWorksheet('KPI measurements')!;
      setCell(measurements, rowWhere(measurements, 'Measurement ID', measurement.id), 'Value', 0.715);
      const initiatives = workbook.getWorksheet('Initiatives')!;
      setCell(initiatives, rowWhere(initiatives, 'Initiative ID', initiative.id), 'Start', '2027-Q1');
      setCell(initiatives, rowWhere(initiatives, 'Initiative ID', initiative.id), 'End', '2027-Q4');
    });
    const result = await readWorkbookEdits(bytes, base, options);
    if (!result.ok) throw new Error(result.error.message);
    const after = result.value.kpis.find((k) => k.id === kpi.id)!;
    expect(after.target.value).toBe(90);
    expect(after.baseline.value).toBe(55.5);
    expect(after.measurements.find((m) => m.id === measurement.id)!.value).toBe(71.5);
    expect(result.value.initiatives.find((i) => i.id === initiative.id)).toMatchObject({ start: { kind: 'quarter', year: 2027, quarter: 1 }, end: { kind: 'quarter', year: 2027, quarter: 4 } });
  });

  it('brings back edits to initiatives, KPIs, measurements, assessment values and actions, and new rows', async () => {
    const initiative = base.initiatives.find((i) => i.engagementId === input.engagementId)!;
    const kpi = base.kpis.find((k) => k.shareOfVoice === null && k.measurements.length > 0)!;
    const measurement = kpi.measurements[0]!;
    const assessment = base.assessments.at(-1)!;
    const bytes = await edited((workbook) => {
      const initiatives = workbook.getWorksheet('Initiatives')!;
      const row = rowWhere(initiatives, 'Initiative ID', initiative.id);
      setCell(initiatives, row, 'Status', 'Done');
      setCell(initiatives, row, 'Title', '=Renamed by the client');
      setCell(initiatives, row, 'Start', 'Q2 2027');
      setCell(initiatives, row, 'End', new Date(Date.UTC(2027, 11, 31)));
      initiatives.addRow(['A new idea from the client']);
      setCell(initiatives, initiatives.lastRow!, 'Phase', '2. Shape capabilities');
      const kpis = workbook.getWorksheet('KPIs')!;
      setCell(kpis, rowWhere(kpis, 'KPI ID', kpi.id), 'Target', 99);
      const measurements = workbook.getWorksheet('KPI measurements')!;
      setCell(measurements, rowWhere(measurements, 'Measurement ID', measurement.id), 'Value', 123.5);
      measurements.addRow([kpi.name, new Date(Date.UTC(2026, 2, 31)), 140, '', 'Typed in Excel', kpi.id]);
      const sheet = workbook.getWorksheet('Assessment')!;
      let target: ExcelJS.Row | undefined;
      sheet.eachRow((r) => {
        if (r.getCell(columnOf(sheet, 'Assessment ID')).value === assessment.id && r.getCell(columnOf(sheet, 'Competency ID')).value === 'culture') target = r;
      });
      setCell(sheet, target!, 'Current stage', 2);
      setCell(sheet, target!, 'Evidence', 'Store staff now post on their own.');
      const actions = workbook.getWorksheet('Actions')!;
      setCell(actions, rowWhere(actions, 'Action ID', 'a1'), 'Status', 'Done');
      actions.addRow(['Atelier', 'Book the room for the follow-up', 'Zoë Müller', new Date(Date.UTC(2026, 4, 4)), 'Open', 'No', null, 'fx-workshop']);
    });
    const result = await readWorkbookEdits(bytes, base, options);
    if (!result.ok) throw new Error(result.error.message);
    const client = result.value;
    const now = NOW.toISOString();

    const changed = client.initiatives.find((i) => i.id === initiative.id)!;
    expect(changed).toMatchObject({ status: 'done', title: '=Renamed by the client', start: { kind: 'quarter', year: 2027, quarter: 2 }, end: { kind: 'date', date: '2027-12-31' }, updatedAt: now });
    const added = client.initiatives.find((i) => i.title === 'A new idea from the client')!;
    expect(added).toMatchObject({ phase: 'shape', status: 'idea', engagementId: initiative.engagementId, createdAt: now });
    expect(client.initiatives.filter((i) => i.updatedAt === now)).toHaveLength(2);

    const kpiAfter = client.kpis.find((k) => k.id === kpi.id)!;
    expect(kpiAfter.target.value).toBe(99);
    expect(kpiAfter.measurements.find((m) => m.id === measurement.id)!.value).toBe(123.5);
    expect(kpiAfter.measurements.at(-1)).toMatchObject({ date: '2026-03-31', value: 140, note: 'Typed in Excel' });
    expect(client.kpis.filter((k) => k.updatedAt === now).map((k) => k.id)).toEqual([kpi.id]);

    const culture = client.assessments.find((a) => a.id === assessment.id)!.competencies.find((c) => c.competencyId === 'culture')!;
    expect(culture).toMatchObject({ currentStage: 2, evidence: 'Store staff now post on their own.' });

    const workshop = client.workshops.find((w) => w.id === 'fx-workshop')!;
    expect(workshop.actions.find((a) => a.id === 'a1')!.status).toBe('done');
    expect(workshop.actions.at(-1)).toMatchObject({ what: 'Book the room for the follow-up', ownerName: 'Zoë Müller', ownerStakeholderId: 'fx-accent-0', dueDate: '2026-05-04', status: 'open' });
    expect(workshop.updatedAt).toBe(now);
    expect(client.stakeholders).toEqual(base.stakeholders);
  });

  it('checks a file before reading it: missing, too large, hostile', async () => {
    expect(await readWorkbookEdits(join(dir, 'missing.xlsx'), base, options)).toMatchObject({ ok: false, error: { message: 'The workbook cannot be opened: the file does not exist.' } });
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, Buffer.alloc(11 * 1024 * 1024));
    expect(await readWorkbookEdits(big, base, options)).toMatchObject({ ok: false, error: { message: 'The workbook is 11 MB; Cairn imports workbooks of at most 10 MB.' } });
    const doctype = workbookZip('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><worksheet/>');
    expect(await readWorkbookEdits(doctype, base, options)).toMatchObject({ ok: false, error: { message: expect.stringContaining('DOCTYPE') } });
    const far = workbookZip(sheetXml('A1:XFD1048576', ''));
    expect(await readWorkbookEdits(far, base, options)).toMatchObject({ ok: false, error: { message: expect.stringContaining('at most 100,000 rows') } });
  });

  it('parses in a worker whose memory is capped', async () => {
    const starved = await parseInWorker(new Uint8Array(await exported), undefined, 2);
    expect(starved).toMatchObject({ ok: false, error: { message: 'The workbook needs more memory to read than Cairn allows (2 MB).' } });
  });
});
