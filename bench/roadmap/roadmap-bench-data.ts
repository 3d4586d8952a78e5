import type { Timing } from '../../shared/roadmap/calendar';
import { makeInitiative } from '../../shared/roadmap/initiative-factory';
import type { Initiative } from '../../shared/roadmap/initiative-schema';
import { PHASE_IDS, TRACK_IDS } from '../../shared/roadmap/roadmap-reference';
import { seededRandom } from '../scoring/bench-data';

/**
 * A large, realistic roadmap for timing: initiatives spread over the eight cells and four
 * years of quarters, each depending only on earlier ones (so the graph has no loop) until
 * `edges` dependencies exist. Seeded, so every run times the same data.
 */
export function makeBenchRoadmap(options: { initiatives: number; edges: number; seed?: number }): Initiative[] {
  const random = seededRandom(options.seed ?? 5_2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const orders = new Map<string, number>();
  const list = Array.from({ length: options.initiatives }, (_, index) => {
    const phaseIndex = Math.min(3, Math.floor((index / options.initiatives) * 4));
    const phase = PHASE_IDS[phaseIndex]!;
    const track = pick(TRACK_IDS);
    const cell = `${phase}:${track}`;
    const order = orders.get(cell) ?? 0;
    orders.set(cell, order + 1);
    const startOrdinal = 2026 * 4 + phaseIndex * 3 + Math.floor(random() * 4);
    const quarter = (ordinal: number): Timing => ({ kind: 'quarter', year: Math.floor(ordinal / 4), quarter: (ordinal % 4) + 1 });
    const useDate = random() < 0.2;
    const start: Timing = useDate ? { kind: 'date', date: `${Math.floor(startOrdinal / 4)}-0${(startOrdinal % 4) * 3 + 1 > 9 ? 1 : (startOrdinal % 4) * 3 + 1}-15` } : quarter(startOrdinal);
    return makeInitiative({
      id: `i${index}`,
      title: `Initiative ${index}`,
      phase,
      track,
      order,
      impact: 1 + Math.floor(random() * 5),
      effort: 1 + Math.floor(random() * 5),
      start: random() < 0.05 ? null : start,
      end: random() < 0.5 ? quarter(startOrdinal + 1 + Math.floor(random() * 3)) : null,
    });
  });
  let added = 0;
  while (added < options.edges && options.initiatives > 1) {
    const from = 1 + Math.floor(random() * (options.initiatives - 1));
    const to = Math.max(0, from - 1 - Math.floor(random() * 60));
    const item = list[from]!;
    if (item.dependsOn.includes(`i${to}`)) continue;
    item.dependsOn.push(`i${to}`);
    added += 1;
  }
  return list;
}
