import type { Stakeholder } from '../domain/client';
import type { Timing } from '../roadmap/calendar';
import { nextOrder } from '../roadmap/board';
import { makeInitiative } from '../roadmap/initiative-factory';
import { initiativeFromLibrary, libraryItem } from '../roadmap/initiative-library';
import type { Initiative } from '../roadmap/initiative-schema';
import type { InitiativeStatus, ObjectiveId, OwnerRole, PhaseId, TrackId } from '../roadmap/roadmap-reference';
import type { StakeholderGroup } from '../domain/reference-lists';

export interface DemoRoadmapInputs {
  newId: () => string;
  now: Date;
  /** The demo client's stakeholders; owners are found by name. */
  stakeholders: readonly Pick<Stakeholder, 'id' | 'name'>[];
  engagementId: string | null;
}

type Quarter = `${number} Q${1 | 2 | 3 | 4}`;

interface DemoInitiative {
  key: string;
  /** A library item to start from; the rest overrides it. */
  libraryId?: string;
  title?: string;
  description?: string;
  phase?: PhaseId;
  track?: TrackId;
  owner: string | null;
  ownerRole?: OwnerRole;
  status: InitiativeStatus;
  start: Quarter | null;
  end: Quarter | null;
  impact: number;
  effort: number;
  objective?: ObjectiveId;
  competencyIds?: string[];
  businessFunctions?: string[];
  stakeholderGroups?: StakeholderGroup[];
  dependsOn?: string[];
  notes?: string;
  pilotReview?: string;
}

/**
 * Nordlicht's roadmap across the four phases: the first phase mostly under way, the
 * second planned, the third and fourth still ideas. Dependencies have no loop; the
 * customer-care pilot is scheduled to start before the listening program it depends on
 * has ended, so the board shows one scheduling warning.
 */
const PLAN: readonly DemoInitiative[] = [
  { key: 'leader', libraryId: 'move-find-leader', title: 'Appoint a community manager', owner: 'Małgorzata Wiśniewska', status: 'done', start: '2026 Q1', end: '2026 Q1', impact: 5, effort: 2,
    businessFunctions: ['Marketing', 'Customer Service'], stakeholderGroups: ['customers', 'employees'], notes: 'Małgorzata started in February, four days a week on community work.' },
  { key: 'steering', libraryId: 'p1-steering-committee', owner: 'Zoë Lefèvre', status: 'done', start: '2026 Q1', end: '2026 Q1', impact: 4, effort: 2,
    businessFunctions: ['Marketing', 'Customer Service', 'Sales & Commerce', 'Product Development', 'Recruitment / Human Resources'], stakeholderGroups: ['employees'],
    notes: 'Jürgen chairs the first two meetings to show it matters.' },
  { key: 'governance', libraryId: 'p1-governance-model', owner: 'Zoë Lefèvre', status: 'in-progress', start: '2026 Q2', end: '2026 Q3', impact: 4, effort: 3, dependsOn: ['steering'],
    businessFunctions: ['Marketing', 'Public Relations', 'Internal Communications'], stakeholderGroups: ['employees'] },
  { key: 'kpis', libraryId: 'p1-kpi-framework', owner: 'Zoë Lefèvre', status: 'in-progress', start: '2026 Q3', end: '2026 Q4', impact: 4, effort: 3, dependsOn: ['steering'],
    businessFunctions: ['Marketing', 'Marketing Research'], stakeholderGroups: ['employees'], notes: 'Share of voice against the two big competitors is the headline number.' },
  { key: 'listening', libraryId: 'move-listening-program', owner: 'Łukasz Kowalczyk', status: 'planned', start: '2026 Q3', end: '2026 Q4', impact: 4, effort: 2,
    businessFunctions: ['Marketing', 'Customer Service', 'Marketing Research'], stakeholderGroups: ['customers', 'web-influencers', 'media'] },
  { key: 'moderation', libraryId: 'p1-moderation-policy', owner: 'Małgorzata Wiśniewska', status: 'planned', start: '2026 Q4', end: '2026 Q4', impact: 3, effort: 1, dependsOn: ['governance'],
    businessFunctions: ['Customer Service', 'Public Relations'], stakeholderGroups: ['customers', 'prospects'] },
  { key: 'care-pilot', libraryId: 'p2-test-and-learn-pilots', title: 'Social customer care pilot', description: 'A shared inbox for Facebook, Instagram and the web shop with a four-hour response target, run by two agents for one season before deciding on a wider rollout.',
    owner: 'José Martínez Ortega', ownerRole: 'Community Manager', status: 'in-progress', start: '2026 Q4', end: '2027 Q1', impact: 4, effort: 3, objective: 'retention', dependsOn: ['listening'],
    businessFunctions: ['Customer Service', 'Sales & Commerce'], stakeholderGroups: ['customers'], pilotReview: '2027-03-31', notes: 'Review with José and Małgorzata: response time, resolution rate, tone.' },
  { key: 'community-plan', libraryId: 'p2-community-management-plan', owner: 'Małgorzata Wiśniewska', status: 'planned', start: '2027 Q1', end: '2027 Q2', impact: 4, effort: 3, dependsOn: ['moderation', 'leader'],
    businessFunctions: ['Marketing', 'Customer Service'], stakeholderGroups: ['customers'] },
  { key: 'early-adopters', libraryId: 'p2-train-early-adopters', owner: 'François Dubois', status: 'planned', start: '2027 Q1', end: '2027 Q2', impact: 3, effort: 3, dependsOn: ['governance'],
    businessFunctions: ['Recruitment / Human Resources', 'Retail Stores & Guiding', 'Internal Communications'], stakeholderGroups: ['employees'] },
  { key: 'voice', libraryId: 'p2-voice-and-tone', owner: 'Zoë Lefèvre', status: 'planned', start: '2027 Q1', end: '2027 Q1', impact: 3, effort: 2,
    businessFunctions: ['Marketing', 'Public Relations'], stakeholderGroups: ['customers', 'prospects'] },
  { key: 'training', libraryId: 'p3-training-rollout', owner: 'François Dubois', status: 'idea', start: '2027 Q3', end: '2028 Q1', impact: 4, effort: 4, dependsOn: ['early-adopters'],
    businessFunctions: ['Recruitment / Human Resources', 'Retail Stores & Guiding'], stakeholderGroups: ['employees'] },
  { key: 'influencers', libraryId: 'p3-influencer-partnerships', owner: 'Inés Castañeda', status: 'idea', start: '2027 Q4', end: '2028 Q2', impact: 3, effort: 3, dependsOn: ['voice'],
    businessFunctions: ['Public Relations', 'Marketing'], stakeholderGroups: ['web-influencers', 'media'] },
  { key: 'recycling-stories', title: 'Recycling stories with Alpine Textiles', description: 'Tell where returned jackets go, together with the fabric supplier, in posts, in the stores and in the customer club.',
    phase: 'develop', track: 'external', owner: 'Søren Østergaard', ownerRole: 'Content Strategist', status: 'idea', start: '2028 Q1', end: '2028 Q2', impact: 3, effort: 2, objective: 'awareness',
    competencyIds: ['content-programming', 'community-management'], businessFunctions: ['Product Development', 'Marketing'], stakeholderGroups: ['suppliers', 'customers'], dependsOn: ['community-plan'] },
  { key: 'back-end', libraryId: 'p4-back-end-integration', owner: 'Łukasz Kowalczyk', status: 'idea', start: '2028 Q2', end: '2028 Q4', impact: 4, effort: 5, dependsOn: ['kpis', 'care-pilot'],
    businessFunctions: ['Sales & Commerce', 'Customer Service'], stakeholderGroups: ['customers'] },
  { key: 'product-ideas', libraryId: 'p4-product-innovation', owner: 'Søren Østergaard', status: 'idea', start: '2028 Q1', end: '2028 Q4', impact: 5, effort: 4, dependsOn: ['community-plan'],
    businessFunctions: ['Product Development'], stakeholderGroups: ['customers', 'ecosystem-partners'] },
];

const timing = (quarter: Quarter | null): Timing => {
  if (quarter === null) return null;
  const [year, q] = quarter.split(' Q').map(Number) as [number, number];
  return { kind: 'quarter', year, quarter: q };
};

/** The demo client's roadmap: deterministic for a given `newId` sequence and `now`. */
export function demoRoadmap({ newId, now, stakeholders, engagementId }: DemoRoadmapInputs): Initiative[] {
  const stamp = now.toISOString();
  const ids = new Map(PLAN.map((entry) => [entry.key, newId()]));
  const ownerId = (name: string | null) => (name === null ? null : (stakeholders.find((person) => person.name === name)?.id ?? null));
  const list: Initiative[] = [];
  for (const entry of PLAN) {
    const id = ids.get(entry.key)!;
    const item = entry.libraryId ? libraryItem(entry.libraryId) : undefined;
    if (entry.libraryId && !item) throw new Error(`demo roadmap: no library item "${entry.libraryId}"`);
    const phase = entry.phase ?? item!.phase;
    const track = entry.track ?? item!.track;
    const base = item
      ? initiativeFromLibrary(item, { id, now: stamp, order: nextOrder(list, phase, track), engagementId })
      : makeInitiative({ id, createdAt: stamp, updatedAt: stamp, phase, track, order: nextOrder(list, phase, track), engagementId });
    list.push({
      ...base,
      title: entry.title ?? base.title,
      description: entry.description ?? base.description,
      ownerStakeholderId: ownerId(entry.owner),
      ownerRole: entry.ownerRole ?? base.ownerRole,
      status: entry.status,
      start: timing(entry.start),
      end: timing(entry.end),
      impact: entry.impact,
      effort: entry.effort,
      objective: entry.objective ?? base.objective,
      competencyIds: entry.competencyIds ?? base.competencyIds,
      businessFunctions: entry.businessFunctions ?? [],
      stakeholderGroups: entry.stakeholderGroups ?? [],
      dependsOn: (entry.dependsOn ?? []).map((key) => ids.get(key)!),
      notes: entry.notes ?? '',
      pilot: entry.pilotReview ? { isPilot: true, reviewDate: entry.pilotReview } : base.pilot,
    });
  }
  return list;
}
