import { describe, expect, it } from 'vitest';
import type { DatedValue, KpiDirection, Measurement } from './kpi-schema';
import { KPI_STATUS_RULE, kpiStatus, latestMeasurement, type KpiStatus } from './kpi-status';

const m = (date: string, value: number, id = date): Measurement => ({ id, date, value, note: '' });
const at = (value: number | null, date: string | null): DatedValue => ({ value, date });

/** A year from 2026-01-01 (day 0) to 2027-01-01 (day 365); 2026-07-02 is day 182, so 49.9% is expected there. */
const YEAR = { baseline: at(100, '2026-01-01'), target: at(200, '2027-01-01') };

describe('kpiStatus', () => {
  it.each<[string, KpiDirection, DatedValue, DatedValue, Measurement[], KpiStatus, 'paced' | 'target-only' | 'none']>([
    ['no measurements', 'higher-is-better', YEAR.baseline, YEAR.target, [], 'no-data', 'none'],
    ['no target value', 'higher-is-better', YEAR.baseline, at(null, '2027-01-01'), [m('2026-07-02', 150)], 'no-data', 'none'],
    ['on the line half way', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2026-07-02', 150)], 'on-track', 'paced'],
    ['10 points behind is still on track', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2026-07-02', 140)], 'on-track', 'paced'],
    ['11 points behind is at risk', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2026-07-02', 139)], 'at-risk', 'paced'],
    ['25 points behind is at risk', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2026-07-02', 125)], 'at-risk', 'paced'],
    ['26 points behind is off track', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2026-07-02', 124)], 'off-track', 'paced'],
    ['going backwards', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2026-03-01', 90)], 'off-track', 'paced'],
    ['before the baseline date nothing is expected yet', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2025-12-01', 100)], 'on-track', 'paced'],
    ['target already met', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2026-02-01', 205)], 'on-track', 'target-only'],
    ['exactly at target', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2026-02-01', 200)], 'on-track', 'target-only'],
    ['the latest measurement counts, not the best', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2026-02-01', 210), m('2026-07-02', 110)], 'off-track', 'paced'],
    ['short of target on the target date', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2027-01-01', 195)], 'on-track', 'paced'],
    ['well short of target after the target date', 'higher-is-better', YEAR.baseline, YEAR.target, [m('2027-02-01', 170)], 'off-track', 'paced'],
    ['lower is better, on pace', 'lower-is-better', at(48, '2026-01-01'), at(24, '2027-01-01'), [m('2026-07-02', 36)], 'on-track', 'paced'],
    ['lower is better, behind', 'lower-is-better', at(48, '2026-01-01'), at(24, '2027-01-01'), [m('2026-07-02', 40)], 'at-risk', 'paced'],
    ['lower is better, far behind', 'lower-is-better', at(48, '2026-01-01'), at(24, '2027-01-01'), [m('2026-07-02', 44)], 'off-track', 'paced'],
    ['lower is better, worse than baseline', 'lower-is-better', at(48, '2026-01-01'), at(24, '2027-01-01'), [m('2026-07-02', 50)], 'off-track', 'paced'],
    ['lower is better, target met', 'lower-is-better', at(48, '2026-01-01'), at(24, '2027-01-01'), [m('2026-03-01', 20)], 'on-track', 'target-only'],
    ['zero-length period, measured on the day', 'higher-is-better', at(100, '2026-06-30'), at(200, '2026-06-30'), [m('2026-06-30', 150)], 'off-track', 'paced'],
    ['zero-length period, measured before', 'higher-is-better', at(100, '2026-06-30'), at(200, '2026-06-30'), [m('2026-06-01', 150)], 'on-track', 'paced'],
    ['missing baseline, before the target date', 'higher-is-better', at(null, null), YEAR.target, [m('2026-07-02', 120)], 'at-risk', 'target-only'],
    ['missing baseline, target date come', 'higher-is-better', at(null, null), YEAR.target, [m('2027-01-01', 120)], 'off-track', 'target-only'],
    ['missing baseline, target met', 'higher-is-better', at(null, null), YEAR.target, [m('2026-03-01', 200)], 'on-track', 'target-only'],
    ['missing baseline date', 'higher-is-better', at(100, null), YEAR.target, [m('2026-07-02', 150)], 'at-risk', 'target-only'],
    ['missing target date', 'higher-is-better', YEAR.baseline, at(200, null), [m('2030-07-02', 150)], 'at-risk', 'target-only'],
    ['a target on the wrong side of the baseline', 'higher-is-better', at(100, '2026-01-01'), at(80, '2027-01-01'), [m('2026-07-02', 70)], 'at-risk', 'target-only'],
  ])('%s', (_label, direction, baseline, target, measurements, status, basis) => {
    const result = kpiStatus({ direction, baseline, target, measurements, unit: 'points' });
    expect([result.status, result.basis]).toEqual([status, basis]);
    expect(result.reason.length).toBeGreaterThan(10);
  });

  it('explains a paced status with the figures', () => {
    const result = kpiStatus({ direction: 'higher-is-better', ...YEAR, measurements: [m('2026-07-02', 125)], unit: '%' });
    expect(result.actualProgress).toBeCloseTo(25);
    expect(result.expectedProgress).toBeCloseTo((182 / 365) * 100);
    expect(result.reason).toBe('The latest value, 125% on 2026-07-02, covers 25% of the way from the baseline of 100% to the target of 200%; 50% was expected by then on the way to 2027-01-01.');
  });

  it('says when only the target could be compared, and why', () => {
    const result = kpiStatus({ direction: 'lower-is-better', baseline: at(null, null), target: at(4, '2026-12-31'), measurements: [m('2026-05-01', 9)], unit: 'hours' });
    expect(result.reason).toBe('There is no baseline, so only the target is compared. The latest value, 9 hours on 2026-05-01, is short of the target of 4 hours, and the target date, 2026-12-31, is still ahead.');
  });

  it('states its rule', () => {
    expect(KPI_STATUS_RULE).toMatch(/minus 10 points/);
    expect(KPI_STATUS_RULE).toMatch(/25 points behind/);
  });
});

describe('latestMeasurement', () => {
  it.each<[string, Measurement[], string | null]>([
    ['none', [], null],
    ['by date, not list order', [m('2026-03-01', 1, 'b'), m('2026-01-01', 1, 'a')], 'b'],
    ['the last entered among equal dates', [m('2026-03-01', 1, 'a'), m('2026-03-01', 2, 'b')], 'b'],
  ])('%s', (_label, measurements, id) => {
    expect(latestMeasurement(measurements)?.id ?? null).toBe(id);
  });
});
