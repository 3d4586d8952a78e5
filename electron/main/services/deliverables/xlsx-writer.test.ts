import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deliverableFixture } from '../../../../shared/deliverables/deliverable-fixture';
import { WORKBOOK_SHEETS } from '../../../../shared/deliverables/deliverable-request';
import { buildWorkbookModel } from '../../../../shared/deliverables/workbook/build-workbook';
import { isFormulaCell, type FormulaCell } from '../../../../shared/deliverables/workbook/workbook-model';
import { LISTS_SHEET_NAME, estimateRowHeight, renderWorkbook } from './xlsx-writer';

const profile = { name: 'Zoë Consultant', firm: 'Cairn & Partners', email: 'zoe@example.com', brandColour: '#2a4d8f', locale: 'en-GB' as const };
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

  it('prints landscape at a legible scale with the header row repeated and the id columns left out', async () => {
    const { workbook } = await written;
    const ws = workbook.getWorksheet('Gaps')!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: false, printTitlesRow: '1:1' });
    for (const sheet of model.sheets) {
      const setup = workbook.getWorksheet(sheet.name)!.pageSetup;
      expect(setup.scale, sheet.name).toBeGreaterThanOrEqual(60);
      expect(setup.scale, sheet.name).toBe(sheet.print.scale);
      expect(setup.printArea, sheet.name).toMatch(/^A\$?1:[A-Z]+\$?\d+$/);
    }
    // The widest sheets print several pages across, repeating their first column, rather than shrinking to an unreadable size.
    expect(workbook.getWorksheet('Initiatives')!.pageSetup).toMatchObject({ printTitlesRow: '1:1', printTitlesColumn: 'A:A' });
    // Initiative ID is the 23rd column (W): the print area stops at V.
    expect(workbook.getWorksheet('Initiatives')!.pageSetup.printArea).toMatch(/:V\$?\d+$/);
    expect(workbook.getWorksheet('Initiatives')!.getRow(1).getCell(23).value).toBe('Initiative ID');
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

  it('writes formulas only where the model has them, with their cached results; hostile text comes back as the same string', async () => {
    const { workbook } = await written;
    const expected = new Map<string, FormulaCell>();
    for (const sheet of model.sheets) {
      const offset = sheet.header ? 2 : 1;
      [...sheet.rows, ...(sheet.footer ?? [])].forEach((row, r) =>
        row.cells.forEach((value, c) => {
          if (value !== null && isFormulaCell(value)) expected.set(`${sheet.name}!${r + offset}:${c + 1}`, value);
        }),
      );
    }
    const found = new Map<string, ExcelJS.CellFormulaValue>();
    workbook.eachSheet((ws) =>
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (cell.type === ExcelJS.ValueType.Formula) found.set(`${ws.name}!${r}:${c}`, cell.value as ExcelJS.CellFormulaValue);
        }),
      ),
    );
    expect([...found.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(found.size).toBeGreaterThan(50);
    for (const [key, value] of expected) {
      // An empty text result is written as an empty cached value, which reads back as none.
      const result = typeof value.result === 'object' ? new Date(`${value.result.date}T00:00:00.000Z`) : value.result === '' ? undefined : value.result;
      expect(found.get(key), key).toEqual({ formula: value.formula, result });
    }
    const titles: unknown[] = [];
    workbook.getWorksheet('Initiatives')!.getColumn(1).eachCell((cell) => titles.push(cell.value));
    expect(titles).toEqual(expect.arrayContaining(HOSTILE));
  });

  it('writes conditional formats, percentages, sheet links and the Dashboard’s charts as PNG', async () => {
    const { workbook } = await written;
    const assessment = workbook.getWorksheet('Assessment')!;
    const formats = (assessment as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(formats.map((format) => format.ref)).toEqual(model.sheets.find((s) => s.id === 'assessment')!.conditionalFormats!.map((format) => format.range));
    expect(formats[0]!.rules[1]).toMatchObject({ type: 'expression', formulae: ['AND(ISNUMBER($H2),$H2>=1)'] });
    const statuses = (workbook.getWorksheet('Initiatives') as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(statuses[0]!.rules.map((rule) => rule.formulae[0])).toEqual(['"Idea"', '"Planned"', '"In progress"', '"Done"', '"Dropped"']);
    const kpis = workbook.getWorksheet('KPIs')!;
    const sov = input.client.kpis.findIndex((k) => k.unit === '%') + 2;
    expect(kpis.getCell(`F${sov}`).numFmt).toBe('0.0%');
    expect(kpis.getCell(`L${sov}`).numFmt).toBe('0%');
    const links: string[] = [];
    workbook.getWorksheet('Summary')!.getColumn(1).eachCell((cell) => {
      if (cell.hyperlink) links.push(cell.hyperlink);
    });
    expect(links).toEqual(model.sheets.map((s) => `#'${s.name}'!$A$1`));
    const dashboard = workbook.getWorksheet('Dashboard')!;
    const images = dashboard.getImages();
    expect(images).toHaveLength(model.sheets.find((s) => s.id === 'dashboard')!.images!.length);
    const png = workbook.getImage(Number(images[0]!.imageId));
    expect(png.extension).toBe('png');
    expect(Buffer.from(png.buffer as unknown as Uint8Array).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('makes wrapped rows tall enough for their text', () => {
    expect(estimateRowHeight(['short'], [20], [true])).toBeNull();
    expect(estimateRowHeight(['x'.repeat(230)], [23], [true])).toBe(10 * 13 + 3);
    expect(estimateRowHeight(['x'.repeat(100_000)], [20], [true])).toBe(409);
  });
});
