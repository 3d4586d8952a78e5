import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ACCENTED_NAMES, deliverableFixture } from '../../../../shared/deliverables/deliverable-fixture';
import { WORKBOOK_SHEETS } from '../../../../shared/deliverables/deliverable-request';
import { buildWorkbookModel } from '../../../../shared/deliverables/workbook/build-workbook';
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

const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';

describe.skipIf(!available)('the workbook in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-xlsx-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens every sheet and shows the client’s data as typed', async () => {
    const base = deliverableFixture({ profile: { name: 'Zoë Consultant', firm: 'Cairn & Partners', email: 'zoe@example.com', brandColour: '#1f6f5c' } });
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

    expect(sheet('Summary')).toContain('Nordlicht Outdoor GmbH');
    expect(sheet('Summary')).toContain('Key findings');
    for (const name of ACCENTED_NAMES) expect(sheet('Stakeholders')).toContain(name);
    expect(sheet('Initiatives')).toContain('=1+1 is not a formula');
    expect(sheet('Initiatives')).toContain('=SUM(1,2)');
    expect(sheet('Initiatives').split('\n')[0]).toMatch(/^Title,Description,Phase,Track/);
    expect(sheet('KPI measurements')).toMatch(/\n"?Share of voice"?,\d{4}-\d{2}-\d{2},[\d.]+,/);
    expect(sheet('Actions')).toContain('Shortlist three listening tools');
    expect(sheet('Workshops')).toContain('Complaints on social go unanswered for days');
    expect(sheet('Assessment')).toContain('Current');
    expect(sheet('Roadmap')).toContain('Internal activities');
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
