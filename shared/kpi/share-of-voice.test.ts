import { describe, expect, it } from 'vitest';
import { SHARE_OF_VOICE_RULE, applySovMeasurements, shareOfVoice, sovByPeriod, sovMeasurements } from './share-of-voice';
import type { SovPeriod } from './kpi-schema';

const rivals = (...mentions: number[]) => mentions.map((count, index) => ({ name: `Rival ${String.fromCharCode(65 + index)}`, mentions: count }));

describe('shareOfVoice', () => {
  it.each<[string, number, number[], number]>([
    ['a quarter of the conversation', 100, [300], 25],
    ['several competitors add up', 50, [100, 50], 25],
    ['no competitors means all of it', 12, [], 100],
    ['no own mentions is zero', 0, [40], 0],
    ['fractional counts from sampled tools', 1.5, [4.5], 25],
    ['a third', 1, [2], 100 / 3],
  ])('%s', (_label, own, competitors, percent) => {
    const result = shareOfVoice(own, rivals(...competitors));
    expect(result.status).toBe('ok');
    expect(result.percent).toBeCloseTo(percent, 10);
  });

  it('has no share when nobody was mentioned', () => {
    expect(shareOfVoice(0, rivals(0, 0))).toEqual({ status: 'no-mentions', percent: null, reason: 'Nobody mentioned the organization or its competitors in this period, so there is no share to compute.' });
    expect(shareOfVoice(0, []).status).toBe('no-mentions');
  });

  it.each<[string, number, number[], string]>([
    ['negative own mentions', -1, [3], 'Own mentions must be a number of zero or more, not -1.'],
    ['NaN own mentions', Number.NaN, [3], 'Own mentions must be a number of zero or more, not NaN.'],
    ['a negative competitor', 4, [3, -2], 'Mentions of Rival B must be a number of zero or more, not -2.'],
    ['an infinite competitor', 4, [Number.POSITIVE_INFINITY], 'Mentions of Rival A must be a number of zero or more, not Infinity.'],
  ])('refuses %s', (_label, own, competitors, reason) => {
    expect(shareOfVoice(own, rivals(...competitors))).toEqual({ status: 'invalid', percent: null, reason });
  });

  it('states its rule', () => {
    expect(SHARE_OF_VOICE_RULE).toContain('competitors’ mentions');
  });
});

describe('sovMeasurements', () => {
  const period = (id: string, endDate: string, own: number, ...competitors: number[]): SovPeriod => ({ id, periodLabel: id.toUpperCase(), endDate, ownMentions: own, competitorMentions: rivals(...competitors) });
  const kpi = {
    shareOfVoice: { periods: [period('q2', '2026-06-30', 120, 200, 80), period('q1', '2026-03-31', 100, 300), period('q3', '2026-09-30', 0, 0)] },
    measurements: [{ id: 'typed', date: '2026-01-15', value: 10, note: 'typed by hand' }],
  };

  it('derives one measurement per period with mentions, in date order, dated at the period end', () => {
    expect(sovMeasurements(kpi)).toEqual([
      { id: 'q1', date: '2026-03-31', value: 25, note: 'Q1: 100 of 400 mentions (competitors: Rival A 300)' },
      { id: 'q2', date: '2026-06-30', value: 30, note: 'Q2: 120 of 400 mentions (competitors: Rival A 200, Rival B 80)' },
    ]);
  });

  it('keeps the empty period visible in the calculator with its reason', () => {
    expect(sovByPeriod(kpi).map(({ period: p, result }) => [p.id, result.status])).toEqual([
      ['q1', 'ok'],
      ['q2', 'ok'],
      ['q3', 'no-mentions'],
    ]);
  });

  it('rounds to hundredths of a percent', () => {
    expect(sovMeasurements({ shareOfVoice: { periods: [period('p', '2026-01-31', 1, 2)] } })[0]!.value).toBe(33.33);
  });

  it('replaces the measurements of a share-of-voice KPI and leaves other KPIs alone', () => {
    expect(applySovMeasurements(kpi).measurements.map((measurement) => measurement.id)).toEqual(['q1', 'q2']);
    const plain = { shareOfVoice: null, measurements: kpi.measurements };
    expect(applySovMeasurements(plain)).toBe(plain);
  });
});
