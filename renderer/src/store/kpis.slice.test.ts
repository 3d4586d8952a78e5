import { describe, expect, it } from 'vitest';
import { makeInitiative } from '../../../shared/roadmap/initiative-factory';
import { kpiStatus } from '../../../shared/kpi';
import { createCairnStore } from './cairn-store';
import { aClient } from '../test/factories';

function setup() {
  let n = 0;
  let clock = Date.parse('2026-11-22T10:00:00.000Z');
  const store = createCairnStore({ now: () => new Date(clock), newId: () => `k${++n}` });
  store.getState().addClient(aClient({ id: 'c', initiatives: [makeInitiative({ id: 'listening', title: 'Start a listening program' })] }));
  const state = () => store.getState();
  const kpi = (id: string) => state().docs['c']!.kpis.find((item) => item.id === id)!;
  const later = () => void (clock += 60_000);
  return { store, state, kpi, later };
}

describe('kpis slice', () => {
  it('adds a KPI from the catalogue with its definition, and a share-of-voice KPI with empty periods', () => {
    const { state, kpi } = setup();
    const sov = state().addKpiFromCatalogue('c', 'share-of-voice')!;
    expect(kpi(sov)).toMatchObject({ name: 'Share of voice', unit: '%', catalogueId: 'share-of-voice', shareOfVoice: { periods: [] }, createdAt: '2026-11-22T10:00:00.000Z' });
    expect(state().addKpiFromCatalogue('c', 'no-such-entry')).toBeNull();
    const custom = state().addCustomKpi('c', '  Webinar sign-ups ')!;
    expect(kpi(custom)).toMatchObject({ name: 'Webinar sign-ups', catalogueId: null, shareOfVoice: null, competencyIds: ['metrics-measurement'] });
  });

  it('edits fields, coalescing a typing burst into one undo step', () => {
    const { store, state, kpi } = setup();
    const id = state().addKpiFromCatalogue('c', 'followers')!;
    state().updateKpi('c', id, { dataSource: 'P' }, 'dataSource');
    state().updateKpi('c', id, { dataSource: 'Platform' }, 'dataSource');
    state().updateKpi('c', id, { target: { value: 5000, date: '2027-06-30' } });
    expect(kpi(id)).toMatchObject({ dataSource: 'Platform', target: { value: 5000, date: '2027-06-30' } });
    store.undo();
    expect(kpi(id).target.value).toBeNull();
    store.undo();
    expect(kpi(id).dataSource).toBe('Platform analytics');
  });

  it('records, edits and deletes measurements, and the status follows', () => {
    const { state, kpi } = setup();
    const id = state().addKpiFromCatalogue('c', 'resolution-time')!;
    state().updateKpi('c', id, { baseline: { value: 30, date: '2026-01-01' }, target: { value: 6, date: '2026-12-31' } });
    expect(kpiStatus(kpi(id)).status).toBe('no-data');
    const m = state().addMeasurement('c', id, { date: '2026-07-01', value: 28, note: 'after the inbox move' })!;
    expect(kpiStatus(kpi(id)).status).toBe('off-track');
    state().updateMeasurement('c', id, m, { value: 16 });
    expect(kpiStatus(kpi(id)).status).toBe('on-track');
    state().deleteMeasurement('c', id, m);
    expect(kpi(id).measurements).toEqual([]);
  });

  it('turns share-of-voice periods into measurements, skipping periods without mentions', () => {
    const { state, kpi } = setup();
    const id = state().addKpiFromCatalogue('c', 'share-of-voice')!;
    expect(state().addSovCompetitor('c', id, 'Bergwelt')).toBe('Add a period first, then its competitors.');
    expect(state().addMeasurement('c', id, { date: '2026-01-01', value: 3, note: '' })).toBeNull();
    const q1 = state().addSovPeriod('c', id, { periodLabel: 'Q1 2026', endDate: '2026-03-31' })!;
    expect(state().addSovCompetitor('c', id, 'Bergwelt')).toBeNull();
    expect(state().addSovCompetitor('c', id, ' bergwelt ')).toBe('bergwelt is already a column.');
    state().addSovCompetitor('c', id, 'AlpinX');
    expect(kpi(id).measurements).toEqual([]);
    state().setSovMentions('c', id, q1, { own: true }, 200);
    state().setSovMentions('c', id, q1, { competitor: 'Bergwelt' }, 500);
    state().setSovMentions('c', id, q1, { competitor: 'AlpinX' }, 300);
    const q2 = state().addSovPeriod('c', id, { periodLabel: 'Q2 2026', endDate: '2026-06-30' })!;
    expect(kpi(id).shareOfVoice!.periods[1]!.competitorMentions).toEqual([
      { name: 'Bergwelt', mentions: 0 },
      { name: 'AlpinX', mentions: 0 },
    ]);
    expect(kpi(id).measurements.map((m) => [m.id, m.date, m.value])).toEqual([[q1, '2026-03-31', 20]]);
    state().setSovMentions('c', id, q2, { own: true }, 100);
    expect(kpi(id).measurements.map((m) => m.value)).toEqual([20, 100]);
    state().removeSovCompetitor('c', id, 'AlpinX');
    expect(kpi(id).measurements[0]!.value).toBe(28.57);
    state().deleteSovPeriod('c', id, q1);
    expect(kpi(id).measurements.map((m) => m.id)).toEqual([q2]);
    state().setSovMentions('c', id, q2, { own: true }, -1);
    expect(kpi(id).shareOfVoice!.periods[0]!.ownMentions).toBe(100);
  });

  it('links a KPI to an initiative on both sides, unlinks it, and undoes the link', () => {
    const { store, state, kpi } = setup();
    const id = state().addKpiFromCatalogue('c', 'trends-captured')!;
    const initiative = () => state().docs['c']!.initiatives[0]!;
    state().setKpiInitiativeLink('c', id, 'listening', true);
    state().setKpiInitiativeLink('c', id, 'listening', true);
    expect([kpi(id).initiativeIds, initiative().kpiIds]).toEqual([['listening'], [id]]);
    state().setKpiInitiativeLink('c', id, 'listening', false);
    expect([kpi(id).initiativeIds, initiative().kpiIds]).toEqual([[], []]);
    store.undo();
    expect([kpi(id).initiativeIds, initiative().kpiIds]).toEqual([['listening'], [id]]);
    state().deleteKpi('c', id);
    expect(initiative().kpiIds).toEqual([]);
  });
});
