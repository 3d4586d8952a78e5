import { assertNoPoisoning, restoreGlobals } from '@fast-check/poisoning';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientSchema, ENGAGEMENT_STATUSES, type Client, type Engagement } from '../domain/client';
import { buildDemoClient } from '../demo/demo-client';
import { readEngagementFile, serializeEngagementFile } from './engagement-file';
import { planCreate } from './import-merge';
import { testScale } from '../../test/support/test-scale';

/**
 * Properties of the engagement file reader: round trips are exact, and no input, however
 * hostile, makes it throw or touch a prototype. `CAIRN_FUZZ_RUNS` raises the run count
 * (scripts/fuzz-import.ts runs 10,000).
 */
const RUNS = testScale('CAIRN_FUZZ_RUNS', 60, 2_000);
/** The default timeout covers 100 runs; a long fuzzing run gets time in proportion. */
const TIMEOUT_MS = Math.max(20_000, RUNS * 100);

let counter = 0;
const base = buildDemoClient({ newId: () => `p-${(counter += 1)}`, now: new Date('2026-02-01T08:00:00.000Z') });
const good = serializeEngagementFile({ client: base, frameworks: [], appVersion: '0.1.0', exportedAt: '2026-03-01T10:00:00.000Z' });

/** Vitest keeps its own per-test state on globals; only what the importer could touch is watched. */
const POISONING_OPTIONS = { ignoredRootRegex: /^__vitest|^__VITEST|^\$\$/ };

afterEach(() => {
  restoreGlobals(POISONING_OPTIONS);
});

const isoDay = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
const engagementArb = (index: number) =>
  fc.record({
    id: fc.constant(`gen-eng-${index}`),
    createdAt: instant,
    updatedAt: instant,
    title: fc.string({ minLength: 1, maxLength: 200, unit: 'binary' }),
    startDate: fc.option(isoDay, { nil: null }),
    endDate: fc.option(isoDay, { nil: null }),
    scope: fc.string({ maxLength: 500, unit: 'binary' }),
    executiveSummary: fc.string({ maxLength: 500, unit: 'grapheme' }),
    status: fc.constantFrom(...ENGAGEMENT_STATUSES),
  }) satisfies fc.Arbitrary<Engagement>;
const clientArb: fc.Arbitrary<Client> = fc
  .tuple(fc.string({ minLength: 1, maxLength: 200, unit: 'binary' }), fc.array(fc.nat(), { maxLength: 8 }).chain((seeds) => fc.tuple(...seeds.map((_, index) => engagementArb(index)))))
  // Stored clients have always been through the schema once (which fixes key order), as exports read them from disk.
  .map(([name, engagements]) => ClientSchema.parse({ ...base, name, engagements: [...base.engagements, ...engagements] }));

function expectStructured(text: string): void {
  const read = readEngagementFile(text);
  if (!read.ok) {
    expect(typeof read.error.code).toBe('string');
    expect(read.error.message.length).toBeGreaterThan(0);
    expect(typeof read.error.path).toBe('string');
  }
  assertNoPoisoning(POISONING_OPTIONS);
}

describe('engagement files, for generated content', { timeout: TIMEOUT_MS }, () => {
  it('round-trips: export, import into an empty workspace, export again gives the same file but for the export time', () => {
    fc.assert(
      fc.property(clientArb, (client) => {
        const first = serializeEngagementFile({ client, frameworks: [], appVersion: '0.1.0', exportedAt: '2026-03-01T10:00:00.000Z' });
        const read = readEngagementFile(first);
        if (!read.ok) throw new Error(read.error.message);
        // Into an empty workspace: the plan creates everything and the client is written as read.
        expect(planCreate(read.file.client).items.every((item) => item.state === 'created')).toBe(true);
        const second = serializeEngagementFile({ client: read.file.client, frameworks: read.file.frameworks, appVersion: '0.1.0', exportedAt: '2026-04-01T10:00:00.000Z' });
        expect(second.replace(/"exportedAt": "[^"]+"/, '')).toBe(first.replace(/"exportedAt": "[^"]+"/, ''));
      }),
      { numRuns: Math.min(RUNS, 200) },
    );
  });

  it('never throws on arbitrary JSON, always answering with a file or a structured problem', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => expectStructured(JSON.stringify(value))), { numRuns: RUNS });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2_000, unit: 'binary' }), (text) => expectStructured(text)), { numRuns: RUNS });
  });

  it('never throws on mutated valid exports (text cut, spliced or with a value replaced anywhere)', () => {
    const paths = collectPaths(JSON.parse(good) as unknown);
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty');
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat({ max: good.length }) }),
      fc.record({ kind: fc.constant('splice' as const), at: fc.nat({ max: good.length }), text: fc.string({ maxLength: 20 }) }),
      fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...paths), value: fc.jsonValue({ maxDepth: 3 }) }),
      fc.record({ kind: fc.constant('key' as const), path: fc.constantFrom(...paths), key: hostileKey, value: fc.jsonValue({ maxDepth: 2 }) }),
    );
    fc.assert(
      fc.property(mutation, (change) => {
        if (change.kind === 'cut') return expectStructured(good.slice(0, change.at));
        if (change.kind === 'splice') return expectStructured(good.slice(0, change.at) + change.text + good.slice(change.at));
        const file = JSON.parse(good) as unknown;
        const parent = walkTo(file, change.path.slice(0, -1));
        const last = change.path[change.path.length - 1]!;
        if (change.kind === 'replace') (parent as Record<string | number, unknown>)[last] = change.value;
        else {
          const target = (parent as Record<string | number, unknown>)[last];
          if (typeof target === 'object' && target !== null) Object.defineProperty(target, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
        }
        expectStructured(JSON.stringify(file));
      }),
      { numRuns: RUNS },
    );
  });
});

function collectPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.slice(0, 3).forEach((item, index) => collectPaths(item, [...path, index], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) collectPaths(item, [...path, key], out);
  return out;
}

function walkTo(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  return current;
}
