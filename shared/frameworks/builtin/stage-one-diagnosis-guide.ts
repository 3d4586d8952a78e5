import type { StageOneGuide } from '../stage-one-guide-schema';

/**
 * Signs of Hierarchy (Community Maturity Model stage 1) and the six moves that lead to
 * Emergent Community (seed 000), in Cairn's own words. Ids are stored in diagnoses.
 */
export const STAGE_ONE_GUIDE = {
  id: 'stage-one-diagnosis',
  name: 'Stage-1 diagnosis and the six moves to stage 2',
  source: 'The Community Roundtable, State of Community Management 2012',
  signs: [
    { id: 'ad-hoc-efforts', text: 'Social tools and community efforts are one-off, uncoordinated or still experiments.' },
    { id: 'uneven-understanding', text: 'Teams understand social tools and community management very differently.' },
    { id: 'few-contributors', text: 'Corporate accounts exist, but only a handful of employees or departments contribute to them.' },
    { id: 'agency-run-accounts', text: 'Social accounts are mostly run by an outside agency.' },
    { id: 'not-encouraged', text: 'Employees are not encouraged to do their work on social channels.' },
    { id: 'executives-wary', text: 'Executives see social technology as more of a distraction than an opportunity.' },
    { id: 'sharing-distrusted', text: 'Sharing information openly is met with suspicion.' },
  ],
  moves: [
    {
      id: 'find-leader',
      name: 'Find a leader',
      description: 'Name one person who coordinates social and community efforts and keeps them from colliding; appointed, hired, or stepping up out of interest.',
    },
    {
      id: 'recruit-sponsors',
      name: 'Recruit executive sponsors',
      description: 'Win executives over by showing how the market is shifting, what that means for the organization, and what it offers them personally.',
    },
    {
      id: 'identify-champions',
      name: 'Identify cross-functional champions',
      description: 'Find someone in each department who wants one consistent voice and experience across the company, and give them a say in how initiatives roll out.',
    },
    {
      id: 'framework-and-roadmap',
      name: 'Create an operational framework and roadmap',
      description: 'Tie social efforts to business goals, show where they save time or money, and lay out the steps to get there.',
    },
    {
      id: 'audit-gap-analysis',
      name: 'Complete a social business audit or gap analysis',
      description: 'Take stock of who already uses social, how and for what, what is missing, and which initiatives would close the gaps.',
    },
    {
      id: 'listening-program',
      name: 'Start a listening program',
      description: 'Show executives that people already talk about the organization, and what they say, so the risk of staying silent becomes visible.',
    },
  ],
} satisfies StageOneGuide;
