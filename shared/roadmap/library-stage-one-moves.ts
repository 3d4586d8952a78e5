import type { InitiativeLibraryItem } from './initiative-library-schema';

/**
 * The six moves from Hierarchy to Emergent Community (seed 000) as roadmap items. They
 * are groundwork, so all sit in phase 1; the listening program faces outwards.
 */
export const STAGE_ONE_MOVES: readonly InitiativeLibraryItem[] = [
  { id: 'move-find-leader', stageOneMoveId: 'find-leader', phase: 'establish', track: 'internal', title: 'Find a leader',
    description: 'Give one person the job of coordinating social and community work and keeping efforts from colliding, whether appointed, hired or self-selected.',
    competencyIds: ['leadership', 'community-management'], ownerRole: 'Chief Digital Officer', objective: 'internal-intelligence' },
  { id: 'move-recruit-sponsors', stageOneMoveId: 'recruit-sponsors', phase: 'establish', track: 'internal', title: 'Recruit executive sponsors',
    description: 'Win executives over by explaining how the market is changing, what that means for the organization and what it offers each of them.',
    competencyIds: ['leadership', 'strategy'], ownerRole: 'Social Media Strategist', objective: 'internal-intelligence' },
  { id: 'move-identify-champions', stageOneMoveId: 'identify-champions', phase: 'establish', track: 'internal', title: 'Identify cross-functional champions',
    description: 'Find one person per department who cares about a consistent voice and experience, and let them represent their team in the rollout.',
    competencyIds: ['culture', 'leadership'], ownerRole: 'Social Media Strategist', objective: 'internal-intelligence' },
  { id: 'move-framework-and-roadmap', stageOneMoveId: 'framework-and-roadmap', phase: 'establish', track: 'internal', title: 'Create an operational framework and roadmap',
    description: 'Connect social work to business goals, show where it saves time or money, and lay out the steps in order.',
    competencyIds: ['strategy', 'metrics-measurement'], ownerRole: 'Social Media Strategist', objective: 'internal-intelligence' },
  { id: 'move-audit-gap-analysis', stageOneMoveId: 'audit-gap-analysis', phase: 'establish', track: 'internal', title: 'Complete a social business audit',
    description: 'Take stock of who already uses social tools, how and why, what is missing, and which initiatives would close the gaps.',
    competencyIds: ['strategy', 'metrics-measurement', 'tools'], ownerRole: 'Data Analyst', objective: 'internal-intelligence' },
  { id: 'move-listening-program', stageOneMoveId: 'listening-program', phase: 'establish', track: 'external', title: 'Start a listening program',
    description: 'Show executives that people already talk about the organization, and what they say, so the cost of staying silent becomes visible.',
    competencyIds: ['metrics-measurement', 'tools', 'leadership'], ownerRole: 'Data Analyst', objective: 'internal-intelligence' },
];
