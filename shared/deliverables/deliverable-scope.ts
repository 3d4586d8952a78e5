import type { Assessment } from '../assessment/assessment-schema';
import type { TenStagePlacement } from '../assessment/ten-stage-placement-schema';
import type { Client, Engagement } from '../domain/client';
import { BUILT_IN_FRAMEWORKS } from '../frameworks/builtin';
import type { Framework } from '../frameworks/framework-schema';
import type { Initiative } from '../roadmap/initiative-schema';
import type { Workshop } from '../workshop/workshop-schema';
import type { DeliverableInput } from './deliverable-input';

/**
 * What a deliverable covers: one engagement's records, or everything the client has when
 * no engagement is chosen. Initiatives not tied to any engagement belong to
 * the client as a whole and appear in every engagement's deliverable.
 */
export interface DeliverableScope {
  engagement: Engagement | null;
  assessments: Assessment[];
  placements: TenStagePlacement[];
  initiatives: Initiative[];
  workshops: Workshop[];
}

const byDateThenUpdate = <T extends { assessedOn: string; updatedAt: string }>(a: T, b: T) =>
  a.assessedOn === b.assessedOn ? a.updatedAt.localeCompare(b.updatedAt) : a.assessedOn.localeCompare(b.assessedOn);

export function deliverableScope(input: Pick<DeliverableInput, 'client' | 'engagementId'>): DeliverableScope {
  const { client, engagementId } = input;
  const inScope = (id: string) => engagementId === null || id === engagementId;
  const inScopeOrShared = (id: string | null) => engagementId === null || id === engagementId || id === null || id === undefined;
  return {
    engagement: engagementId === null ? null : (client.engagements.find((engagement) => engagement.id === engagementId) ?? null),
    assessments: client.assessments.filter((assessment) => inScope(assessment.engagementId)).sort(byDateThenUpdate),
    placements: client.tenStagePlacements.filter((placement) => inScope(placement.engagementId)).sort(byDateThenUpdate),
    initiatives: client.initiatives.filter((initiative) => inScopeOrShared(initiative.engagementId)),
    workshops: client.workshops.filter((workshop) => inScope(workshop.engagementId)).sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/**
 * The framework an assessment was made with: the client's own copy of that exact version,
 * then a built-in, then the consultant's library, then a built-in by id alone.
 */
export function frameworkFor(
  client: Pick<Client, 'frameworks'>,
  ref: { frameworkId: string; frameworkVersion: string },
  library: readonly Framework[],
): Framework | null {
  const exact = (framework: Framework) => framework.id === ref.frameworkId && framework.version === ref.frameworkVersion;
  return (
    client.frameworks.find(exact) ??
    BUILT_IN_FRAMEWORKS.find(exact) ??
    library.find(exact) ??
    BUILT_IN_FRAMEWORKS.find((framework) => framework.id === ref.frameworkId) ??
    null
  );
}
