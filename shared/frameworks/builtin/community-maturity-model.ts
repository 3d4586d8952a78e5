import type { Framework } from '../framework-schema';

/**
 * The Community Maturity Model (The Community Roundtable): four stages × eight
 * competencies. The stage and competency names are the model's; every descriptor and
 * evidence prompt is Cairn's own wording, kept short and observable so a room can agree
 * on what it has seen rather than on what it hopes.
 */
export const COMMUNITY_MATURITY_MODEL_ID = 'cmm';

export const COMMUNITY_MATURITY_MODEL = {
  id: COMMUNITY_MATURITY_MODEL_ID,
  version: '1.0.0',
  name: 'Community Maturity Model',
  source: 'The Community Roundtable, Community Maturity Model',
  builtIn: true,
  basedOn: null,
  stages: [
    {
      id: 'hierarchy',
      level: 1,
      name: 'Hierarchy',
      summary: 'Work follows the org chart. Social tools turn up in scattered pockets, nobody coordinates them, and sharing in the open feels risky.',
    },
    {
      id: 'emergent-community',
      level: 2,
      name: 'Emergent Community',
      summary: 'Some teams run communities with a purpose and someone leads the effort, but each team works in its own way.',
    },
    {
      id: 'community',
      level: 3,
      name: 'Community',
      summary: 'Working through communities is an accepted approach, with shared standards, dedicated roles and a budget.',
    },
    {
      id: 'network',
      level: 4,
      name: 'Network',
      summary: 'Communities link up across the organization and beyond it; working in the open is the default and is tied to business results.',
    },
  ],
  competencies: [
    {
      id: 'strategy',
      name: 'Strategy',
      description: 'Whether community and social efforts have stated goals that connect to what the business is trying to achieve.',
      descriptors: {
        hierarchy: 'There is no written social or community strategy; teams try tools on their own without stating a goal.',
        'emergent-community': 'A few teams write down goals for their community work, but the goals are not linked to each other or to company objectives.',
        community: 'A documented community strategy ties each initiative to a business goal and is reviewed at least once a year.',
        network: 'Community thinking shapes business strategy itself: what customer and employee networks say feeds planning and priorities.',
      },
      evidence: [
        'A written strategy and the date it was last reviewed',
        'Business goals that community initiatives name explicitly',
        'Budget lines set aside for community work',
      ],
    },
    {
      id: 'leadership',
      name: 'Leadership',
      description: 'How far leaders sponsor, fund and take part in community and social work.',
      descriptors: {
        hierarchy: 'Executives regard social channels as a distraction or a risk and stay out of them.',
        'emergent-community': 'One named person coordinates social efforts, and at least one executive backs them in principle.',
        community: 'Several executives sponsor community programs, fund them and show up in them where people can see it.',
        network: 'Leaders work in the open on internal and external networks and recognise others who do the same.',
      },
      evidence: [
        'Named executive sponsors and how often they take part',
        'Posts, replies or appearances by executives in communities',
        'Who the community lead reports to and how much of their time is assigned',
      ],
    },
    {
      id: 'culture',
      name: 'Culture',
      description: 'Whether people feel safe and expected to share knowledge, ask questions and work in the open.',
      descriptors: {
        hierarchy: 'People keep information close; posting in open channels is discouraged or thought of as risky.',
        'emergent-community': 'Open sharing happens in a few teams, usually where a manager champions it.',
        community: 'Sharing and asking for help in communities is expected in most departments.',
        network: 'Working out loud is normal; employees, partners and customers collaborate across boundaries without being asked.',
      },
      evidence: [
        'Share of employees who post or reply in a typical month',
        'How open questions and mistakes are treated in public channels',
        'Stories employees tell about sharing being rewarded or punished',
      ],
    },
    {
      id: 'community-management',
      name: 'Community Management',
      description: 'Who looks after communities day to day, with what skills, time and support.',
      descriptors: {
        hierarchy: 'Nobody is responsible for community management; accounts are run by volunteers or left to an agency.',
        'emergent-community': 'Part-time community managers appear in some teams and learn on the job, with little shared practice.',
        community: 'Dedicated community managers with defined roles, training and a career path look after the main communities.',
        network: 'Community management is a recognised discipline, with a centre of excellence that coaches the rest of the organization.',
      },
      evidence: [
        'Job descriptions that mention community management',
        'Hours per week actually spent on community work',
        'Training, playbooks or a peer group for community managers',
        'Who decides on platforms and reports community analytics',
      ],
    },
    {
      id: 'content-programming',
      name: 'Content & Programming',
      description: 'What communities are given to talk about and do, and who creates it.',
      descriptors: {
        hierarchy: 'Content is mostly one-way announcements, posted irregularly and without a plan.',
        'emergent-community': 'Some communities keep a content calendar and hold occasional events, carried by a few active people.',
        community: 'Planned programs such as regular events, member spotlights and onboarding keep communities active, and members create part of the content.',
        network: 'Members create most content and programs themselves; the organization curates and amplifies the best of it.',
      },
      evidence: [
        'Content calendars and event schedules',
        'Share of posts created by members rather than staff',
        'Recurring programs and how many people attend them',
      ],
    },
    {
      id: 'policies-governance',
      name: 'Policies & Governance',
      description: 'The rules, decision rights and escalation paths that let people take part with confidence.',
      descriptors: {
        hierarchy: 'There is no social media policy, or only one that mainly forbids use.',
        'emergent-community': 'A basic social media policy exists, but who approves new accounts or communities is unclear.',
        community: 'Clear policies, escalation paths and a governance group cover both internal and external communities.',
        network: 'Governance enables rather than restricts: guidelines are written with members and revised as practice changes.',
      },
      evidence: [
        'Social media, moderation and privacy policies and their dates',
        'The process for opening or closing an account or community',
        'An escalation path for complaints or a crisis, and whether it has been used',
      ],
    },
    {
      id: 'tools',
      name: 'Tools',
      description: 'The platforms communities use and how well they fit with the systems people already work in.',
      descriptors: {
        hierarchy: 'Each team picks its own tools; many unconnected accounts and platforms exist and nobody has an overview.',
        'emergent-community': 'An inventory of platforms exists and a few preferred tools are recommended.',
        community: 'A supported set of community platforms is connected to core systems such as the intranet or CRM.',
        network: 'Social features are built into everyday business systems, so collaboration happens where the work is done.',
      },
      evidence: [
        'An inventory of accounts and platforms with an owner for each',
        'Links between community platforms and CRM, intranet or support systems',
        'Single sign-on and clear access rules',
      ],
    },
    {
      id: 'metrics-measurement',
      name: 'Metrics & Measurement',
      description: 'What is measured about communities and whether the numbers change decisions.',
      descriptors: {
        hierarchy: 'Nothing is measured, or follower counts are reported now and then.',
        'emergent-community': 'Activity figures such as posts, members and mentions are tracked for some communities.',
        community: 'Engagement and outcome measures are tracked the same way everywhere and reported against community goals.',
        network: 'Community measures are part of business performance reporting and are used to make decisions.',
      },
      evidence: [
        'Dashboards or reports and who receives them',
        'KPIs linked to business objectives',
        'A recent decision that changed because of community data',
      ],
    },
  ],
} satisfies Framework;
