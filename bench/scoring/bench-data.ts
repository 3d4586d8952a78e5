import { buildAssessment, type RowShorthand } from '../../shared/assessment/assessment-builders';
import type { Assessment } from '../../shared/assessment/assessment-schema';
import type { Framework } from '../../shared/frameworks/framework-schema';

/** Small seeded generator (mulberry32): the same data on every run, so timings compare. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface BenchClient {
  clientId: string;
  /** Oldest first. */
  assessments: Assessment[];
}

/**
 * `clients` clients with `perClient` yearly assessments each: every competency rated by
 * `participants` people around a drifting true stage, the occasional N/A, targets above.
 */
export function makeBenchClients(framework: Framework, options: { clients: number; perClient: number; participants: number; seed?: number }): BenchClient[] {
  const random = seededRandom(options.seed ?? 20_261_122);
  const stageCount = framework.stages.length;
  const clamp = (value: number) => Math.min(stageCount, Math.max(1, Math.round(value)));
  return Array.from({ length: options.clients }, (_, clientIndex) => {
    const base = framework.competencies.map(() => 1 + random() * (stageCount - 1) * 0.6);
    const assessments = Array.from({ length: options.perClient }, (_, year) => {
      const truth = base.map((value) => clamp(value + year * 0.4 + (random() - 0.5)));
      const rows: RowShorthand[] = truth.map((current) => (random() < 0.05 ? 'n/a' : [current, clamp(current + 1 + random())]));
      const ratings = Object.fromEntries(
        Array.from({ length: options.participants }, (_, person) => [`p${clientIndex}-${person}`, truth.map((stage) => clamp(stage + (random() - 0.5) * 2.4))]),
      );
      return buildAssessment(framework, {
        id: `c${clientIndex}-a${year}`,
        engagementId: `c${clientIndex}-e${year}`,
        assessedOn: `${2021 + year}-03-0${1 + (clientIndex % 9)}`,
        rows,
        ratings,
      });
    });
    return { clientId: `client-${clientIndex}`, assessments };
  });
}
