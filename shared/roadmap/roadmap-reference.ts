import { ROLES } from '../domain/reference-lists';

/**
 * The fixed vocabulary of the four-phase roadmap (seed 003): phases, tracks, objectives,
 * statuses and owner roles. Ids are stored in engagement files, so they never change;
 * names and descriptions are what the consultant reads and may be reworded freely.
 */

export const PHASE_IDS = ['establish', 'shape', 'develop', 'innovate'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export interface Phase {
  id: PhaseId;
  number: 1 | 2 | 3 | 4;
  name: string;
  description: string;
}

export const PHASES: readonly Phase[] = [
  {
    id: 'establish',
    number: 1,
    name: 'Establish policy, process and procedure',
    description: 'Set up who decides, what the rules are and how the organization listens and measures before it starts talking.',
  },
  {
    id: 'shape',
    number: 2,
    name: 'Shape capabilities',
    description: 'Give people the structure, skills and voice to take part, and try things out in small pilots.',
  },
  {
    id: 'develop',
    number: 3,
    name: 'Develop ecosystem',
    description: 'Widen the circle to regions, partners and influencers, and make what worked the standard.',
  },
  {
    id: 'innovate',
    number: 4,
    name: 'Drive innovation and integration',
    description: 'Weave social into systems and every business function so it shapes products, services and the way work is done.',
  },
];

export const phaseOf = (id: PhaseId): Phase => PHASES.find((phase) => phase.id === id)!;
export const phaseIndex = (id: PhaseId): number => PHASE_IDS.indexOf(id);

/** Every phase has work inside the organization and work facing the outside world. */
export const TRACK_IDS = ['internal', 'external'] as const;
export type TrackId = (typeof TRACK_IDS)[number];

export const TRACK_LABELS: Record<TrackId, string> = {
  internal: 'Internal activities',
  external: 'External activities',
};

/** What an initiative ultimately serves (seed 003's examples of objectives to align to). */
export const OBJECTIVE_IDS = ['internal-intelligence', 'sales-cycle', 'awareness', 'retention'] as const;
export type ObjectiveId = (typeof OBJECTIVE_IDS)[number];

export const OBJECTIVES: Record<ObjectiveId, { name: string; description: string }> = {
  'internal-intelligence': { name: 'Internal intelligence', description: 'Learn faster by listening, learning from each other and sharing what is known.' },
  'sales-cycle': { name: 'Sales cycle', description: 'Create demand, generate leads and convert them.' },
  awareness: { name: 'Awareness', description: 'Grow word of mouth, engagement and how well the brand is known.' },
  retention: { name: 'Retention', description: 'Keep customers engaged and loyal.' },
};

export const INITIATIVE_STATUSES = ['idea', 'planned', 'in-progress', 'done', 'dropped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const INITIATIVE_STATUS_LABELS: Record<InitiativeStatus, string> = {
  idea: 'Idea',
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** Who can own an initiative: a named role, or one of the two bodies seed 003 describes. */
export const OWNER_ROLES = [...ROLES, 'Social Media Committee', 'Center of Excellence'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];
