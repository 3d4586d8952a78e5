import type { Assessment } from '../assessment/assessment-schema';
import type { Framework } from '../frameworks/framework-schema';
import { competencyRows } from './competency-rows';
import { midpointMedian } from './stage-statistics';

export const BENCHMARK_RULE =
  'The comparison uses each other client’s latest assessment on the same framework and shows, per competency, the median of their current stages (with an even number of clients, the midpoint of the two middle values, so it can be a half stage). Only numbers leave the other clients’ files: no names, and no figure at all when there is no other client.';

export interface ClientAssessments {
  clientId: string;
  assessments: readonly Assessment[];
}

export interface PeerCompetency {
  competencyId: string;
  /** Null when no peer has a current stage for this competency. */
  peerMedian: number | null;
  /** How many peers had a current stage for this competency. */
  contributing: number;
}

export interface Benchmark {
  /** Other clients with an assessment on the framework. */
  peerCount: number;
  competencies: PeerCompetency[];
  rule: string;
}

/** Latest by assessment date, then by last update, then by id, so the choice is stable. */
export function latestAssessment(assessments: readonly Assessment[], frameworkId: string): Assessment | null {
  let latest: Assessment | null = null;
  for (const assessment of assessments) {
    if (assessment.frameworkId !== frameworkId) continue;
    const key = [assessment.assessedOn, assessment.updatedAt, assessment.id].join('\u0000');
    if (latest === null || key > [latest.assessedOn, latest.updatedAt, latest.id].join('\u0000')) latest = assessment;
  }
  return latest;
}

/**
 * The client beside its peers, as BENCHMARK_RULE says. Returns null when fewer than
 * `minimumPeers` other clients (default 1) have an assessment on the framework.
 */
export function benchmarkAgainstPeers(options: {
  clientId: string;
  framework: Framework;
  clients: readonly ClientAssessments[];
  minimumPeers?: number;
}): Benchmark | null {
  const peers = options.clients
    .filter((client) => client.clientId !== options.clientId)
    .flatMap((client) => {
      const latest = latestAssessment(client.assessments, options.framework.id);
      return latest === null ? [] : [competencyRows(latest, options.framework)];
    });
  if (peers.length < Math.max(1, options.minimumPeers ?? 1)) return null;
  const competencies = options.framework.competencies.map((competency, index): PeerCompetency => {
    const currents = peers.flatMap((rows) => {
      const current = rows[index]?.current ?? null;
      return current === null ? [] : [current];
    });
    return { competencyId: competency.id, peerMedian: midpointMedian(currents), contributing: currents.length };
  });
  return { peerCount: peers.length, competencies, rule: BENCHMARK_RULE };
}
