import { describe, expect, it } from 'vitest';
import { ClientSchema } from '../../../shared/domain/client';
import { COMMUNITY_MATURITY_MODEL } from '../../../shared/frameworks/builtin';
import { duplicateFramework } from '../../../shared/frameworks/framework-edits';
import { deriveTenStage } from '../../../shared/scoring/ten-stage-derivation';
import { TEN_STAGES_MODEL } from '../../../shared/frameworks/builtin';
import { createCairnStore } from './cairn-store';
import { aClient } from '../test/factories';
import { createFakeApi } from '../test/fake-api';

function storeWithClient() {
  let n = 0;
  let clock = new Date('2026-11-22T10:00:00.000Z').getTime();
  const store = createCairnStore({ now: () => new Date(clock), newId: () => `id-${++n}`, coalesceWindowMs: 1_000 });
  store.getState().addClient(aClient({ id: 'c', engagements: [{ id: 'e1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', title: 'Kickoff', startDate: null, endDate: null, scope: '', executiveSummary: '', status: 'active' }] }));
  store.temporal.getState().clear();
  const tick = (ms = 10_000) => void (clock += ms);
  const client = () => store.getState().docs['c']!;
  return { store, client, tick, actions: store.getState() };
}

describe('instruments slice: ten-stage placements', () => {
  it('adds a placement, ticks indicators (the derived stage follows) and undoes one tick at a time', () => {
    const { store, client, tick, actions } = storeWithClient();
    const id = actions.addTenStagePlacement('c', { engagementId: 'e1', assessedOn: '2026-11-22' })!;
    for (const indicator of ['ts1-monitors-mentions', 'ts1-reports-to-management']) {
      tick();
      actions.setIndicatorMet('c', id, indicator, true);
    }
    const placement = client().tenStagePlacements[0]!;
    expect(deriveTenStage(placement, TEN_STAGES_MODEL).derivedStage).toBe(1);
    expect(placement.updatedAt).toBe(client().updatedAt);
    store.undo();
    expect(deriveTenStage(client().tenStagePlacements[0]!, TEN_STAGES_MODEL).derivedStage).toBeNull();
    expect(ClientSchema.safeParse(client()).success).toBe(true);
  });

  it('sets an override with a trimmed reason and clears it again', () => {
    const { client, actions } = storeWithClient();
    const id = actions.addTenStagePlacement('c', { engagementId: 'e1', assessedOn: '2026-11-22' })!;
    actions.setStageOverride('c', id, { stage: 3, reason: '  Listening is done by the agency  ' });
    expect(client().tenStagePlacements[0]!.override).toEqual({ stage: 3, reason: 'Listening is done by the agency' });
    actions.setStageOverride('c', id, null);
    expect(client().tenStagePlacements[0]!.override).toBeNull();
  });
});

describe('instruments slice: audits', () => {
  it('records answers per function as one undo step per typing burst', () => {
    const { store, client, actions } = storeWithClient();
    const id = actions.addAudit('c', { engagementId: 'e1', assessedOn: '2026-11-22', functionNames: ['Marketing', 'Customer Service'] })!;
    actions.setAuditAnswer('c', id, 'Marketing', 'who-uses', 'T');
    actions.setAuditAnswer('c', id, 'Marketing', 'who-uses', 'Th');
    actions.setAuditAnswer('c', id, 'Marketing', 'who-uses', 'The agency');
    expect(client().audits[0]!.entries[0]!.answers['who-uses']).toBe('The agency');
    store.undo();
    expect(client().audits[0]!.entries[0]!.answers['who-uses']).toBe('');
  });

  it('ticks and unticks coverage cells without duplicates, and drops a removed function’s cells', () => {
    const { client, actions } = storeWithClient();
    const id = actions.addAudit('c', { engagementId: 'e1', assessedOn: '2026-11-22', functionNames: ['Marketing'] })!;
    actions.addAuditFunction('c', id, '  Retail Stores ');
    actions.addAuditFunction('c', id, 'Marketing');
    actions.setAuditCoverage('c', id, 'Marketing', 'customers', true);
    actions.setAuditCoverage('c', id, 'Marketing', 'customers', true);
    actions.setAuditCoverage('c', id, 'Retail Stores', 'employees', true);
    expect(client().audits[0]!.entries.map((entry) => entry.functionName)).toEqual(['Marketing', 'Retail Stores']);
    expect(client().audits[0]!.coverage).toHaveLength(2);
    actions.setAuditCoverage('c', id, 'Marketing', 'customers', false);
    actions.removeAuditFunction('c', id, 'Retail Stores');
    expect(client().audits[0]!.coverage).toEqual([]);
    expect(ClientSchema.safeParse(client()).success).toBe(true);
  });
});

describe('instruments slice: stage-1 diagnoses', () => {
  it('records signs and move progress', () => {
    const { client, actions } = storeWithClient();
    const id = actions.addStageOneDiagnosis('c', { engagementId: 'e1', assessedOn: '2026-11-22' })!;
    actions.setSignObservation('c', id, 'agency-run-accounts', { observed: true });
    actions.setSignObservation('c', id, 'agency-run-accounts', { note: 'Agency posts four times a week' }, 'note');
    actions.updateMove('c', id, 'find-leader', { status: 'done', ownerText: 'Małgorzata' });
    const diagnosis = client().stageOneDiagnoses[0]!;
    expect(diagnosis.signs['agency-run-accounts']).toEqual({ observed: true, note: 'Agency posts four times a week' });
    expect(diagnosis.moves.find((move) => move.moveId === 'find-leader')).toMatchObject({ status: 'done', ownerText: 'Małgorzata' });
    expect(diagnosis.moves).toHaveLength(6);
    actions.removeStageOneDiagnosis('c', id);
    expect(client().stageOneDiagnoses).toEqual([]);
  });

  it('returns null for a client that does not exist', () => {
    const { actions } = storeWithClient();
    expect(actions.addStageOneDiagnosis('nobody', { engagementId: 'e1', assessedOn: '2026-11-22' })).toBeNull();
  });
});

describe('frameworks slice', () => {
  const mine = duplicateFramework(COMMUNITY_MATURITY_MODEL, { newId: 'mine', name: 'Mine' });

  it('loads, saves and deletes through the API, keeping the library sorted by name', async () => {
    const api = createFakeApi({ frameworks: [mine] });
    const { store } = storeWithClient();
    expect(await store.getState().loadFrameworkLibrary(api)).toBeNull();
    expect(store.getState().frameworkLibrary).toEqual([mine]);
    const another = { ...mine, id: 'another', name: 'Another' };
    expect(await store.getState().saveLibraryFramework(api, another)).toBeNull();
    expect(store.getState().frameworkLibrary.map((framework) => framework.name)).toEqual(['Another', 'Mine']);
    expect(await store.getState().deleteLibraryFramework(api, 'mine')).toBeNull();
    expect(store.getState().frameworkLibrary.map((framework) => framework.id)).toEqual(['another']);
    expect([...api.frameworks.keys()]).toEqual(['another']);
  });

  it('returns the backend’s message and leaves the library alone when saving fails', async () => {
    const api = createFakeApi();
    api.failNext('saveFramework', 'disk-full');
    const { store } = storeWithClient();
    expect(await store.getState().saveLibraryFramework(api, mine)).toBe('Simulated disk-full.');
    expect(store.getState().frameworkLibrary).toEqual([]);
  });
});
