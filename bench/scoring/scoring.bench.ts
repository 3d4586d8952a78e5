import { assessmentHeatmap, assessmentRadar } from '../../shared/charts/assessment-charts';
import { renderSvgToString } from '../../shared/charts/render-svg';
import { COMMUNITY_MATURITY_MODEL } from '../../shared/frameworks/builtin';
import type { Framework } from '../../shared/frameworks/framework-schema';
import { benchmarkAgainstPeers } from '../../shared/scoring/benchmark';
import { consensusByCompetency } from '../../shared/scoring/consensus';
import { gapTable } from '../../shared/scoring/gap-table';
import { overallStage } from '../../shared/scoring/overall-stage';
import { percentToTarget } from '../../shared/scoring/percent-to-target';
import { compareAssessments } from '../../shared/scoring/trends';
import { makeBenchClients } from './bench-data';
import { FRAME_BUDGET_MS, percentile, timeEach } from '../stats';
import { runWhenMain, type BenchResult } from '../standalone';
import { referenceFigure, targetFigure } from '../figures';


export const BENCH_SHAPE = { clients: 100, perClient: 5, participants: 10 } as const;

const ms = (value: number): string => `${value.toFixed(3)} ms`;


/**
 * Scoring and chart generation for 100 clients × 5 assessments (8 competencies, 10
 * participants each). Prints labelled figures; ok is false when the p95 time to build
 * one chart string reaches the one-frame budget.
 */
export async function runScoringBench(): Promise<BenchResult> {
  const framework: Framework = COMMUNITY_MATURITY_MODEL;
  const clients = makeBenchClients(framework, BENCH_SHAPE);
  const all = clients.flatMap((client) => client.assessments.map((assessment, index) => ({ client, assessment, previous: client.assessments[index - 1] ?? null })));
  const ratingCount = all.reduce((sum, item) => sum + item.assessment.participantRatings.length, 0);
  let sink = 0;

  const scoreAll = () => {
    for (const { assessment, previous } of all) {
      sink += consensusByCompetency(assessment.participantRatings, framework).length;
      sink += overallStage(assessment, framework).stage ?? 0;
      sink += percentToTarget(assessment, framework).overall ?? 0;
      sink += gapTable(assessment, framework).length;
      if (previous) sink += compareAssessments(previous, assessment, framework).competencies.length;
    }
    for (const client of clients) sink += benchmarkAgainstPeers({ clientId: client.clientId, framework, clients })?.peerCount ?? 0;
  };
  scoreAll(); // warm-up, so the figure is the steady state a consultant sees
  const scoringStart = performance.now();
  scoreAll();
  const scoringMs = performance.now() - scoringStart;

  const radar = (index: number) => {
    const item = all[index]!;
    sink += renderSvgToString(assessmentRadar(item.assessment, framework, { previous: item.previous })).length;
  };
  const heatmap = (index: number) => {
    sink += renderSvgToString(assessmentHeatmap(all[index]!.assessment, framework)).length;
  };
  timeEach(50, radar);
  timeEach(50, heatmap);
  const radarTimes = timeEach(all.length, radar);
  const heatmapTimes = timeEach(all.length, heatmap);

  const chartLine = (name: string, times: number[]) =>
    `  ${name.padEnd(8)} per chart: median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))} (${times.length} charts, budget ${FRAME_BUDGET_MS} ms)`;
  const radarP95 = percentile(radarTimes, 95);
  const heatmapP95 = percentile(heatmapTimes, 95);
  const ok = radarP95 < FRAME_BUDGET_MS && heatmapP95 < FRAME_BUDGET_MS;
  const lines = [
    `scoring: ${BENCH_SHAPE.clients} clients × ${BENCH_SHAPE.perClient} assessments, ${framework.competencies.length} competencies, ${BENCH_SHAPE.participants} participants (${ratingCount} ratings; work checksum ${sink})`,
    `  score everything (consensus, overall, percent to target, gaps, ${all.length - clients.length} trends, ${clients.length} peer benchmarks): ${ms(scoringMs)} total, ${ms(scoringMs / all.length)} per assessment`,
    chartLine('radar', radarTimes),
    chartLine('heatmap', heatmapTimes),
    `  verdict: ${ok ? 'OK' : 'TOO SLOW'}: p95 per chart ${ok ? 'below' : 'at or above'} one frame (${FRAME_BUDGET_MS} ms)`,
  ];
  const figures = [
    referenceFigure('scoring: score everything, per assessment', scoringMs / all.length, 'ms'),
    targetFigure('scoring: radar chart p95', radarP95, 'ms', FRAME_BUDGET_MS, { comparison: '<' }),
    targetFigure('scoring: heatmap chart p95', heatmapP95, 'ms', FRAME_BUDGET_MS, { comparison: '<' }),
  ];
  return { lines, ok, figures };
}

runWhenMain(import.meta.url, () => runScoringBench());
