import type { Assessment, CompetencyAssessment } from '../assessment/assessment-schema';
import type { Framework } from '../frameworks/framework-schema';
import { isStageWithin, midpointMedian } from './stage-statistics';

export const BENCHMARK_RULE =
  'The comparison uses each other client’s latest assessment on the same framework and shows, per competency, the median of their current stages (with an even number of clients, the midpoint of the two middle values, so it can be a half stage). Only numbers leave the other clients’ files: no names, and no figure at all when there is no other client.';

/** What the benchmark reads of an assessment: enough to pick the latest one and its current stages. */
export type PeerAssessment = Pick<Assessment, 'id' | 'frameworkId' | 'assessedOn' | 'updatedAt'> & {
  competencies: readonly Pick<CompetencyAssessment, 'competencyId' | 'currentStage' | 'notApplicable'>[];
};

export interface ClientAssessments {
  clientId: string;
  assessments: readonly PeerAssessment[];
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
export function latestAssessment<A extends Pick<Assessment, 'id' | 'frameworkId' | 'assessedOn' | 'updatedAt'>>(assessments: readonly A[], frameworkId: string): A | null {
  let latest: A | null = null;
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
      return latest === null ? [] : [currentStages(latest, options.framework)];
    });
  if (peers.length < Math.max(1, options.minimumPeers ?? 1)) return null;
  const competencies = options.framework.competencies.map((competency, index): PeerCompetency => {
    const currents = peers.flatMap((rows) => {
      const current = rows[index] ?? null;
      return current === null ? [] : [current];
    });
    return { competencyId: competency.id, peerMedian: midpointMedian(currents), contributing: currents.length };
  });
  return { peerCount: peers.length, competencies, rule: BENCHMARK_RULE };
}

/** Current stage per competency in framework order, read as `competencyRows` reads it (out of scope or out of range: null). */
function currentStages(assessment: PeerAssessment, framework: Framework): (number | null)[] {
  const entries = new Map(assessment.competencies.map((entry) => [entry.competencyId, entry]));
  return framework.competencies.map((competency) => {
    const entry = entries.get(competency.id);
    return entry && !entry.notApplicable && isStageWithin(entry.currentStage, framework.stages.length) ? entry.currentStage : null;
  });
}

/**
 * All the benchmark ever reads of one client: its latest assessment on each framework,
 * reduced to the current stages. Small enough to keep in the summaries index, so the
 * median of the other clients is computed without reading their documents.
 */
export function peerAssessmentsOf(assessments: readonly Assessment[]): PeerAssessment[] {
  const frameworkIds = [...new Set(assessments.map((assessment) => assessment.frameworkId))].sort();
  return frameworkIds.flatMap((frameworkId) => {
    const latest = latestAssessment(assessments, frameworkId);
    if (!latest) return [];
    const { id, assessedOn, updatedAt } = latest;
    const competencies = latest.competencies.map(({ competencyId, currentStage, notApplicable }) => ({ competencyId, currentStage, notApplicable }));
    return [{ id, frameworkId, assessedOn, updatedAt, competencies }];
  });
}
