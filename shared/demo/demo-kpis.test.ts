import { describe, expect, it } from 'vitest';
import { KpiSchema, kpiStatus, sovMeasurements } from '../kpi';
import { buildDemoClient } from './demo-client';
import { demoKpis, quarterEnd } from './demo-kpis';

function inputs() {
  let n = 0;
  const newId = () => `demo-${++n}`;
  const now = new Date('2026-11-22T10:00:00.000Z');
  const { stakeholders } = buildDemoClient({ newId, now });
  return { newId, now, stakeholders };
}

describe('quarterEnd', () => {
  it.each([
    ['2026-11-22T10:00:00.000Z', 0, '2026-09-30', 'Q3 2026'],
    ['2026-11-22T10:00:00.000Z', -3, '2025-12-31', 'Q4 2025'],
    ['2026-01-15T10:00:00.000Z', 0, '2025-12-31', 'Q4 2025'],
    ['2026-01-15T10:00:00.000Z', 1, '2026-03-31', 'Q1 2026'],
    ['2026-05-01T10:00:00.000Z', 1, '2026-06-30', 'Q2 2026'],
  ])('from %s offset %i ends on %s (%s)', (now, offset, date, label) => {
    expect(quarterEnd(new Date(now), offset)).toEqual({ date, label });
  });
});

describe('demoKpis', () => {
  const kpis = demoKpis(inputs());

  it('is a valid plan across every category, with owners and distinct ids', () => {
    for (const kpi of kpis) expect(KpiSchema.safeParse(kpi).error).toBeUndefined();
    expect(kpis.length).toBeGreaterThanOrEqual(6);
    expect(new Set(kpis.map((kpi) => kpi.catalogueId))).toEqual(
      new Set(['share-of-voice', 'resolution-time', 'resolution-rate', 'member-reshares', 'trends-captured', 'followers', 'net-sentiment', null]),
    );
    expect(kpis.every((kpi) => kpi.ownerStakeholderId !== null)).toBe(true);
    const ids = kpis.flatMap((kpi) => [kpi.id, ...kpi.measurements.map((m) => m.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a share-of-voice KPI against Bergwelt and AlpinX whose measurements are its periods', () => {
    const sov = kpis.find((kpi) => kpi.catalogueId === 'share-of-voice')!;
    expect(sov.shareOfVoice!.periods.map((period) => period.periodLabel)).toEqual(['Q4 2025', 'Q1 2026', 'Q2 2026', 'Q3 2026']);
    expect(sov.shareOfVoice!.periods[0]!.competitorMentions.map((competitor) => competitor.name)).toEqual(['Bergwelt', 'AlpinX']);
    expect(sov.measurements).toEqual(sovMeasurements(sov));
    expect(sov.measurements.map((m) => m.value)).toEqual([19.62, 21.62, 24.02, 25.34]);
  });

  it('mixes statuses', () => {
    expect(kpis.map((kpi) => [kpi.name, kpiStatus(kpi).status])).toEqual([
      ['Share of voice', 'on-track'],
      ['Resolution time', 'off-track'],
      ['Resolution rate', 'at-risk'],
      ['Re-shares by members', 'on-track'],
      ['Trends captured', 'at-risk'],
      ['Followers', 'on-track'],
      ['Sentiment', 'no-data'],
      ['Employees posting about their work', 'on-track'],
    ]);
  });
});
