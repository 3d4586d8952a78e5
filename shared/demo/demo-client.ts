import type { BusinessFunction, Client, Engagement, Stakeholder } from '../domain/client';
import { emptyReportNarrative, noMaturityRecords } from '../domain/client';
import { buildDemoMaturity } from './demo-maturity';
import type { StakeholderGroup } from '../domain/reference-lists';
import { demoRoadmap } from './demo-roadmap';
import { demoKpis } from './demo-kpis';
import { demoOrganization } from './demo-organization';
import { linkDemoKpis } from './demo-links';
import { buildDemoWorkshops } from './demo-workshop';

/** What the demo builder needs from outside; passing them in keeps it deterministic. */
export interface DemoClientInputs {
  newId: () => string;
  now: Date;
}

interface DemoPerson {
  name: string;
  title: string;
  department: string | null;
  group: StakeholderGroup;
  influence: number;
  interest: number;
  isSponsor?: boolean;
  isChampion?: boolean;
  isCommunityLeader?: boolean;
  contactNotes: string;
}

/** Departments from the reference list, then one the consultant added by hand. */
const DEPARTMENTS: ReadonlyArray<{ name: string; custom: boolean }> = [
  { name: 'Marketing', custom: false },
  { name: 'Customer Service', custom: false },
  { name: 'Sales & Commerce', custom: false },
  { name: 'Product Development', custom: false },
  { name: 'Public Relations', custom: false },
  { name: 'Internal Communications', custom: false },
  { name: 'Recruitment / Human Resources', custom: false },
  { name: 'Marketing Research', custom: false },
  { name: 'Retail Stores & Guiding', custom: true },
];

const PEOPLE: readonly DemoPerson[] = [
  {
    name: 'Jürgen Baumgärtner',
    title: 'Chief Executive Officer',
    department: null,
    group: 'employees',
    influence: 5,
    interest: 4,
    isSponsor: true,
    contactNotes: 'Executive sponsor. Wants a one-page summary before each steering meeting; prefers Tuesday mornings. Sees community as a way to keep customers loyal between seasons.',
  },
  {
    name: 'Zoë Lefèvre',
    title: 'Head of Digital Marketing',
    department: 'Marketing',
    group: 'employees',
    influence: 4,
    interest: 5,
    isChampion: true,
    contactNotes: 'Champion for Marketing. Runs the brand accounts with an agency today and wants to bring them in-house. Speaks German, French and English.',
  },
  {
    name: 'José Martínez Ortega',
    title: 'Customer Service Team Lead',
    department: 'Customer Service',
    group: 'employees',
    influence: 3,
    interest: 5,
    isChampion: true,
    contactNotes: 'Champion for Customer Service. Already answers product questions on the forum in his spare time; ask him about resolution times per channel.',
  },
  {
    name: 'Małgorzata Wiśniewska',
    title: 'Community Manager',
    department: 'Marketing',
    group: 'employees',
    influence: 3,
    interest: 5,
    isCommunityLeader: true,
    contactNotes: 'Leads the Nordlicht Trail Club (about 4,000 members). Traffic control for everything posted on social channels; needs a moderation policy in writing.',
  },
  {
    name: 'Søren Østergaard',
    title: 'Product Manager, Tents & Shelters',
    department: 'Product Development',
    group: 'employees',
    influence: 4,
    interest: 3,
    isChampion: true,
    contactNotes: 'Champion for Product Development. Interested in co-creating the 2027 tent line with club members; sceptical of anything that looks like advertising.',
  },
  {
    name: 'Anneliese Groß',
    title: 'Chief Financial Officer',
    department: null,
    group: 'employees',
    influence: 5,
    interest: 2,
    contactNotes: 'Signs off the budget. Needs KPIs tied to retention and basket value, not follower counts.',
  },
  {
    name: 'François Dubois',
    title: 'Head of People & Culture',
    department: 'Recruitment / Human Resources',
    group: 'employees',
    influence: 3,
    interest: 3,
    contactNotes: 'Owns the social media guidelines for staff. Open to an ambassador programme if legal reviews it first.',
  },
  {
    name: 'Inés Castañeda',
    title: 'Press Officer',
    department: 'Public Relations',
    group: 'employees',
    influence: 3,
    interest: 4,
    contactNotes: 'Handles outdoor press and the annual product launch. Wants a listening tool to catch complaints before journalists do.',
  },
  {
    name: 'Łukasz Kowalczyk',
    title: 'E-commerce Manager',
    department: 'Sales & Commerce',
    group: 'employees',
    influence: 4,
    interest: 3,
    contactNotes: 'Runs the web shop in five countries. Asks how reviews and user photos could appear on product pages.',
  },
  {
    name: 'Björn Åkesson',
    title: 'Store Manager, Munich flagship',
    department: 'Retail Stores & Guiding',
    group: 'employees',
    influence: 2,
    interest: 4,
    contactNotes: 'Organises guided weekend hikes from the store; a natural source of content if staff are allowed to post.',
  },
  {
    name: 'Chloé Marchand',
    title: 'Outdoor blogger, "Sentiers & Sommets"',
    department: null,
    group: 'web-influencers',
    influence: 4,
    interest: 2,
    contactNotes: 'About 85,000 followers in France and Switzerland. Reviewed the Fjellvind jacket last year; open to a long-term partnership, not one-off posts.',
  },
  {
    name: 'Dr. Helga Schröder',
    title: 'Sustainability Lead, Alpine Textiles AG',
    department: null,
    group: 'suppliers',
    influence: 2,
    interest: 3,
    contactNotes: 'Main fabric supplier. Could share recycling stories that customers keep asking about.',
  },
];

/**
 * A realistic demo organization for a newcomer's first launch: a mid-size European
 * outdoor retailer with departments, a sponsor, champions and a community leader.
 * Deterministic for a given `newId` sequence and `now`, so tests can pin its content.
 */
export function buildDemoClient({ newId, now }: DemoClientInputs): Client {
  const stamp = now.toISOString();
  const entity = () => ({ id: newId(), createdAt: stamp, updatedAt: stamp });
  const clientFields = entity();
  const functions: BusinessFunction[] = DEPARTMENTS.map((department) => ({ ...entity(), ...department }));
  const departmentId = (name: string | null): string | null => (name === null ? null : (functions.find((f) => f.name === name)?.id ?? null));
  const stakeholders: Stakeholder[] = PEOPLE.map((person) => ({
    ...entity(),
    name: person.name,
    title: person.title,
    departmentId: departmentId(person.department),
    group: person.group,
    influence: person.influence,
    interest: person.interest,
    isSponsor: person.isSponsor ?? false,
    isChampion: person.isChampion ?? false,
    isCommunityLeader: person.isCommunityLeader ?? false,
    contactNotes: person.contactNotes,
  }));
  const kickoff: Engagement = {
    ...entity(),
    title: 'Social business kickoff 2026',
    startDate: stamp.slice(0, 10),
    endDate: null,
    scope:
      'Move Nordlicht from scattered, agency-run channels to a coordinated social business programme: ' +
      'appoint a community lead, confirm the executive sponsor, name one champion per department, ' +
      'run the maturity assessment in workshops and agree a first-phase roadmap with KPIs.',
    executiveSummary:
      'Nordlicht has moved past scattered experiments: an executive sponsor is in place and the marketing and service teams ' +
      'already listen and respond on social channels. What holds the programme back is governance and measurement: there is no ' +
      'shared policy, no community lead with a mandate, and results are reported as activity rather than business outcomes. ' +
      'This report sets out where Nordlicht stands on the Community Maturity Model, the gaps that matter most, and a phased ' +
      'roadmap with the KPIs that will show progress to the board.',
    // The consultant wrote the situation and complication and reworked the recommendations;
    // the resolution is still Cairn's draft, so the report shows both kinds.
    reportNarrative: {
      situation:
        'A year after the baseline, Nordlicht has a sponsor who shows up, a Community Manager with a mandate and a one-page strategy the steering group signed. ' +
        'Five of the eight competencies have moved up a stage.',
      complication:
        'Culture and measurement have not moved. Head office still waits for permission before anyone speaks in public, and the board sees activity figures ' +
        'that say nothing about loyalty or returns. Without both, the next budget round will treat the club as a marketing cost.',
      resolution: '',
      recommendations: [
        {
          id: 'gap_culture',
          text: 'Settle the staff guidelines with the works council this quarter and launch the ambassador pilot in two stores, so Culture can reach Emergent Community.',
          rule: 'Gap of two stages, the largest in the gap table (two stages or more come first); reworded by the consultant.',
        },
        {
          id: 'gap_metrics-measurement',
          text: 'Connect Trail Club membership to the CRM and put retention and basket value on the steering page by the summer.',
          rule: 'Gap of two stages, next largest in the gap table; reworded by the consultant.',
        },
        {
          id: 'consultant_sponsor-voice',
          text: 'Ask the CEO to share one store story a month on the intranet: the fastest signal that speaking up is welcome.',
          rule: 'Added by the consultant.',
        },
        {
          id: 'kpis_off-track',
          text: 'Bring resolution time back on track: agree with Customer Service what will move it and measure it again within the quarter.',
          rule: 'One KPI of eight off track (the KPI status rule).',
        },
      ],
      headings: { 'executive-summary': 'Culture and measurement hold Nordlicht back' },
    },
    status: 'active',
  };
  const baselineOn = yearBefore(stamp.slice(0, 10));
  const baseline: Engagement = {
    ...entity(),
    title: `Social business baseline ${baselineOn.slice(0, 4)}`,
    startDate: baselineOn,
    endDate: addDays(baselineOn, 60),
    scope:
      'Interview the department heads, run the first Community Maturity Model workshop and agree where Nordlicht stands ' +
      'before any investment in community management.',
    executiveSummary:
      'A first look at how Nordlicht uses social channels: enthusiasm in marketing, little elsewhere, and no shared view of goals or risks.',
    reportNarrative: emptyReportNarrative(),
    status: 'completed',
  };
  const maturity = buildDemoMaturity({
    newId,
    stamp,
    baselineEngagementId: baseline.id,
    kickoffEngagementId: kickoff.id,
    baselineOn,
    currentOn: stamp.slice(0, 10),
    functions,
    stakeholders,
  });
  const plan = linkDemoKpis(
    demoRoadmap({ newId, now, stakeholders, engagementId: kickoff.id }),
    demoKpis({ newId, now, stakeholders }),
  );
  const organization = demoOrganization({ newId, now, stakeholders });
  const workshops = buildDemoWorkshops({ newId, today: stamp.slice(0, 10), engagementId: kickoff.id, stakeholders });
  return {
    ...clientFields,
    name: 'Nordlicht Outdoor GmbH',
    industry: 'Outdoor equipment retail',
    size: '250–999',
    region: 'DACH, France, Poland, Spain',
    notes:
      'Family-owned retailer of tents, clothing and climbing gear, founded 1987 in Munich; 14 stores and a web shop. ' +
      'Social channels are run by an agency; a customer club exists but is moderated by volunteers. ' +
      'Demo client: edit or delete it freely.',
    functions,
    stakeholders,
    engagements: [baseline, kickoff],
    ...noMaturityRecords(),
    ...maturity,
    initiatives: plan.initiatives,
    kpis: plan.kpis,
    organization,
    workshops,
    archivedAt: null,
    deletedAt: null,
  };
}

/** The same calendar day a year earlier (29 February becomes 28 February). */
function yearBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year - 1, month - 1, Math.min(day, month === 2 ? 28 : day)));
  return shifted.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
