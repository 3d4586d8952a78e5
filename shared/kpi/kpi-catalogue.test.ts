import { describe, expect, it } from 'vitest';
import { COMMUNITY_MATURITY_MODEL } from '../frameworks/builtin';
import { KPI_CATALOGUE, KpiCatalogueEntrySchema, SHARE_OF_VOICE_KPI_ID, catalogueEntry, kpiFromCatalogue } from './kpi-catalogue';
import { KpiSchema, formatKpiValue } from './kpi-schema';

const competencies = new Set(COMMUNITY_MATURITY_MODEL.competencies.map((competency) => competency.id));

describe('KPI_CATALOGUE', () => {
  it('validates entry by entry and has unique ids', () => {
    for (const entry of KPI_CATALOGUE) expect(KpiCatalogueEntrySchema.safeParse(entry).error).toBeUndefined();
    expect(new Set(KPI_CATALOGUE.map((entry) => entry.id)).size).toBe(KPI_CATALOGUE.length);
  });

  it.each([
    ['brand-advocacy', ['Re-shares by members', 'Brand mentions']],
    ['dialog', ['Share of voice', 'Engagement duration']],
    ['company-support', ['Resolution rate', 'Resolution time']],
    ['innovation', ['Trends captured', 'Innovations generated']],
    ['reach', ['Followers', 'Conversations', 'Sentiment', 'Mentions', 'Traffic']],
  ])('covers %s', (category, names) => {
    expect(KPI_CATALOGUE.filter((entry) => entry.category === category).map((entry) => entry.name)).toEqual(names);
  });

  it('links every KPI to Metrics & Measurement and only to real competencies', () => {
    for (const entry of KPI_CATALOGUE) {
      expect(entry.competencyIds).toContain('metrics-measurement');
      expect(entry.competencyIds.filter((id) => !competencies.has(id))).toEqual([]);
    }
  });

  it('knows resolution time is better when lower', () => {
    expect(KPI_CATALOGUE.filter((entry) => entry.direction === 'lower-is-better').map((entry) => entry.id)).toEqual(['resolution-time']);
  });
});

describe('kpiFromCatalogue', () => {
  it('builds a valid KPI, with share-of-voice inputs only for share of voice', () => {
    const sov = kpiFromCatalogue(catalogueEntry(SHARE_OF_VOICE_KPI_ID)!, { id: 'k1', now: '2026-03-01T10:00:00.000Z' });
    const followers = kpiFromCatalogue(catalogueEntry('followers')!, { id: 'k2', now: '2026-03-01T10:00:00.000Z' });
    expect(KpiSchema.safeParse(sov).error).toBeUndefined();
    expect(KpiSchema.safeParse(followers).error).toBeUndefined();
    expect(sov.shareOfVoice).toEqual({ periods: [] });
    expect(followers.shareOfVoice).toBeNull();
    expect(sov).toMatchObject({ catalogueId: 'share-of-voice', unit: '%', direction: 'higher-is-better' });
  });
});

describe('KpiSchema', () => {
  const base = kpiFromCatalogue(catalogueEntry('followers')!, { id: 'k', now: '2026-03-01T10:00:00.000Z' });
  it.each([
    ['a NaN measurement', { measurements: [{ id: 'm', date: '2026-01-31', value: Number.NaN, note: '' }] }],
    ['an infinite measurement', { measurements: [{ id: 'm', date: '2026-01-31', value: Number.POSITIVE_INFINITY, note: '' }] }],
    ['negative mentions', { shareOfVoice: { periods: [{ id: 'p', periodLabel: 'Jan', endDate: '2026-01-31', ownMentions: -1, competitorMentions: [] }] } }],
    ['an unknown direction', { direction: 'sideways' }],
  ])('refuses %s', (_label, fields) => {
    expect(KpiSchema.safeParse({ ...base, ...fields }).success).toBe(false);
  });
});

describe('formatKpiValue', () => {
  it.each([
    [42, '%', '42%'],
    [3.456, 'hours', '3.46 hours'],
    [1200, '', '1200'],
    [-12.5, ' points ', '-12.5 points'],
    [1.7976931348623157e308, '', '1.7976931348623157e+308'],
  ])('%d with unit "%s" reads "%s"', (value, unit, text) => {
    expect(formatKpiValue(value, unit)).toBe(text);
  });

  it('writes the number in the consultant’s locale when given one, with digit grouping and one percent style', () => {
    expect(formatKpiValue(42000, 'followers', 'en-GB')).toBe('42,000 followers');
    expect(formatKpiValue(42000, '', 'en-DE')).toBe('42.000');
    expect(formatKpiValue(23.21, '%', 'en-GB')).toBe('23.2%');
    expect(formatKpiValue(15, '%', 'en-DE')).toBe('15\u00a0%');
  });
});
