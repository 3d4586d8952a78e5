import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Timing } from './calendar';
import { SCHEDULING_RULE, canAddDependency, findCycle, schedulingConflicts } from './dependencies';
import { makeInitiative } from './initiative-factory';

/** `graph` as "a>b,c; b>c": a depends on b and c, b on c. */
const nodes = (spec: string) =>
  spec
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [id, deps = ''] = part.split('>') as [string, string?];
      return { id, title: id.toUpperCase(), dependsOn: deps.split(',').filter(Boolean) };
    });

describe('findCycle', () => {
  it.each<[string, string, { from: string; to: string } | undefined, string[] | null]>([
    ['an empty roadmap', '', undefined, null],
    ['a chain', 'a>b; b>c; c', undefined, null],
    ['a diamond', 'a>b,c; b>d; c>d; d', undefined, null],
    ['a two-step loop', 'a>b; b>a', undefined, ['a', 'b']],
    ['a three-step loop', 'a>b; b>c; c>a', undefined, ['a', 'b', 'c']],
    ['a loop below an acyclic root', 'r>a; a>b; b>a', undefined, ['a', 'b']],
    ['dangling ids are ignored', 'a>ghost; b>a', undefined, null],
    ['a candidate back edge', 'a>b; b>c; c', { from: 'c', to: 'a' }, ['c', 'a', 'b']],
    ['a candidate forward edge', 'a>b; b>c; c', { from: 'a', to: 'c' }, null],
    ['a candidate self edge', 'a', { from: 'a', to: 'a' }, ['a']],
    ['the shortest loop through the candidate', 'a>b,x; x>y; y>c; b>c; c', { from: 'c', to: 'a' }, ['c', 'a', 'b']],
    ['an older loop when the candidate closes none', 'a>b; b>a; c', { from: 'c', to: 'a' }, ['a', 'b']],
  ])('%s', (_label, spec, candidate, expected) => {
    expect(findCycle(nodes(spec), candidate)).toEqual(expected);
  });

  /** A random DAG: every edge points from a later index to an earlier one. */
  const dag = fc.integer({ min: 2, max: 40 }).chain((size) =>
    fc.tuple(
      fc.constant(size),
      fc.array(fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 0, max: size - 1 })), { maxLength: size * 3 }).map((pairs) => pairs.filter(([a, b]) => a !== b).map(([a, b]) => (a > b ? [a, b] : [b, a]) as [number, number])),
    ),
  );
  const build = (size: number, edges: [number, number][]) =>
    Array.from({ length: size }, (_, index) => ({ id: `n${index}`, title: `N${index}`, dependsOn: [...new Set(edges.filter(([from]) => from === index).map(([, to]) => `n${to}`))] }));

  it('finds no loop in any acyclic graph', () => {
    fc.assert(fc.property(dag, ([size, edges]) => {
      expect(findCycle(build(size, edges))).toBeNull();
    }));
  });

  it('refuses every back edge along an existing path, naming a real loop', () => {
    fc.assert(fc.property(dag, ([size, edges]) => {
      const graph = build(size, edges);
      for (const [from, to] of edges) {
        const check = canAddDependency(graph, `n${to}`, `n${from}`);
        expect(check.ok).toBe(false);
        if (check.ok) continue;
        const cycle = check.cycle;
        expect(cycle[0]).toBe(`n${to}`);
        expect(cycle[1]).toBe(`n${from}`);
        // Every step of the reported loop is a real dependency, and it closes.
        const withEdge = new Map(graph.map((node) => [node.id, node.id === `n${to}` ? [...node.dependsOn, `n${from}`] : node.dependsOn]));
        cycle.forEach((id, index) => expect(withEdge.get(id)).toContain(cycle[(index + 1) % cycle.length]));
      }
    }));
  });

  it('allows every edge that keeps the order acyclic', () => {
    fc.assert(fc.property(dag, fc.nat(), fc.nat(), ([size, edges], x, y) => {
      const [later, earlier] = [Math.max(x % size, y % size), Math.min(x % size, y % size)];
      fc.pre(later !== earlier);
      expect(canAddDependency(build(size, edges), `n${later}`, `n${earlier}`)).toEqual({ ok: true });
    }));
  });

  it('walks a 5,000-step chain without running out of stack', () => {
    const chain = Array.from({ length: 5_000 }, (_, index) => ({ id: `n${index}`, title: '', dependsOn: index === 0 ? [] : [`n${index - 1}`] }));
    expect(findCycle(chain)).toBeNull();
    expect(findCycle(chain, { from: 'n0', to: 'n4999' })).toHaveLength(5_000);
  });
});

describe('canAddDependency', () => {
  const roadmap = nodes('a>b; b>c; c; d');
  it.each<[string, string, string, { ok: boolean; message?: string; cycle?: string[] }]>([
    ['a harmless edge', 'd', 'a', { ok: true }],
    ['an edge that is already there', 'a', 'b', { ok: true }],
    ['a direct loop', 'b', 'a', { ok: false, cycle: ['b', 'a'], message: '“B” cannot depend on “A”: that would make a loop in which nothing can start first (“B” → “A” → “B”; each arrow reads “depends on”).' }],
    ['a longer loop', 'c', 'a', { ok: false, cycle: ['c', 'a', 'b'], message: '“C” cannot depend on “A”: that would make a loop in which nothing can start first (“C” → “A” → “B” → “C”; each arrow reads “depends on”).' }],
    ['itself', 'd', 'd', { ok: false, cycle: ['d'], message: '“D” cannot depend on itself.' }],
    ['an unknown initiative', 'a', 'zz', { ok: false, cycle: [], message: 'One of these initiatives is no longer on the roadmap.' }],
  ])('%s: %s → %s', (_label, from, to, expected) => {
    expect(canAddDependency(roadmap, from, to)).toEqual(expected);
  });
});

describe('schedulingConflicts', () => {
  const q = (year: number, quarter: number): Timing => ({ kind: 'quarter', year, quarter });
  const d = (date: string): Timing => ({ kind: 'date', date });
  it.each<[string, [Timing, Timing], [Timing, Timing], [string, string] | null]>([
    ['next quarter after a quarter', [q(2026, 1), q(2026, 1)], [q(2026, 2), null], null],
    ['the same quarter', [q(2026, 1), null], [q(2026, 1), q(2026, 2)], ['2026-01-01', '2026-03-31']],
    ['a date inside the quarter the dependency ends in', [q(2026, 1), q(2026, 2)], [d('2026-06-15'), null], ['2026-06-15', '2026-06-30']],
    ['a quarter start vs a dependency ending on a date inside it (the quarter starts on its first day)', [d('2026-01-10'), d('2026-02-15')], [q(2026, 1), null], ['2026-01-01', '2026-02-15']],
    ['the day after the dependency ends', [d('2026-01-10'), d('2026-02-15')], [d('2026-02-16'), null], null],
    ['the very day the dependency ends', [d('2026-01-10'), d('2026-02-15')], [d('2026-02-15'), null], ['2026-02-15', '2026-02-15']],
    ['a dependency with only a start quarter lasts that quarter', [q(2026, 3), null], [d('2026-09-01'), null], ['2026-09-01', '2026-09-30']],
    ['a dependent with only an end starts on its end', [q(2026, 1), q(2026, 1)], [null, d('2026-03-01')], ['2026-03-01', '2026-03-31']],
    ['an unscheduled dependent never conflicts', [q(2026, 3), null], [null, null], null],
    ['an unscheduled dependency never conflicts', [null, null], [q(2020, 1), null], null],
    ['a dependent far earlier', [q(2027, 1), q(2027, 4)], [q(2026, 1), q(2026, 2)], ['2026-01-01', '2027-12-31']],
  ])('%s', (_label, [depStart, depEnd], [start, end], expected) => {
    const initiatives = [
      makeInitiative({ id: 'dep', title: 'Listening', start: depStart, end: depEnd }),
      makeInitiative({ id: 'next', title: 'Pilots', start, end, dependsOn: ['dep', 'ghost'] }),
    ];
    const conflicts = schedulingConflicts(initiatives);
    expect(conflicts.map((conflict) => [conflict.startsOn, conflict.dependencyEndsOn])).toEqual(expected ? [expected] : []);
    if (expected) {
      expect(conflicts[0]).toMatchObject({ initiativeId: 'next', dependencyId: 'dep' });
      expect(conflicts[0]!.message).toBe(`“Pilots” starts on ${expected[0]}, but it depends on “Listening”, which ends on ${expected[1]}.`);
    }
  });

  it('states its rule', () => {
    expect(SCHEDULING_RULE).toMatch(/never flagged/);
  });
});
