import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deliverableFixture } from '../../../../shared/deliverables/deliverable-fixture';
import { WORKBOOK_SHEETS } from '../../../../shared/deliverables/deliverable-request';
import { buildWorkbookModel } from '../../../../shared/deliverables/workbook/build-workbook';
import { LISTS_SHEET_NAME, estimateRowHeight, renderWorkbook } from './xlsx-writer';

const profile = { name: 'Zoë Consultant', firm: 'Cairn & Partners', email: 'zoe@example.com', brandColour: '#2a4d8f' };
const HOSTILE = ['=1+1', '+SUM(A1:A2)', '-2+3', '@cmd', '\t=1', '=HYPERLINK("http://evil.example","click")'];

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('renderWorkbook', () => {
  const base = deliverableFixture({ profile });
  const client = { ...base.client, initiatives: base.client.initiatives.map((i, index) => (index < HOSTILE.length ? { ...i, title: HOSTILE[index]! } : i)) };
  const input = { ...base, client };
  const model = buildWorkbookModel(input, WORKBOOK_SHEETS);
  const written = (async () => {
    const progress: number[] = [];
    const bytes = await renderWorkbook(model, (fraction) => progress.push(fraction));
    return { bytes, progress, workbook: await readBack(bytes) };
  })();

  it('writes every sheet with its brand-coloured, frozen, filtered header and a hidden list sheet', async () => {
    const { workbook, progress } = await written;
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([...model.sheets.map((s) => s.name), LISTS_SHEET_NAME]);
    expect(workbook.getWorksheet(LISTS_SHEET_NAME)!.state).toBe('hidden');
    const initiatives = workbook.getWorksheet('Initiatives')!;
    const header = initiatives.getRow(1);
    expect(header.getCell(1).value).toBe('Title');
    expect(header.getCell(1).fill).toMatchObject({ fgColor: { argb: 'FF2A4D8F' } });
    expect(header.getCell(1).font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    expect(initiatives.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(initiatives.autoFilter).toBeTruthy();
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('sets landscape print fitted to the width with the header row repeated', async () => {
    const { workbook } = await written;
    const ws = workbook.getWorksheet('Gaps')!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    // The widest sheets print two or three pages across, repeating their first column, rather than shrinking to an unreadable size.
    expect(workbook.getWorksheet('Initiatives')!.pageSetup).toMatchObject({ fitToWidth: 2, printTitlesRow: '1:1', printTitlesColumn: 'A:A' });
    expect(workbook.getWorksheet('Summary')!.pageSetup).toMatchObject({ fitToWidth: 1, fitToHeight: 1 });
    expect(ws.headerFooter.oddHeader).toContain('Nordlicht Outdoor GmbH');
    expect(ws.headerFooter.oddFooter).toContain('Cairn && Partners');
  });

  it('sets the document properties', async () => {
    const { workbook } = await written;
    expect(workbook.creator).toBe('Zoë Consultant');
    expect(workbook.company).toBe('Cairn & Partners');
    expect(workbook.title).toBe('Nordlicht Outdoor GmbH – Social business kickoff 2026');
    expect(workbook.subject).toBe('Social business workbook');
  });

  it('types dates and numbers, and puts drop-downs on status and phase', async () => {
    const { workbook } = await written;
    const ws = workbook.getWorksheet('KPI measurements')!;
    expect(ws.getCell('B2').value).toBeInstanceOf(Date);
    expect(ws.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(typeof ws.getCell('C2').value).toBe('number');
    const initiatives = workbook.getWorksheet('Initiatives')!;
    const phase = initiatives.getCell('C2').dataValidation;
    expect(phase).toMatchObject({ type: 'list' });
    expect(phase.formulae?.[0]).toContain(LISTS_SHEET_NAME);
    expect(initiatives.getCell('F40').dataValidation).toMatchObject({ type: 'list' });
  });

  it('never writes a formula: hostile text comes back as the same string', async () => {
    const { workbook } = await written;
    let formulas = 0;
    workbook.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas += 1;
        }),
      ),
    );
    expect(formulas).toBe(0);
    const titles: unknown[] = [];
    workbook.getWorksheet('Initiatives')!.getColumn(1).eachCell((cell) => titles.push(cell.value));
    expect(titles).toEqual(expect.arrayContaining(HOSTILE));
  });

  it('makes wrapped rows tall enough for their text', () => {
    expect(estimateRowHeight(['short'], [20], [true])).toBeNull();
    expect(estimateRowHeight(['x'.repeat(230)], [20], [true])).toBe(10 * 13 + 3);
    expect(estimateRowHeight(['x'.repeat(100_000)], [20], [true])).toBe(409);
  });
});
