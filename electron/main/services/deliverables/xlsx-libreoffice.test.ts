import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ACCENTED_NAMES, deliverableFixture } from '../../../../shared/deliverables/deliverable-fixture';
import { WORKBOOK_SHEETS } from '../../../../shared/deliverables/deliverable-request';
import { buildWorkbookModel } from '../../../../shared/deliverables/workbook/build-workbook';
import { isFormulaCell, type FormulaCell } from '../../../../shared/deliverables/workbook/workbook-model';
import { readWorkbookEdits } from './xlsx-import';
import { renderWorkbook } from './xlsx-writer';

/**
 * The workbook as a real spreadsheet program reads it: LibreOffice converts every sheet to
 * CSV (the StarCalc filter's 12th token, -1, writes one file per sheet) and the client's
 * data must be there, formulas-looking text included as typed.
 */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const available = soffice.status === 0;
if (!available) console.warn('LibreOffice (soffice) is not installed: the real-reader workbook test is skipped here; CI installs libreoffice-calc-nogui.');

/** A LibreOffice profile that recalculates every formula when it opens an .xlsx (by default it trusts the cached values). */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** RFC 4180 rows: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (char !== '\r') field += char;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** A number as LibreOffice writes it to CSV: "58.3333333333333%" is 0.583…, "1,234" is 1234. */
const csvNumber = (text: string): number => (text.endsWith('%') ? Number(text.slice(0, -1).replace(/,/g, '')) / 100 : Number(text.replace(/,/g, '')));

const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';

describe.skipIf(!available)('the workbook in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-xlsx-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens every sheet and shows the client’s data as typed', async () => {
    const base = deliverableFixture({ profile: { name: 'Zoë Consultant', firm: 'Cairn & Partners', email: 'zoe@example.com', brandColour: '#1f6f5c', locale: 'en-GB' as const } });
    const client = { ...base.client, initiatives: base.client.initiatives.map((i, index) => (index === 0 ? { ...i, title: '=1+1 is not a formula' } : index === 1 ? { ...i, title: '=SUM(1,2)' } : i)) };
    const bytes = await renderWorkbook(buildWorkbookModel({ ...base, client }, WORKBOOK_SHEETS));
    writeFileSync(join(dir, 'client.xlsx'), bytes);
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', CSV_ALL_SHEETS, '--outdir', join(dir, 'csv'), join(dir, 'client.xlsx')], {
      stdio: 'pipe',
      timeout: 60_000,
    });
    const files = readdirSync(join(dir, 'csv'));
    const sheet = (name: string) => readFileSync(join(dir, 'csv', `client-${name}.csv`), 'utf8');
    expect(files).toHaveLength(WORKBOOK_SHEETS.length + 1);
    expect(sheet('Dashboard')).toContain('Key figures');

    expect(sheet('Summary')).toContain('Nordlicht Outdoor GmbH');
    expect(sheet('Summary')).toContain('Key findings');
    for (const name of ACCENTED_NAMES) expect(sheet('Stakeholders')).toContain(name);
    expect(sheet('Initiatives')).toContain('=1+1 is not a formula');
    expect(sheet('Initiatives')).toContain('=SUM(1,2)');
    expect(sheet('Initiatives').split('\n')[0]).toMatch(/^Title,Description,Phase,Track/);
    expect(sheet('KPI measurements')).toMatch(/\n"?Share of voice"?,\d{4}-\d{2}-\d{2},[\d.]+%,/);
    expect(sheet('Actions')).toContain('Shortlist three listening tools');
    expect(sheet('Workshops')).toContain('Complaints on social go unanswered for days');
    expect(sheet('Assessment')).toContain('Current');
    expect(sheet('Roadmap')).toContain('Internal activities');
  }, 90_000);

  it('recalculates every formula to the value Cairn cached', async () => {
    // Exported today, so TODAY() in the overdue formulas agrees with the cached value.
    const input = deliverableFixture({ generatedAt: new Date().toISOString() });
    const model = buildWorkbookModel(input, WORKBOOK_SHEETS);
    // One cached value is deliberately wrong: LibreOffice must replace it, which proves it recalculated.
    const gaps = model.sheets.find((s) => s.id === 'gaps')!;
    const total = gaps.footer![0]!.cells[4] as FormulaCell;
    const trueTotal = total.result;
    total.result = 999;
    writeFileSync(join(dir, 'recalc.xlsx'), await renderWorkbook(model));
    const profile = join(dir, 'recalc-profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', CSV_ALL_SHEETS, '--outdir', join(dir, 'recalc'), join(dir, 'recalc.xlsx')], { stdio: 'pipe', timeout: 60_000 });
    total.result = trueTotal;
    let checked = 0;
    for (const sheet of model.sheets) {
      const rows = parseCsv(readFileSync(join(dir, 'recalc', `recalc-${sheet.name}.csv`), 'utf8'));
      const offset = sheet.header ? 1 : 0;
      [...sheet.rows, ...(sheet.footer ?? [])].forEach((row, r) =>
        row.cells.forEach((value, c) => {
          if (value === null || !isFormulaCell(value)) return;
          const shown = rows[r + offset]?.[c] ?? '';
          const where = `${sheet.name}!${r + offset + 1}:${c + 1} ${value.formula}`;
          if (typeof value.result === 'number') expect(Math.abs(csvNumber(shown) - value.result), `${where}: ${shown}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(value.result)));
          else expect(shown, where).toBe(typeof value.result === 'object' ? value.result.date : String(value.result));
          checked += 1;
        }),
      );
    }
    expect(checked).toBeGreaterThan(50);
  }, 90_000);

  it('prints every sheet without its id columns', async () => {
    const input = deliverableFixture();
    const model = buildWorkbookModel(input, WORKBOOK_SHEETS);
    writeFileSync(join(dir, 'print.xlsx'), await renderWorkbook(model));
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), join(dir, 'print.xlsx')], { stdio: 'pipe', timeout: 60_000 });
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'pdf', 'print.pdf'), '-'], { encoding: 'utf8' });
    for (const sheet of model.sheets) expect(text, sheet.name).toContain(sheet.caption);
    for (const id of ['Stakeholder ID', 'Assessment ID', 'Initiative ID', 'KPI ID', 'Measurement ID', 'Workshop ID', 'Action ID']) expect(text).not.toContain(id);
    expect(text).not.toContain(input.client.initiatives[0]!.id);
    expect(text).toContain('Key figures');
  }, 90_000);

  it('reads back a workbook LibreOffice saved, unchanged', async () => {
    const input = deliverableFixture();
    writeFileSync(join(dir, 'saved.xlsx'), await renderWorkbook(buildWorkbookModel(input, WORKBOOK_SHEETS)));
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'resaved'), join(dir, 'saved.xlsx')], {
      stdio: 'pipe',
      timeout: 60_000,
    });
    const result = await readWorkbookEdits(join(dir, 'resaved', 'saved.xlsx'), input.client);
    expect(result.ok ? result.value : result.error.message).toEqual(input.client);
  }, 90_000);
});
