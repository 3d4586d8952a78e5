import { describe, expect, it } from 'vitest';
import { deliverableFixture } from '../../../../shared/deliverables/deliverable-fixture';
import { WORKBOOK_SHEETS } from '../../../../shared/deliverables/deliverable-request';
import { buildWorkbookModel } from '../../../../shared/deliverables/workbook/build-workbook';
import { makeZip, sheetXml, workbookZip } from './test-zip';
import { renderWorkbook } from './xlsx-writer';
import { WORKBOOK_LIMITS, checkWorkbookZip } from './xlsx-zip-guard';

const refusal = async (bytes: Buffer) => {
  const started = performance.now();
  const result = await checkWorkbookZip(bytes);
  const ms = performance.now() - started;
  return { message: result.ok ? null : result.error.message, ms };
};

const bigString = () => `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${'a'.repeat(100 * 1024 * 1024)}</t></si></sst>`;

describe('checkWorkbookZip', () => {
  it('lets the workbooks Cairn writes through', async () => {
    const bytes = await renderWorkbook(buildWorkbookModel(deliverableFixture(), WORKBOOK_SHEETS));
    const result = await checkWorkbookZip(bytes);
    expect(result.ok ? result.value.entries : result.error.message).toBeGreaterThan(15);
  });

  it('refuses a 100 MB string compressed to about 100 KB, whether its size is declared or hidden', async () => {
    const text = bigString();
    const honest = workbookZip(sheetXml('A1', ''), [{ name: 'xl/sharedStrings.xml', data: text, level: 9 }]);
    expect(honest.length).toBeLessThan(200 * 1024);
    const declared = await refusal(honest);
    expect(declared.message).toMatch(/xl\/sharedStrings\.xml declares 100 MB uncompressed; Cairn reads parts of at most 25 MB/);
    const bomb = workbookZip(sheetXml('A1', ''), [{ name: 'xl/sharedStrings.xml', data: text, declaredSize: 20 * 1024 * 1024, level: 9 }]);

    // Peak memory while the hidden bomb is inflated: streaming holds a chunk at a time.
    const before = process.memoryUsage();
    let peak = 0;
    const sample = () => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.heapUsed - before.heapUsed + (now.arrayBuffers - before.arrayBuffers));
    };
    const timer = setInterval(sample, 2);
    const hidden = await refusal(bomb);
    clearInterval(timer);
    sample();
    expect(hidden.message).toMatch(/xl\/sharedStrings\.xml holds more than the 20971520 bytes its zip entry declares/);
    expect(hidden.ms).toBeLessThan(3_000);
    // 20 MB are inflated before the lie shows; far less than that is ever held at once.
    expect(peak).toBeLessThan(48 * 1024 * 1024);
  });

  it('refuses a sheet of 400,000 rows, even when its dimension pretends otherwise', async () => {
    const rows = Array.from({ length: 400_000 }, (_, index) => `<row r="${index + 1}"><c r="A${index + 1}"><v>1</v></c></row>`).join('');
    const honest = await refusal(workbookZip(sheetXml('A1:A400000', '<row r="1"><c r="A1"><v>1</v></c></row>')));
    expect(honest.message).toBe('The sheet sheet1.xml reaches row 400,000; Cairn reads sheets of at most 100,000 rows.');
    const lying = await refusal(workbookZip(sheetXml('A1', rows)));
    expect(lying.message).toBe('The sheet sheet1.xml reaches row 400,000; Cairn reads sheets of at most 100,000 rows.');
    expect(lying.ms).toBeLessThan(3_000);
  });

  it('refuses a cell at XFD1048576', async () => {
    const far = await refusal(workbookZip(sheetXml('A1', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')));
    expect(far.message).toMatch(/reaches row 1,048,576; Cairn reads sheets of at most 100,000 rows/);
    const wide = await refusal(workbookZip(sheetXml('A1:XFD2', '')));
    expect(wide.message).toBe(`The sheet sheet1.xml reaches column 16,384; Cairn reads sheets of at most ${WORKBOOK_LIMITS.columns} columns.`);
  });

  it('refuses XML with a DOCTYPE and entities', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>';
    expect((await refusal(workbookZip(laughs))).message).toBe('The workbook part xl/worksheets/sheet1.xml declares a DOCTYPE or entities, which Cairn never reads.');
  });

  it('finds a DOCTYPE hidden behind a comment that holds an element, or in UTF-16 text', async () => {
    const afterComment = '<?xml version="1.0"?><!-- <worksheet> --><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet><sheetData/></worksheet>';
    expect((await refusal(workbookZip(afterComment))).message).toBe('The workbook part xl/worksheets/sheet1.xml declares a DOCTYPE or entities, which Cairn never reads.');
    const utf16 = Buffer.from('\ufeff<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e "e">]><worksheet><sheetData/></worksheet>', 'utf16le');
    const zip = makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/styles.xml', data: utf16 }]);
    expect((await refusal(zip)).message).toBe('The workbook part xl/styles.xml declares a DOCTYPE or entities, which Cairn never reads.');
  });

  it('refuses files that are not workbooks, saying so', async () => {
    expect((await refusal(makeZip([{ name: 'notes.txt', data: 'hello' }]))).message).toBe('It is not an Excel workbook (.xlsx): the zip archive has no workbook inside.');
    expect((await refusal(Buffer.from('Title,Status\nA listening programme,Done\nA community lead,Planned\n'))).message).toBe('It is not an Excel workbook (.xlsx): the file is not a zip archive.');
    expect((await refusal(Buffer.alloc(0))).message).toMatch(/too short/);
    const many = makeZip(Array.from({ length: 2_001 }, (_, index) => ({ name: `x/${index}.xml`, data: '<a/>' })));
    expect((await refusal(many)).message).toBe('The workbook holds 2001 parts; Cairn reads at most 2000.');
    expect((await refusal(Buffer.alloc(WORKBOOK_LIMITS.fileBytes + 1))).message).toBe('The workbook is 10 MB; Cairn imports workbooks of at most 10 MB.');
  });

});
