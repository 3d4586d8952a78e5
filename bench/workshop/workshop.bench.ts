import { COMMUNITY_MATURITY_MODEL } from '../../shared/frameworks/builtin';
import type { Framework } from '../../shared/frameworks/framework-schema';
import { dotResults } from '../../shared/workshop/dot-voting';
import { visibleNotes } from '../../shared/workshop/note-visibility';
import { applied } from '../../shared/workshop/sample-workshop';
import { addNote, moveNote } from '../../shared/workshop/workshop-notes';
import { WorkshopSchema } from '../../shared/workshop/workshop-schema';
import { workshopSummary } from '../../shared/workshop/workshop-summary';
import { seededRandom } from '../scoring/bench-data';
import { FRAME_BUDGET_MS, formatMs, percentile, timeEach } from '../stats';
import { WORKSHOP_BENCH_SHAPE, makeBenchWorkshop } from './workshop-bench-data';
import { runWhenMain, type BenchResult } from '../standalone';
import { targetFigure, type BenchFigure } from '../figures';


const SAMPLES = 300;
const WARM_UP = 50;


/**
 * The pure side of facilitating a 2,000-note board (40 clusters, 20 participants): each
 * operation is timed on its own, plus "key press to board", a note added and the room's
 * board recomputed. Median and p95 against one frame; ok is false when any p95 reaches it.
 * Rendering in Chromium is measured by the renderer bench, not here.
 */
export async function runWorkshopBench(): Promise<BenchResult> {
  const framework: Framework = COMMUNITY_MATURITY_MODEL;
  const board = makeBenchWorkshop(framework.competencies.map((competency) => competency.id));
  const random = seededRandom(7);
  const pick = (count: number) => Math.floor(random() * count);
  const now = '2026-11-22T12:00:00.000Z';
  let sink = 0;

  const cases: [string, (index: number) => void][] = [
    ['add a note', (index) => {
      sink += applied(addNote(board, { id: `new${index}`, agendaItemId: 'brain', text: 'A fresh idea from the room', now })).notes.length;
    }],
    ['move a note', () => {
      const clusterId = random() < 0.1 ? null : `k${pick(WORKSHOP_BENCH_SHAPE.clusters)}`;
      sink += applied(moveNote(board, { noteId: `n${pick(WORKSHOP_BENCH_SHAPE.notes)}`, clusterId, index: pick(60), now })).notes.length;
    }],
    ['visibleNotes (room view)', () => {
      sink += visibleNotes(board, 'brain', { facilitatorView: false }).clusters.length;
    }],
    ['dotResults (revealed)', () => {
      const result = dotResults(board, 'dots');
      sink += result?.status === 'revealed' ? result.tally.length : 0;
    }],
    ['workshopSummary', () => {
      sink += workshopSummary(board, framework, { today: '2026-11-22' }).boards.length;
    }],
    ['key press to board (add + visibleNotes)', (index) => {
      const next = applied(addNote(board, { id: `key${index}`, agendaItemId: 'brain', text: 'Typed and Enter', clusterId: 'k3', now }));
      sink += visibleNotes(next, 'brain', { facilitatorView: false }).clusters.length;
    }],
  ];

  const lines = [
    `workshop: ${board.notes.length} notes in ${board.clusters.length} clusters, ${board.participants.length} participants, ${board.dotVotes.length} dot records, ${board.maturityVotes.length} maturity votes; ${SAMPLES} samples each (budget ${FRAME_BUDGET_MS} ms)`,
  ];
  let ok = true;
  const figures: BenchFigure[] = [];
  for (const [name, work] of cases) {
    timeEach(WARM_UP, work);
    const times = timeEach(SAMPLES, work);
    const median = percentile(times, 50);
    const p95 = percentile(times, 95);
    const within = p95 < FRAME_BUDGET_MS;
    ok &&= within;
    figures.push(targetFigure(`workshop: ${name} p95`, p95, 'ms', FRAME_BUDGET_MS, { comparison: '<' }));
    lines.push(`  ${name.padEnd(40)} median ${formatMs(median).padStart(9)}, p95 ${formatMs(p95).padStart(9)}, max ${formatMs(Math.max(...times)).padStart(9)}  ${within ? 'ok' : 'OVER BUDGET'}`);
  }
  const validate = timeEach(20, () => {
    sink += WorkshopSchema.safeParse(board).success ? 1 : 0;
  });
  lines.push(`  ${'validate whole workshop (schema, on save)'.padEnd(40)} median ${formatMs(percentile(validate, 50)).padStart(9)}, p95 ${formatMs(percentile(validate, 95)).padStart(9)}  (informative, not a frame target)`);
  lines.push(`  verdict: ${ok ? 'OK' : 'TOO SLOW'}: every p95 ${ok ? 'below' : 'not below'} one frame (${FRAME_BUDGET_MS} ms); work checksum ${sink}`);
  return { lines, ok, figures };
}

runWhenMain(import.meta.url, () => runWorkshopBench());
