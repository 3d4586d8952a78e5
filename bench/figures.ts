import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * One measured figure of a bench, as written to bench-results/*.json so that runs can be
 * compared: the value, the same run's baseline when the bench measures one (a plain
 * JSON.parse, an empty board, `node -e 0`…), the target, and whether it was met.
 */
export interface BenchFigure {
  name: string;
  value: number;
  /** 'ms', 'KB', 'ratio', 'count'… */
  unit: string;
  baseline: number | null;
  /** The bound the value is held to (see `comparison`), or null for a figure reported for reference. */
  target: number | null;
  /** How value is compared with target; '<=' when omitted. */
  comparison?: '<' | '<=' | '>=' | '=';
  /** null for a figure with no target. */
  met: boolean | null;
}

/** Whether `value` meets `target` under `comparison`. */
export function meets(value: number, target: number, comparison: NonNullable<BenchFigure['comparison']> = '<='): boolean {
  if (!Number.isFinite(value)) return false;
  switch (comparison) {
    case '<':
      return value < target;
    case '<=':
      return value <= target;
    case '>=':
      return value >= target;
    case '=':
      return value === target;
  }
}

/** A figure held to a target; `met` is worked out from the comparison. */
export function targetFigure(name: string, value: number, unit: string, target: number, options: { baseline?: number | null; comparison?: BenchFigure['comparison'] } = {}): BenchFigure {
  const comparison = options.comparison ?? '<=';
  return { name, value, unit, baseline: options.baseline ?? null, target, comparison, met: meets(value, target, comparison) };
}

/** A figure reported for reference only (no target). */
export function referenceFigure(name: string, value: number, unit: string, baseline: number | null = null): BenchFigure {
  return { name, value, unit, baseline, target: null, met: null };
}

export interface BenchRunRecord {
  /** ISO time the run finished. */
  finishedAt: string;
  node: string;
  platform: string;
  /** Load average (1, 5, 15 min) when the run finished: figures from a busy machine read differently. */
  loadAverage: number[];
  cpus: number;
  benches: { name: string; ok: boolean; figures: BenchFigure[]; lines: string[] }[];
  /** Every bench's targets met. */
  ok: boolean;
}

/** `2026-12-03T09:41:07.123Z` → `2026-12-03T09-41-07Z`, safe in a file name on every platform. */
export function stampForFileName(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replaceAll(':', '-');
}

/**
 * Writes the run to `<dir>/latest.json` and to a copy named by its time
 * (`<dir>/bench-2026-12-03T09-41-07Z.json`); returns both paths.
 */
export async function writeBenchResults(dir: string, record: BenchRunRecord): Promise<{ latest: string; stamped: string }> {
  await mkdir(dir, { recursive: true });
  const text = `${JSON.stringify(record, null, 2)}\n`;
  const latest = path.join(dir, 'latest.json');
  const stamped = path.join(dir, `bench-${stampForFileName(record.finishedAt)}.json`);
  await writeFile(stamped, text);
  await writeFile(latest, text);
  return { latest, stamped };
}
