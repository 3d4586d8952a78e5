import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { meets, referenceFigure, stampForFileName, targetFigure, writeBenchResults, type BenchRunRecord } from './figures';

describe('bench figures', () => {
  it('marks a figure met when it is within its target and missed when it is over', () => {
    expect(targetFigure('xlsx ratio', 1.2, 'ratio', 1.3)).toMatchObject({ met: true, comparison: '<=', baseline: null });
    expect(targetFigure('xlsx ratio', 1.4, 'ratio', 1.3).met).toBe(false);
    expect(targetFigure('cli start', 300, 'ms', 300, { comparison: '<', baseline: 40 })).toMatchObject({ met: false, baseline: 40 });
    expect(meets(Number.NaN, 10)).toBe(false);
    expect(meets(0, 0, '=')).toBe(true);
  });

  it('leaves met empty for a figure without a target', () => {
    expect(referenceFigure('timeline median', 12, 'ms', 3)).toEqual({ name: 'timeline median', value: 12, unit: 'ms', baseline: 3, target: null, met: null });
  });

  it('names the timestamped copy safely for any file system', () => {
    expect(stampForFileName('2026-12-03T09:41:07.123Z')).toBe('2026-12-03T09-41-07Z');
  });
});

describe('writeBenchResults', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes latest.json and a timestamped copy holding the same run', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cairn-bench-results-'));
    const record: BenchRunRecord = {
      finishedAt: '2026-12-03T09:41:07.123Z',
      node: 'v22.0.0',
      platform: 'linux',
      loadAverage: [1, 1, 1],
      cpus: 2,
      ok: false,
      benches: [{ name: 'import', ok: false, lines: ['import: …'], figures: [targetFigure('import read ratio', 3.4, 'ratio', 3, { baseline: 120 })] }],
    };
    const written = await writeBenchResults(path.join(dir, 'bench-results'), record);
    expect(written.latest).toBe(path.join(dir, 'bench-results', 'latest.json'));
    expect(await readdir(path.join(dir, 'bench-results'))).toEqual(['bench-2026-12-03T09-41-07Z.json', 'latest.json']);
    const latest = JSON.parse(await readFile(written.latest, 'utf8')) as BenchRunRecord;
    expect(latest.benches[0]!.figures[0]).toMatchObject({ name: 'import read ratio', value: 3.4, baseline: 120, target: 3, met: false });
    expect(await readFile(written.stamped, 'utf8')).toBe(await readFile(written.latest, 'utf8'));
  });
});
