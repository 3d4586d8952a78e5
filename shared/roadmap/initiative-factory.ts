import type { Initiative } from './initiative-schema';

const FIXED_TIME = '2026-01-05T09:00:00.000Z';

/**
 * A complete, valid initiative with quiet defaults, for tests, benches and the demo
 * client: only the fields a case is about need spelling out.
 */
export function makeInitiative(fields: Partial<Initiative> & Pick<Initiative, 'id'>): Initiative {
  return {
    createdAt: FIXED_TIME,
    updatedAt: FIXED_TIME,
    title: fields.id,
    description: '',
    phase: 'establish',
    track: 'internal',
    order: 0,
    ownerStakeholderId: null,
    ownerRole: null,
    businessFunctions: [],
    stakeholderGroups: [],
    competencyIds: [],
    objective: null,
    impact: 3,
    effort: 3,
    status: 'planned',
    start: null,
    end: null,
    dependsOn: [],
    kpiIds: [],
    notes: '',
    pilot: { isPilot: false, reviewDate: null },
    libraryId: null,
    engagementId: null,
    ...fields,
  };
}
