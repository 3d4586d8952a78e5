import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOCIAL_BUSINESS_AUDIT_GUIDE } from '../../frameworks/builtin';
import { ACCENTED_NAMES, deliverableFixture } from '../deliverable-fixture';
import { WORKBOOK_SHEETS } from '../deliverable-request';
import { GAP_FILL, buildWorkbookModel } from './build-workbook';
import { shownValue } from './workbook-formulas';
import { MAX_CELL_CHARS, cellText, isDateCell, isLinkCell, safeLink, type CellValue, type WorkbookSheetModel } from './workbook-model';

const profile = { name: 'Zoë Consultant', firm: 'Cairn & Partners', email: 'zoe@example.com', brandColour: '#1f6f5c', locale: 'en-GB' as const };
const input = deliverableFixture({ profile });
const model = buildWorkbookModel(input, WORKBOOK_SHEETS);
const sheet = (id: WorkbookSheetModel['id']) => model.sheets.find((s) => s.id === id)!;
const column = (s: WorkbookSheetModel, header: string) => s.columns.findIndex((c) => c.header === header);
const values = (s: WorkbookSheetModel, header: string) => s.rows.map((row) => row.cells[column(s, header)]);

const CELL_WORDS: Record<string, string> = { text: 'text', 'long-text': 'text (wrapped)', integer: 'whole number', number: 'number', percent: 'percentage', date: 'date', boolean: 'Yes / No', link: 'link', timing: 'date or quarter ("2026-Q3")', id: 'id' };
const cellWords = (c: WorkbookSheetModel['columns'][number]) => (c.computed ? `formula: ${CELL_WORDS[c.type]}` : CELL_WORDS[c.type]);

/** Sheet name → documented rows "header | cells | drop-down", read from docs/workbook-layout.md. */
function documentedHeaders(): Map<string, string[]> {
  const doc = readFileSync(new URL('../../../docs/workbook-layout.md', import.meta.url), 'utf8');
  const sheets = new Map<string, string[]>();
  const body = doc.slice(doc.indexOf('\n# Sheets'));
  for (const section of body.split(/\n## /).slice(1)) {
    const name = section.slice(0, section.indexOf('\n')).trim();
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Column') && !line.startsWith('| ---'));
    sheets.set(
      name,
      rows.map((line) => line.slice(2, -2).trim()),
    );
  }
  return sheets;
}

describe('buildWorkbookModel', () => {
  it('makes every sheet asked for, in the standard order, and only those', () => {
    expect(model.sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Dashboard',
      'Stakeholders',
      'Assessment',
      'Ratings',
      'Ten stages',
      'Audit',
      'Gaps',
      'Roadmap',
      'Initiatives',
      'KPIs',
      'KPI measurements',
      'Workshops',
      'Decisions',
      'Actions',
    ]);
    expect(buildWorkbookModel(input, ['actions', 'summary']).sheets.map((s) => s.id)).toEqual(['summary', 'actions']);
  });

  it('uses exactly the column layout documented in docs/workbook-layout.md', () => {
    const documented = documentedHeaders();
    const stages = sheet('assessment').columns.filter((c) => /^\d+\. /.test(c.header)).map((c) => c.header);
    expect(stages).toEqual(['1. Hierarchy', '2. Emergent Community', '3. Community', '4. Network']);
    for (const s of model.sheets) {
      const expected = documented.get(s.name)!.flatMap((line) => {
        if (line.startsWith('{one column per framework stage')) return stages.map((stage) => `${stage} | formula: text |`);
        if (line.startsWith('{one column per audit question')) return SOCIAL_BUSINESS_AUDIT_GUIDE.questions.map((q) => `${q.question} | text (wrapped) |`);
        return [line];
      });
      expect(
        s.columns.map((c) => `${c.header} | ${cellWords(c)} | ${c.list ? c.list.join(' / ') : ''}`.trim()),
        s.name,
      ).toEqual(expected.map((line) => line.replace(/\s+\|\s*$/, ' |').trim()));
    }
  });

  it('gives every table sheet a frozen, filtered header row and keeps rows as wide as the columns', () => {
    for (const s of model.sheets.filter((candidate) => candidate.header)) {
      expect(s.frozen.rows, s.name).toBe(1);
      expect(s.autoFilter || s.id === 'roadmap', s.name).toBe(true);
      for (const row of s.rows) expect(row.cells, s.name).toHaveLength(s.columns.length);
    }
  });

  it('writes dates as dates and numbers as numbers', () => {
    const initiatives = sheet('initiatives');
    expect(values(initiatives, 'Impact (1–5)').every((value) => typeof value === 'number')).toBe(true);
    const kpis = sheet('kpis');
    expect(values(kpis, 'Baseline').some((value) => typeof value === 'number')).toBe(true);
    expect(values(kpis, 'Target date').filter((value) => value !== null).every((value) => isDateCell(value as CellValue))).toBe(true);
    for (const s of model.sheets) {
      s.columns.forEach((c, index) => {
        for (const row of s.rows) {
          const value = shownValue(row.cells[index]!);
          if (value === null || value === '') continue;
          if (c.type === 'date') expect(isDateCell(value), `${s.name} / ${c.header}`).toBe(true);
          if (c.type === 'integer' || c.type === 'number' || c.type === 'percent') expect(typeof value, `${s.name} / ${c.header}`).toBe('number');
          if (c.type === 'boolean' && !c.computed) expect(typeof value, `${s.name} / ${c.header}`).toBe('boolean');
          if (c.type === 'boolean' && c.computed) expect(value, `${s.name} / ${c.header}`).toMatch(/^(Yes|No)$/);
        }
      });
    }
  });

  it('offers drop-downs on the status and phase columns', () => {
    const initiatives = sheet('initiatives');
    expect(initiatives.columns[column(initiatives, 'Status')]!.list).toEqual(['Idea', 'Planned', 'In progress', 'Done', 'Dropped']);
    expect(initiatives.columns[column(initiatives, 'Phase')]!.list).toHaveLength(4);
    expect(values(initiatives, 'Phase').every((value) => initiatives.columns[column(initiatives, 'Phase')]!.list!.includes(value as string))).toBe(true);
    expect(sheet('actions').columns[column(sheet('actions'), 'Status')]!.list).toEqual(['Open', 'In progress', 'Done', 'Dropped']);
  });

  it('carries the client’s data, accented names included, with ids for re-import', () => {
    expect(sheet('summary').rows[0]!.cells[0]).toBe('Nordlicht Outdoor GmbH');
    expect(sheet('summary').rows.some((row) => typeof row.cells[1] === 'string' && row.cells[1].includes('Keep them when editing'))).toBe(true);
    expect(values(sheet('stakeholders'), 'Name')).toEqual(expect.arrayContaining([...ACCENTED_NAMES]));
    expect(values(sheet('initiatives'), 'Initiative ID')).toEqual(expect.arrayContaining(input.client.initiatives.map((i) => i.id)));
    expect(values(sheet('actions'), 'Action ID')).toEqual(expect.arrayContaining(['a1', 'a2']));
    const measurements = input.client.kpis.reduce((sum, kpi) => sum + kpi.measurements.length, 0);
    expect(sheet('kpi-measurements').rows).toHaveLength(measurements);
  });

  it('marks the heat map with formulas and colours it with conditional formats that follow the stages', () => {
    const assessment = sheet('assessment');
    const at = assessment.rows.findIndex((row) => row.cells[2] === 'Culture');
    const culture = assessment.rows[at]!;
    const first = column(assessment, '1. Hierarchy');
    expect(shownValue(culture.cells[first]!)).toBe('Current');
    expect(shownValue(culture.cells[first + 2]!)).toBe('Target');
    const row = at + 2;
    // Current stage is column H, target I, not applicable M (three lead columns, four stages, then the tail).
    expect(culture.cells[first]).toEqual({ formula: `IF($M${row}="Yes","",IF(AND($H${row}=1,$I${row}=1),"Current = target",IF($H${row}=1,"Current",IF($I${row}=1,"Target",""))))`, result: 'Current' });
    expect(culture.fills).toBeUndefined();
    const last = assessment.rows.length + 1;
    expect(assessment.conditionalFormats!.map((format) => format.range)).toEqual([`D2:D${last}`, `E2:E${last}`, `F2:F${last}`, `G2:G${last}`]);
    expect(assessment.conditionalFormats![1]!.rules).toEqual([
      { kind: 'expression', formula: '$M2="Yes"', fill: '#eceff3' },
      { kind: 'expression', formula: 'AND(ISNUMBER($H2),$H2>=2)', fill: expect.stringMatching(/^#[0-9a-f]{6}$/) },
      { kind: 'expression', formula: 'AND(ISNUMBER($H2),ISNUMBER($I2),$H2<2,$I2>=2)', fill: GAP_FILL },
    ]);
  });

  it('keeps hostile text as plain text and links only to https and mailto', () => {
    const hostile = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const client = { ...input.client, initiatives: input.client.initiatives.map((i, index) => ({ ...i, title: hostile[index % hostile.length]!, notes: 'bad\u0000char\u0007s' })) };
    const hostileModel = buildWorkbookModel({ ...input, client, profile: { ...profile, email: 'javascript:alert(1)' } }, WORKBOOK_SHEETS);
    const initiatives = hostileModel.sheets.find((s) => s.id === 'initiatives')!;
    const titles = values(initiatives, 'Title');
    expect(titles).toEqual(expect.arrayContaining(hostile));
    expect(values(initiatives, 'Notes')[0]).toBe('badchars');
    const links = hostileModel.sheets.flatMap((s) => s.rows.flatMap((row) => row.cells.filter((value) => isLinkCell(value))));
    expect(links).toEqual([]);
    expect(model.sheets[0]!.rows.flatMap((row) => row.cells).find((value) => isLinkCell(value))).toEqual({ text: 'zoe@example.com', url: 'mailto:zoe@example.com' });
    expect(safeLink('site', 'http://example.com')).toBe('site');
    expect(safeLink('site', 'https://example.com/a')).toEqual({ text: 'site', url: 'https://example.com/a' });
  });

  it('covers every engagement when none is chosen, and stays valid for a client with nothing recorded yet', () => {
    const all = buildWorkbookModel({ ...input, engagementId: null }, WORKBOOK_SHEETS);
    expect(all.properties.title).toBe('Nordlicht Outdoor GmbH – All engagements');
    const assessments = new Set(all.sheets.find((s) => s.id === 'assessment')!.rows.map((row) => row.cells[0]));
    expect(assessments.size).toBe(input.client.assessments.length);
    const empty = { ...input.client, stakeholders: [], assessments: [], tenStagePlacements: [], audits: [], initiatives: [], kpis: [], workshops: [] };
    const bare = buildWorkbookModel({ ...input, client: empty }, WORKBOOK_SHEETS);
    expect(bare.sheets).toHaveLength(WORKBOOK_SHEETS.length);
    expect(bare.sheets.filter((s) => s.header).every((s) => s.rows.every((row) => row.cells.length === s.columns.length))).toBe(true);
    expect(bare.sheets[0]!.rows.some((row) => row.cells[1] === 'No assessment or ten-stage placement in scope yet.')).toBe(true);
  });

  it('cuts text longer than a cell can hold and says so', () => {
    const long = cellText('x'.repeat(100_000));
    expect(long.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(long).toMatch(/shortened/);
  });

  it('sets the document properties from the consultant and picks a readable header text colour', () => {
    expect(model.properties).toMatchObject({ creator: 'Zoë Consultant', company: 'Cairn & Partners', title: 'Nordlicht Outdoor GmbH – Social business kickoff 2026' });
    expect(model.headerText).toBe('#ffffff');
    expect(buildWorkbookModel(deliverableFixture({ profile: { ...profile, brandColour: '#ffe066' } }), ['summary']).headerText).toBe('#1a1a1a');
  });
});
