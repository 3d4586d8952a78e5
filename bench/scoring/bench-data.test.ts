import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../shared/assessment/assessment-schema';
import { COMMUNITY_MATURITY_MODEL } from '../../shared/frameworks/builtin';
import { makeBenchClients } from './bench-data';

describe('makeBenchClients', () => {
  const shape = { clients: 3, perClient: 2, participants: 4 };

  it('builds the same valid data on every run', () => {
    const first = makeBenchClients(COMMUNITY_MATURITY_MODEL, shape);
    expect(makeBenchClients(COMMUNITY_MATURITY_MODEL, shape)).toEqual(first);
    expect(first.flatMap((client) => client.assessments)).toHaveLength(6);
    for (const assessment of first.flatMap((client) => client.assessments)) {
      expect(AssessmentSchema.safeParse(assessment).success).toBe(true);
      expect(assessment.participantRatings).toHaveLength(4 * 8);
    }
  });
});
