import { COMMUNITY_MATURITY_MODEL } from '../frameworks/builtin/community-maturity-model';
import { DEFAULT_DOT_BUDGET } from './workshop-factories';
import type { AgendaMethod } from './workshop-schema';
import type { TemplateAgendaItem, WorkshopTemplate } from './workshop-template-schema';

/**
 * Built-in workshop templates, written for Cairn from the domain digest: each has
 * objectives and a timed agenda with breaks that fits a half-day session. Keys are stable
 * so a consultant's copy can be compared with the original.
 */

const item = (
  key: string,
  title: string,
  method: AgendaMethod,
  plannedMinutes: number,
  prompt: string,
  extra: Partial<Pick<TemplateAgendaItem, 'linkedTo' | 'privateNotes' | 'dotBudget'>> = {},
): TemplateAgendaItem => ({
  key,
  title,
  method,
  plannedMinutes,
  prompt,
  linkedTo: extra.linkedTo ?? [],
  privateNotes: extra.privateNotes ?? method === 'brainstorm',
  dotBudget: extra.dotBudget ?? DEFAULT_DOT_BUDGET,
});

const pause = (key: string, minutes: number): TemplateAgendaItem => item(key, 'Break', 'break', minutes, 'Coffee and a stretch; the board stays up.');

const CMM_COMPETENCY_IDS = COMMUNITY_MATURITY_MODEL.competencies.map((competency) => competency.id);

export const KICKOFF_TEMPLATE = {
  id: 'kickoff-hierarchy-to-emergent',
  name: 'From Hierarchy to Emergent: kickoff',
  description: 'A first session for an organization whose social efforts are still scattered: agree what the room sees today and who takes the first six moves.',
  builtIn: true,
  objectives:
    'Agree how scattered today’s social and community efforts are. Name a person to coordinate them and the executives to win over. Find one champion per department. Decide on the first steps towards a framework, an audit and a listening program, each with an owner.',
  agenda: [
    item('welcome', 'Welcome, purpose and ground rules', 'discussion', 15, 'Why we are here, what we want to leave with, and how the room works: everyone writes, everyone votes, nobody has to speak first.'),
    item('today', 'Where we stand today', 'brainstorm', 20, 'Where do you see social media or community work happening today that nobody coordinates? One example per note.'),
    item('today-vote', 'Which of these worry us most', 'dot-vote', 10, 'Place your dots on the examples that cost us the most today.', { linkedTo: ['today'], dotBudget: 3 }),
    item('leader-sponsors', 'A leader and executive sponsors', 'discussion', 25, 'Who could coordinate our social efforts and keep them from colliding? Which executives should back this, and what would convince them: the market shifting, the effect on our organization, what it does for them?', {
      linkedTo: ['find-leader', 'recruit-sponsors'],
    }),
    pause('break', 15),
    item('champions', 'Champions across departments', 'brainstorm', 20, 'In each department, who wants our customers and candidates to meet one consistent voice? Write a name and the department.', { linkedTo: ['identify-champions'] }),
    item('framework-audit', 'Framework, roadmap and audit', 'discussion', 25, 'Which business goals should social work serve first? What do we need to learn in an audit of who uses social today, how, and what is missing?', {
      linkedTo: ['framework-and-roadmap', 'audit-gap-analysis'],
    }),
    item('listening', 'Start listening', 'discussion', 15, 'What would we want to hear people say about us, and who would look at it each week?', { linkedTo: ['listening-program'] }),
    item('next-steps', 'Decisions, owners and next steps', 'decisions-actions', 20, 'Record what we decided today and who does what by when.'),
  ],
} satisfies WorkshopTemplate;

export const MATURITY_ASSESSMENT_TEMPLATE = {
  id: 'maturity-assessment',
  name: 'Maturity assessment',
  description: 'The room places the organization on each of the eight Community Maturity Model competencies, then talks through where it disagrees.',
  builtIn: true,
  objectives:
    'Give every participant a say on where the organization stands for each of the eight competencies. Bring out the evidence behind the ratings, settle the competencies where the room disagrees, and agree a target stage for each.',
  agenda: [
    item('welcome', 'Welcome and the four stages', 'discussion', 15, 'Walk through Hierarchy, Emergent Community, Community and Network with an example of each from outside the organization.'),
    item('evidence', 'What we see today', 'brainstorm', 20, 'Write down concrete things you have seen: a team running a community, a policy, a tool, a report. One per note.'),
    item('rating', 'Rate the eight competencies', 'maturity-vote', 25, 'For each competency, choose the stage that best matches what you see today, not what you hope for.', { linkedTo: CMM_COMPETENCY_IDS }),
    pause('break', 15),
    item('disagreements', 'Where we disagree, and why', 'discussion', 35, 'Start with the competencies flagged for disagreement. Ask the highest and lowest raters what they have seen.'),
    item('targets', 'Where we want to be', 'discussion', 20, 'For each competency, which stage should we reach in the next 12 to 18 months, and what would it take?'),
    item('wrap-up', 'Agreed stages and next steps', 'decisions-actions', 15, 'Record the agreed current and target stages and who follows up on the evidence still missing.'),
  ],
} satisfies WorkshopTemplate;

export const ROADMAP_PLANNING_TEMPLATE = {
  id: 'roadmap-planning',
  name: 'Roadmap planning',
  description: 'Fill the four roadmap phases with initiatives, inside the organization and towards the outside world, then choose what starts first.',
  builtIn: true,
  objectives:
    'Collect candidate initiatives for each of the four phases, for both internal and external work. Choose the initiatives to start first and give each an owner and a rough timing.',
  agenda: [
    item('recap', 'Recap: where we are and where we aim', 'discussion', 15, 'The assessment results and the largest gaps between current and target stages.'),
    item('phase-1', 'Phase 1: policy, process and procedure', 'brainstorm', 20, 'Inside: steering committee, governance, listening tools, KPIs, a center of excellence. Outside: a public moderation policy, community coordination, content, paid social. What do we need? Mark each note internal or external.', {
      linkedTo: ['phase-1'],
    }),
    item('phase-2', 'Phase 2: shape capabilities', 'brainstorm', 20, 'Inside: enterprise architecture, rules of engagement, training early adopters, a community management plan. Outside: voice and tone, influencers, test-and-learn pilots, publishing across channels.', {
      linkedTo: ['phase-2'],
    }),
    pause('break', 10),
    item('phase-3', 'Phase 3: Develop ecosystem', 'brainstorm', 20, 'Inside: partners coordinated by an internal lead, staffing, regional committees, training for everyone. Outside: platform and influencer partnerships, engagement at scale, common standards and KPIs.', {
      linkedTo: ['phase-3'],
    }),
    item('phase-4', 'Phase 4: innovation and integration', 'brainstorm', 15, 'Inside: back-end systems joined up; customers, employees and partners connected. Outside: ambassador programs, front-end integration, a social layer in every business function.', {
      linkedTo: ['phase-4'],
    }),
    item('priorities', 'What starts first', 'dot-vote', 15, 'Place your dots on the initiatives that should start in the next quarter.', { linkedTo: ['phase-1', 'phase-2', 'phase-3', 'phase-4'] }),
    item('owners', 'Owners, timing and dependencies', 'decisions-actions', 25, 'For the chosen initiatives: who leads, when it starts, and what it waits for.'),
  ],
} satisfies WorkshopTemplate;

export const KPI_TEMPLATE = {
  id: 'kpis-and-measurement',
  name: 'KPIs and measurement',
  description: 'Decide how progress will be measured: a short list of KPIs tied to business objectives, each with a baseline, a target and an owner.',
  builtIn: true,
  objectives:
    'Tie measurement to the objectives the business cares about. Agree a short list of KPIs across advocacy, dialog, support and innovation, with where each number comes from, its baseline, its target and who reports it.',
  agenda: [
    item('objectives', 'Which objectives do we measure against', 'discussion', 15, 'Internal intelligence, the sales cycle, awareness, retention: which matter most to us this year?'),
    item('candidates', 'What would show progress', 'brainstorm', 20, 'Write one measure per note that would tell us social work is paying off, for example share of voice or time to resolve a question.'),
    item('families', 'Sort into KPI families', 'discussion', 15, 'Group the notes into advocacy, dialog, support and innovation; merge duplicates.'),
    item('shortlist', 'Shortlist', 'dot-vote', 10, 'Place your dots on the measures we should track from the start.', { linkedTo: ['candidates'], dotBudget: 4 }),
    pause('break', 10),
    item('baselines', 'Baselines, targets and sources', 'discussion', 30, 'For each shortlisted KPI: how we calculate it, where the data comes from, today’s value and the value we aim for.'),
    item('metrics-rating', 'How mature is our measurement', 'maturity-vote', 10, 'Rate Metrics & Measurement as it is today.', { linkedTo: ['metrics-measurement'] }),
    item('owners', 'Owners and reporting rhythm', 'decisions-actions', 15, 'Who reports each KPI, how often, and to whom.'),
  ],
} satisfies WorkshopTemplate;

export const STAKEHOLDERS_TEMPLATE = {
  id: 'stakeholders-and-champions',
  name: 'Stakeholders and champions',
  description: 'Map who has a stake in the transformation, find champions in each department, and plan how to win the sponsors over.',
  builtIn: true,
  objectives:
    'See every group with a stake, inside and outside the organization. Name candidate champions for each department and agree who approaches each sponsor, with what message.',
  agenda: [
    item('welcome', 'Why champions matter', 'discussion', 10, 'A customer should get the same answer from marketing as from customer service; champions make that happen in their own teams.'),
    item('groups', 'Who has a stake', 'brainstorm', 20, 'Prospects, customers, influencers, partners, vendors, suppliers, employees, media: who in each group cares about how we show up online?', { privateNotes: false }),
    item('placing', 'Influence and interest', 'discussion', 20, 'Place the key people by how much they can sway the outcome and how much they care about it.'),
    pause('break', 10),
    item('champions', 'Candidate champions per department', 'brainstorm', 20, 'Name someone in each department who would carry this work in their team. One name and department per note.'),
    item('champions-vote', 'Who we approach first', 'dot-vote', 10, 'Place your dots on the champions to approach this month.', { linkedTo: ['champions'], dotBudget: 3 }),
    item('sponsors', 'Winning the sponsors', 'discussion', 20, 'For each executive: how the market is changing, what it means for the organization, and what is in it for them personally.'),
    item('owners', 'Approaches and owners', 'decisions-actions', 15, 'Who talks to whom, by when, and what they bring.'),
  ],
} satisfies WorkshopTemplate;

/** Templates shipped with Cairn, in the order a new engagement usually uses them. */
export const BUILT_IN_WORKSHOP_TEMPLATES: readonly WorkshopTemplate[] = [KICKOFF_TEMPLATE, MATURITY_ASSESSMENT_TEMPLATE, ROADMAP_PLANNING_TEMPLATE, KPI_TEMPLATE, STAKEHOLDERS_TEMPLATE];
