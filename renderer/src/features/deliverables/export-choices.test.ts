import { describe, expect, it } from 'vitest';
import { REPORT_SECTIONS, WORKBOOK_SHEETS } from '../../../../shared/deliverables/deliverable-request';
import { rememberSections, rememberedSections, type ChoiceStorage } from './export-choices';

const memory = (): ChoiceStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
};

describe('remembered sections', () => {
  it('start with every section, then remember each format’s choice on its own, in document order', () => {
    const storage = memory();
    expect(rememberedSections('report', storage)).toEqual([...REPORT_SECTIONS]);
    rememberSections('report', ['method', 'gaps'], storage);
    rememberSections('workbook', ['summary'], storage);
    expect(rememberedSections('report', storage)).toEqual(['gaps', 'method']);
    expect(rememberedSections('workbook', storage)).toEqual(['summary']);
  });

  it('fall back to everything when storage holds junk or is missing', () => {
    const storage = memory();
    storage.data.set('cairn.export.sections', '{not json');
    expect(rememberedSections('workbook', storage)).toEqual([...WORKBOOK_SHEETS]);
    expect(rememberedSections('report', null)).toEqual([...REPORT_SECTIONS]);
    storage.data.set('cairn.export.sections', JSON.stringify({ workbook: ['horoscope'] }));
    expect(rememberedSections('workbook', storage)).toEqual([...WORKBOOK_SHEETS]);
  });
});
