import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ClientSchema } from '../domain/client';
import { buildDemoClient } from '../demo/demo-client';
import { buildLargeDemoClient } from '../demo/large-demo';
import { EngagementFileSchema, serializeEngagementFile } from './engagement-file';
import { fastCheck } from './fast-validate';
import { testScale } from '../../test/support/test-scale';

const RUNS = testScale('CAIRN_FUZZ_RUNS', 100, 5_000);

let counter = 0;
const demo: unknown = JSON.parse(JSON.stringify(buildDemoClient({ newId: () => `f-${(counter += 1)}`, now: new Date('2026-02-01T08:00:00.000Z') })));

type Path = (string | number)[];
function pathsOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], into));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], into);
  return into;
}
const demoPaths = pathsOf(demo).filter((path) => path.length > 0);

type Edit = { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'add-field'; name: string; value: unknown };
function edited(root: unknown, path: Path, edit: Edit): unknown {
  const copy: unknown = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (edit.kind === 'replace') parent[last] = edit.value;
  else if (edit.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[edit.name] = edit.value;
  }
  return copy;
}

/** The promise the fast path makes: when it says yes, zod says yes and would return the very same data. */
function expectFastAgreesWithZod(schema: z.ZodType, value: unknown): boolean {
  const fast = fastCheck(schema, value);
  if (fast) {
    const parsed = schema.safeParse(value);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toStrictEqual(value);
  }
  return fast;
}

describe('fast validation', () => {
  it('takes the fast path for the large demo client exported as a file (so imports skip the copy)', () => {
    const raw: unknown = JSON.parse(serializeEngagementFile({ client: buildLargeDemoClient(), frameworks: [], appVersion: '0.1.0', exportedAt: '2026-03-02T09:30:00.000Z' }));
    expect(expectFastAgreesWithZod(EngagementFileSchema, raw)).toBe(true);
    expect(expectFastAgreesWithZod(ClientSchema, demo)).toBe(true);
  });

  it('says no to what zod would reject, strip or fill in', () => {
    const schema = z.object({
      id: z.string().min(1).max(5).regex(/^[a-z]+$/),
      at: z.iso.datetime({ offset: true }),
      count: z.int().min(0),
      role: z.string().default(''),
      name: z.string().trim(),
      timing: z.discriminatedUnion('kind', [z.object({ kind: z.literal('date'), date: z.iso.date() }), z.object({ kind: z.literal('quarter'), q: z.int() })]).nullable(),
      tags: z.array(z.enum(['a', 'b'])).max(2),
    }).superRefine((value, ctx) => {
      if (value.id === 'bad') ctx.addIssue({ code: 'custom', path: ['id'], message: 'is bad' });
    });
    const good = { id: 'abc', at: '2026-03-02T09:30:00Z', count: 2, role: 'lead', name: 'Ann', timing: { kind: 'date', date: '2026-03-02' }, tags: ['a'] };
    expect(expectFastAgreesWithZod(schema, good)).toBe(true);
    expect(expectFastAgreesWithZod(schema, { ...good, timing: { kind: 'quarter', q: 3 } })).toBe(true);
    const noes: Record<string, unknown>[] = [
      { ...good, extra: 1 },
      { ...good, role: undefined },
      { ...good, name: ' Ann ' },
      { ...good, id: 'Abc' },
      { ...good, id: 'abcdef' },
      { ...good, id: '' },
      { ...good, id: 'bad' },
      { ...good, at: '2026-03-02' },
      { ...good, count: 1.5 },
      { ...good, count: -1 },
      { ...good, timing: { kind: 'date', q: 3 } },
      { ...good, timing: { kind: 'week', date: '2026-03-02' } },
      { ...good, timing: { kind: 'date', date: '2026-03-02', extra: true } },
      { ...good, tags: ['a', 'b', 'a'] },
      { ...good, tags: ['c'] },
    ];
    for (const value of noes) expect(fastCheck(schema, value), JSON.stringify(value)).toBe(false);
  });

  it('never says yes where zod would reject or change the data (any value replaced, removed or added in the demo client)', () => {
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', ' x', '2026-13-01', 'a'.repeat(300), -1, 0, 1.5, 1e300, null, true, [], {})) }),
      fc.constant({ kind: 'delete' as const }),
      fc.record({ kind: fc.constant('add-field' as const), name: fc.constantFrom('extra', 'id', 'notes'), value: fc.jsonValue({ maxDepth: 1 }) }),
    );
    fc.assert(
      fc.property(fc.nat({ max: demoPaths.length - 1 }), edit, (index, change) => {
        expectFastAgreesWithZod(ClientSchema, edited(demo, demoPaths[index]!, change));
      }),
      { numRuns: RUNS },
    );
  });
});
