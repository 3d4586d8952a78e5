import { describe, expect, it } from 'vitest';
import { libraryItem } from '../../../shared/roadmap/initiative-library';
import { createCairnStore } from './cairn-store';
import { aClient } from '../test/factories';

function setup() {
  let n = 0;
  const store = createCairnStore({ now: () => new Date('2026-11-22T10:00:00.000Z'), newId: () => `i${++n}` });
  store.getState().addClient(aClient({ id: 'c' }));
  const state = () => store.getState();
  const initiatives = () => state().docs['c']!.initiatives;
  const add = (title: string, phase: 'establish' | 'shape' = 'establish') => state().addInitiative('c', { title, phase, track: 'internal' })!;
  return { store, state, initiatives, add };
}

describe('roadmap slice', () => {
  it('adds custom initiatives at the end of their cell', () => {
    const { initiatives, add } = setup();
    add('Steering committee');
    add('Governance model');
    expect(initiatives().map((item) => [item.title, item.order])).toEqual([
      ['Steering committee', 0],
      ['Governance model', 1],
    ]);
  });

  it('adds library items into their own phase and track as one undo step', () => {
    const { store, state, initiatives } = setup();
    const chosen = [libraryItem('p1-steering-committee')!, libraryItem('p1-governance-model')!];
    const ids = state().addFromLibrary('c', chosen, null);
    expect(initiatives().map((item) => [item.id, item.title, item.phase, item.track, item.libraryId, item.order])).toEqual([
      [ids[0], 'Form a steering committee', 'establish', 'internal', 'p1-steering-committee', 0],
      [ids[1], 'Put a governance model in place', 'establish', 'internal', 'p1-governance-model', 1],
    ]);
    store.undo();
    expect(initiatives()).toEqual([]);
  });

  it('moves a card to another phase, renumbering both cells and stamping only moved cards', () => {
    const { state, initiatives, add } = setup();
    const a = add('A');
    const b = add('B');
    state().moveInitiative('c', a, { phase: 'shape', track: 'external', index: 0 });
    const byId = new Map(initiatives().map((item) => [item.id, item]));
    expect(byId.get(a)).toMatchObject({ phase: 'shape', track: 'external', order: 0 });
    expect(byId.get(b)).toMatchObject({ phase: 'establish', track: 'internal', order: 0 });
  });

  it('moves a card by keyboard one phase to the right', () => {
    const { state, initiatives, add } = setup();
    const a = add('A');
    state().moveInitiativeBy('c', a, 'right');
    expect(initiatives()[0]).toMatchObject({ phase: 'shape', track: 'internal' });
  });

  it('refuses a dependency that would make a loop, naming the initiatives, and changes nothing', () => {
    const { state, initiatives, add } = setup();
    const a = add('Listening program');
    const b = add('KPI framework');
    expect(state().addDependency('c', b, a)).toBeNull();
    const before = initiatives();
    const message = state().addDependency('c', a, b);
    expect(message).toContain('Listening program');
    expect(message).toContain('KPI framework');
    expect(initiatives()).toBe(before);
  });

  it('deletes initiatives and drops them from dependency lists', () => {
    const { state, initiatives, add } = setup();
    const a = add('A');
    const b = add('B');
    state().addDependency('c', b, a);
    state().deleteInitiatives('c', [a]);
    expect(initiatives().map((item) => [item.id, item.dependsOn])).toEqual([[b, []]]);
  });

  it('applies a bulk edit to every selected initiative', () => {
    const { state, initiatives, add } = setup();
    const a = add('A');
    add('B');
    const c = add('C');
    state().updateInitiatives('c', [a, c], { status: 'in-progress' });
    expect(initiatives().map((item) => item.status)).toEqual(['in-progress', 'planned', 'in-progress']);
  });
});
