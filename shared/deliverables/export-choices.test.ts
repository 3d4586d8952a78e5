import { describe, expect, it } from 'vitest';
import { REPORT_SECTIONS, WORKBOOK_SHEETS } from './deliverable-request';
import { DEFAULT_EXPORT_CHOICES, ExportChoicesSchema, exportChoicesFromLegacyStorage, sectionsFor } from './export-choices';

describe('export choices', () => {
  it('tick every section the first time', () => {
    expect(sectionsFor(DEFAULT_EXPORT_CHOICES, 'report')).toEqual([...REPORT_SECTIONS]);
    expect(sectionsFor(DEFAULT_EXPORT_CHOICES, 'workbook')).toEqual([...WORKBOOK_SHEETS]);
  });

  it('keep document order, and give a workbook every sheet rather than none', () => {
    const choices = { format: 'report' as const, sections: { report: ['gaps', 'executive-summary'] as const, workbook: [] } };
    expect(sectionsFor(ExportChoicesSchema.parse(choices), 'report')).toEqual(['executive-summary', 'gaps']);
    expect(sectionsFor(ExportChoicesSchema.parse(choices), 'workbook')).toEqual([...WORKBOOK_SHEETS]);
    expect(sectionsFor(ExportChoicesSchema.parse({ ...choices, sections: { report: [], workbook: null } }), 'report')).toEqual([]);
  });

  it('refuse a section that does not exist and a format that does not', () => {
    expect(ExportChoicesSchema.safeParse({ format: 'report', sections: { report: ['cover-letter'], workbook: null } }).success).toBe(false);
    expect(ExportChoicesSchema.safeParse({ format: 'docx', sections: { report: null, workbook: null } }).success).toBe(false);
    expect(ExportChoicesSchema.safeParse({ format: 'report', sections: { report: null } }).success).toBe(false);
  });

  it('migrate what an older Cairn kept in localStorage', () => {
    expect(exportChoicesFromLegacyStorage(JSON.stringify({ report: ['gaps', 'nonsense'], workbook: ['Clients'] }))).toEqual({
      format: 'report',
      sections: { report: ['gaps'], workbook: [] },
    });
    expect(exportChoicesFromLegacyStorage(JSON.stringify({ workbook: 3 }))).toEqual(DEFAULT_EXPORT_CHOICES);
    expect(exportChoicesFromLegacyStorage('{not json')).toBeNull();
    expect(exportChoicesFromLegacyStorage(null)).toBeNull();
  });
});
