import { moveInitiative } from '../../shared/roadmap/board';
import { canAddDependency, schedulingConflicts } from '../../shared/roadmap/dependencies';
import { PHASE_IDS, TRACK_IDS } from '../../shared/roadmap/roadmap-reference';
import { timelineLayout } from '../../shared/roadmap/timeline-layout';
import { seededRandom } from '../scoring/bench-data';
import { FRAME_BUDGET_MS, formatMs, percentile, timeEach } from '../stats';
import { makeBenchRoadmap } from './roadmap-bench-data';
import { runWhenMain, type BenchResult } from '../standalone';
import { targetFigure } from '../figures';


export const ROADMAP_BENCH_SHAPE = { initiatives: 1_000, edges: 1_500, samples: 300, warmup: 30 } as const;


/**
 * The roadmap's pure operations on 1,000 initiatives with 1,500 dependencies: checking one
 * candidate dependency for a loop, finding scheduling conflicts, moving one card, and the
 * timeline layout. Prints median and p95 of each; ok when every p95 fits in one frame.
 */
export async function runRoadmapBench(): Promise<BenchResult> {
  const { initiatives: count, edges, samples, warmup } = ROADMAP_BENCH_SHAPE;
  const roadmap = makeBenchRoadmap({ initiatives: count, edges });
  const random = seededRandom(1_500);
  const anyId = () => `i${Math.floor(random() * count)}`;
  let sink = 0;
  let refused = 0;

  const operations: { name: string; run: () => void }[] = [
    {
      // Every candidate runs from an earlier initiative to a later one, against the grain of the generated graph: the kind of edge that can close a loop.
      name: 'cycle check, one candidate edge',
      run: () => {
        const [a, b] = [Math.floor(random() * count), Math.floor(random() * count)];
        const check = canAddDependency(roadmap, `i${Math.min(a, b)}`, `i${Math.max(a, b)}`);
        if (!check.ok) refused += 1;
      },
    },
    { name: 'scheduling conflicts', run: () => void (sink += schedulingConflicts(roadmap).length) },
    {
      name: 'one board move',
      run: () => void (sink += moveInitiative(roadmap, anyId(), { phase: PHASE_IDS[Math.floor(random() * 4)]!, track: TRACK_IDS[Math.floor(random() * 2)]!, index: Math.floor(random() * 200) }).length),
    },
    {
      name: 'timeline layout, 16 quarters',
      run: () => void (sink += timelineLayout(roadmap, { today: '2027-05-16', fromQuarter: { year: 2026, quarter: 1 }, toQuarter: { year: 2029, quarter: 4 } }).bars.length),
    },
  ];

  const results = operations.map((operation) => {
    timeEach(warmup, operation.run);
    const times = timeEach(samples, operation.run);
    return { name: operation.name, median: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
  });
  const ok = results.every((result) => result.p95 < FRAME_BUDGET_MS);
  const edgeCount = roadmap.reduce((sum, item) => sum + item.dependsOn.length, 0);
  const lines = [
    `roadmap: ${count} initiatives, ${edgeCount} dependencies, ${samples} samples per operation after ${warmup} warm-up runs (checksum ${sink}, ${refused} candidate edges refused as loops)`,
    ...results.map((result) => `  ${result.name.padEnd(32)} median ${formatMs(result.median)}, p95 ${formatMs(result.p95)}, max ${formatMs(result.max)} (budget ${FRAME_BUDGET_MS} ms)`),
    `  verdict: ${ok ? 'OK' : 'TOO SLOW'}: every p95 ${ok ? 'below' : 'not below'} one frame (${FRAME_BUDGET_MS} ms)`,
  ];
  const figures = results.map((result) => targetFigure(`roadmap: ${result.name} p95`, result.p95, 'ms', FRAME_BUDGET_MS, { comparison: '<' }));
  return { lines, ok, figures };
}

runWhenMain(import.meta.url, () => runRoadmapBench());
