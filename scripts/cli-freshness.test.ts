import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_OUTPUTS, cliFreshness, decideCliFreshness } from './cli-freshness.mjs';

const outputs = (mtimeMs: number | null, ...more: Array<number | null>) => [mtimeMs, ...more].map((time, index) => ({ path: `dist/out-${index}`, mtimeMs: time }));

describe('decideCliFreshness', () => {
  it('is fresh when every source is older than every output', () => {
    const decision = decideCliFreshness({ sources: [{ path: 'a.ts', mtimeMs: 100 }, { path: 'b.ts', mtimeMs: 200 }], outputs: outputs(300, 250) });
    expect(decision.stale).toBe(false);
  });

  it('is stale when one source is newer than the oldest output, and names the newest', () => {
    const decision = decideCliFreshness({
      sources: [{ path: 'a.ts', mtimeMs: 100 }, { path: 'electron/cli/list-command.ts', mtimeMs: 400 }, { path: 'b.ts', mtimeMs: 260 }],
      outputs: outputs(300, 250),
    });
    expect(decision).toEqual({ stale: true, reason: '2 source file(s) changed since the last build (newest: electron/cli/list-command.ts)' });
  });

  it('compares with the oldest output: a half-finished build is rebuilt', () => {
    expect(decideCliFreshness({ sources: [{ path: 'a.ts', mtimeMs: 200 }], outputs: outputs(500, 150) }).stale).toBe(true);
  });

  it('is fresh when a source has the same time as the bundle (not newer)', () => {
    expect(decideCliFreshness({ sources: [{ path: 'a.ts', mtimeMs: 300 }], outputs: outputs(300) }).stale).toBe(false);
  });

  it('is stale when an output is missing, whatever the times', () => {
    const decision = decideCliFreshness({ sources: [{ path: 'a.ts', mtimeMs: 1 }], outputs: [{ path: 'dist/cli/cairn.cjs', mtimeMs: null }, { path: 'dist/fonts/x.ttf', mtimeMs: 10 }] });
    expect(decision).toEqual({ stale: true, reason: 'dist/cli/cairn.cjs is missing' });
  });
});

describe('cliFreshness on disk', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const touch = (relative: string, seconds: number) => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, seconds, seconds);
  };

  it('ignores test files and notices an edited source', () => {
    root = mkdtempSync(path.join(tmpdir(), 'cairn-cli-fresh-'));
    touch('electron/cli/cairn.ts', 1_000);
    touch('shared/domain/client.ts', 1_000);
    touch('package.json', 1_000);
    for (const output of CLI_OUTPUTS) touch(path.join('dist', output), 2_000);
    touch('electron/cli/list-command.test.ts', 3_000);
    expect(cliFreshness(root).stale).toBe(false);

    touch('shared/domain/client.ts', 3_000);
    expect(cliFreshness(root)).toMatchObject({ stale: true, reason: expect.stringContaining(path.join('shared', 'domain', 'client.ts')) });
  });
});
