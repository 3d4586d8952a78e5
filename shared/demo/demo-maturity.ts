import { newAssessment, newSocialBusinessAudit, newStageOneDiagnosis, newTenStagePlacement } from '../assessment/assessment-factories';
import type { Assessment, CompetencyAssessment, Confidence, ParticipantRating } from '../assessment/assessment-schema';
import type { SocialBusinessAudit } from '../assessment/social-business-audit-schema';
import type { MoveProgress, StageOneDiagnosis } from '../assessment/stage-one-diagnosis-schema';
import type { TenStagePlacement } from '../assessment/ten-stage-placement-schema';
import type { BusinessFunction, Stakeholder } from '../domain/client';
import type { StakeholderGroup } from '../domain/reference-lists';
import { COMMUNITY_MATURITY_MODEL, SOCIAL_BUSINESS_AUDIT_GUIDE, STAGE_ONE_GUIDE, TEN_STAGES_MODEL } from '../frameworks/builtin';

/**
 * The demo client's maturity records: a baseline a year before `now` and a reassessment at
 * `now`, with the kickoff's ten-stage placement, audit and stage-1 diagnosis. Written as
 * data so a newcomer opening the demo sees a complete, believable engagement history.
 */
type Row = readonly [current: number, target: number, confidence: Confidence, evidence: string];

/** In framework order: strategy, leadership, culture, community management, content, policies, tools, metrics. */
const BASELINE_ROWS: readonly Row[] = [
  [1, 3, 'high', 'No written social or community strategy. Each department decides for itself; the agency brief is the closest thing to a plan.'],
  [1, 3, 'medium', 'The CEO likes the idea but has never posted or spoken about the customer club; no executive owns the topic.'],
  [1, 2, 'medium', 'Staff are told not to post about work. Sharing across stores happens by phone, not in the open.'],
  [1, 3, 'high', 'The Trail Club forum is moderated by three volunteers; nobody at Nordlicht is paid to manage it.'],
  [2, 3, 'medium', 'A seasonal content calendar exists for the brand accounts, produced by the agency; no programming for the club.'],
  [1, 2, 'high', 'No moderation policy and no staff guidelines; legal reviews posts case by case after problems arise.'],
  [2, 3, 'medium', 'Brand accounts on four platforms and an ageing forum; no listening tool; the shop has product reviews.'],
  [1, 3, 'high', 'Follower counts in the agency’s monthly PDF are the only measure; nothing is linked to sales or retention.'],
];

const REASSESSMENT_ROWS: readonly Row[] = [
  [2, 3, 'high', 'A one-page community strategy tied to loyalty and returns was approved by the steering group in March.'],
  [2, 3, 'high', 'The CEO sponsors the programme, opens the quarterly Trail Club call and asks for the KPI page at every steering meeting.'],
  [1, 3, 'low', 'Opinions split in the workshop: store staff feel free to share, head office still waits for permission. Revisit after the ambassador pilot.'],
  [2, 3, 'high', 'Małgorzata Wiśniewska was appointed Community Manager and runs the club with the volunteers; a weekly moderation rota exists.'],
  [2, 3, 'medium', 'Club members now get a monthly trail challenge and gear-care sessions; brand content is still agency-led.'],
  [2, 3, 'medium', 'A public moderation policy is live on the forum; staff guidelines are drafted and waiting for the works council.'],
  [2, 3, 'medium', 'A listening tool was licensed in spring; the forum migration to a new platform is planned for next year.'],
  [1, 3, 'medium', 'Engagement and resolution time are tracked, but nothing is connected to retention or basket value yet.'],
];

/**
 * The consultant's own finding and recommendation on the reassessment, by competency id.
 * The others are left as Cairn's drafts, so the demo shows both (marked "Draft" or not).
 */
const REASSESSMENT_WRITTEN: Readonly<Record<string, { finding: string; recommendation: string | null }>> = {
  culture: {
    finding:
      'Culture is where Nordlicht is split. In the stores people already share what they see and hear with customers; at head office the reflex is still to ask permission first, and the staff guidelines have been waiting for the works council since autumn. The room disagreed by two stages, which is itself the finding: there is no shared picture yet of what “allowed” looks like.',
    recommendation:
      'Settle the staff guidelines with the works council this quarter and let the ambassador pilot show, in public, what good looks like. Ask the CEO to share one store story a month on the intranet.',
  },
  'metrics-measurement': {
    finding:
      'Nordlicht counts activity, not outcomes. Engagement and response times are tracked, but nobody can yet say whether a Trail Club member buys more or returns less than any other customer.',
    recommendation:
      'Link the club membership to the CRM and report retention and basket value of members against non-members on the steering page from the next quarter.',
  },
  'community-management': {
    finding:
      'Appointing Małgorzata Wiśniewska as Community Manager changed the club within months: a weekly moderation rota, monthly challenges and volunteers who feel backed rather than left alone.',
    recommendation: null,
  },
};

/** Who rated the reassessment, by stakeholder name, one stage per competency (framework order). Culture splits the room. */
export const REASSESSMENT_RATINGS: ReadonlyArray<readonly [name: string, stages: readonly number[]]> = [
  ['Jürgen Baumgärtner', [2, 2, 3, 2, 2, 2, 2, 1]],
  ['Zoë Lefèvre', [2, 2, 1, 2, 2, 2, 2, 1]],
  ['José Martínez Ortega', [2, 2, 1, 2, 2, 1, 2, 1]],
  ['Małgorzata Wiśniewska', [2, 2, 1, 2, 3, 2, 2, 2]],
  ['Søren Østergaard', [1, 2, 2, 2, 2, 2, 2, 1]],
];

const INDICATORS_MET = [
  'ts1-monitors-mentions',
  'ts1-reports-to-management',
  'ts1-listening-routine',
  'ts2-official-accounts',
  'ts2-tracks-followers',
  'ts3-replies',
  'ts3-supporters-known',
  'ts3-feedback-changes-posts',
  'ts4-channels-focused',
  'ts6-employees-speak',
];

/** Audit answers by department and question id; unanswered questions stay empty. */
const AUDIT_ANSWERS: Readonly<Record<string, Partial<Record<string, string>>>> = {
  Marketing: {
    'who-uses': 'Zoë Lefèvre’s digital team of three, plus the agency that writes and schedules most brand posts.',
    'how-used': 'Instagram, Facebook and YouTube daily, mostly broadcasting campaign content; replies are left to the agency.',
    'used-for': 'Seasonal launches, awareness campaigns and influencer seeding before the summer season.',
    missing: 'In-house writing capacity, a shared calendar with Customer Service, and any measure beyond reach.',
    'fit-with-goals': 'Serves brand awareness; does little for the corporate goal of more repeat customers.',
    'community-potential': 'Let Trail Club members co-create launch content and test gear before it ships.',
  },
  'Customer Service': {
    'who-uses': 'José Martínez Ortega and two agents answer on the forum in their own time; the agency forwards Facebook complaints by email.',
    'how-used': 'Reactive only: comments and messages are answered when someone notices them, often after a day or more.',
    'used-for': 'Product questions, warranty claims and delivery complaints.',
    missing: 'A shared inbox for social messages, agreed response times and the right to answer publicly without sign-off.',
    'fit-with-goals': 'Directly serves retention, but nobody counts it.',
    'community-potential': 'Members answering each other on care and repair would take load off the team and build loyalty.',
    'initiatives-needed': 'Social customer care pilot with a shared inbox and a four-hour response target.',
  },
  'Sales & Commerce': {
    'who-uses': 'Łukasz Kowalczyk’s e-commerce team reads product reviews; nobody posts.',
    'how-used': 'Reviews on the web shop only; no social selling.',
    'used-for': 'Spotting quality problems in reviews.',
    missing: 'A way to show member photos and reviews on product pages.',
    'fit-with-goals': 'Could raise conversion and basket value, the CFO’s two questions.',
  },
  'Product Development': {
    'who-uses': 'Søren Østergaard follows two outdoor forums privately.',
    'how-used': 'Listening only, informally.',
    'used-for': 'Ideas for the tent range; nothing is recorded.',
    missing: 'A structured way to collect and answer product ideas.',
    'community-potential': 'A co-creation group for the 2027 tent line with 30 experienced club members.',
  },
  'Public Relations': {
    'who-uses': 'Inés Castañeda, for press relations and outdoor journalists.',
    'how-used': 'LinkedIn and X, a few posts a month; she finds complaints only when a journalist calls.',
    missing: 'A listening tool and an escalation path for complaints that could go public.',
    'fit-with-goals': 'Protects reputation; no link to other departments’ activity.',
  },
  'Marketing Research': {
    'who-uses': 'One analyst buys a yearly outdoor-market report; social data is not used.',
    missing: 'Access to the listening tool and time to turn forum threads into insight.',
    'untapped-uses': 'Quarterly trend notes from club discussions would feed product and range planning.',
  },
  'Internal Communications': {
    'who-uses': 'Nobody on social; a monthly PDF newsletter goes to all staff.',
    missing: 'An internal channel where stores and head office can share stories and questions.',
  },
  'Recruitment / Human Resources': {
    'who-uses': 'François Dubois posts job offers on LinkedIn.',
    'used-for': 'Recruiting store staff and guides before the season.',
    missing: 'Staff guidelines that say what employees may post, and an ambassador programme.',
    'community-potential': 'Store staff who guide weekend hikes are natural ambassadors for the employer brand.',
  },
  'Retail Stores & Guiding': {
    'who-uses': 'Björn Åkesson’s Munich store runs a private WhatsApp group for weekend hikes.',
    'how-used': 'Conversational and local; photos are shared but never reach the brand accounts.',
    'used-for': 'Organising guided hikes and bringing hikers back to the store.',
    missing: 'Permission to post on the brand accounts and a way to share content with Marketing.',
  },
};

const COVERAGE: ReadonlyArray<readonly [string, readonly StakeholderGroup[]]> = [
  ['Marketing', ['prospects', 'customers', 'web-influencers', 'media']],
  ['Customer Service', ['customers']],
  ['Sales & Commerce', ['customers', 'prospects']],
  ['Product Development', ['customers', 'suppliers']],
  ['Public Relations', ['media', 'web-influencers']],
  ['Internal Communications', ['employees']],
  ['Recruitment / Human Resources', ['prospects', 'employees']],
  ['Retail Stores & Guiding', ['customers']],
];

const SIGN_NOTES: Readonly<Record<string, string>> = {
  'ad-hoc-efforts': 'Four brand accounts, a volunteer forum and a store WhatsApp group, none of them aware of the others.',
  'few-contributors': 'Only Marketing and the agency post; Customer Service answers privately.',
  'agency-run-accounts': 'The agency writes and schedules about 80% of brand posts.',
  'not-encouraged': 'The 2019 staff handbook asks employees not to mention Nordlicht online.',
  'executives-wary': 'The CFO called social “a cost without a number” in the kickoff; the CEO is supportive.',
};

type MoveState = Omit<MoveProgress, 'moveId' | 'ownerStakeholderId'> & { owner: string | null };

const MOVES: Readonly<Record<string, MoveState>> = {
  'find-leader': { owner: 'Małgorzata Wiśniewska', ownerText: '', status: 'done', notes: 'Appointed Community Manager in February, four days a week on community work.' },
  'recruit-sponsors': { owner: 'Jürgen Baumgärtner', ownerText: '', status: 'done', notes: 'CEO sponsors; CFO agreed to join the steering group if KPIs are tied to retention.' },
  'identify-champions': { owner: 'Zoë Lefèvre', ownerText: '', status: 'in-progress', notes: 'Champions named in Marketing, Customer Service and Product Development; Sales and the stores still open.' },
  'framework-and-roadmap': { owner: null, ownerText: 'Consultant with the steering group', status: 'in-progress', notes: 'Draft roadmap mapped to loyalty and returns; to be approved at the June steering meeting.' },
  'audit-gap-analysis': { owner: null, ownerText: 'Consultant', status: 'done', notes: 'Interviews held with eight departments; coverage matrix shared with the steering group.' },
  'listening-program': { owner: 'Inés Castañeda', ownerText: '', status: 'not-started', notes: 'Tool licensed; waiting for search terms from each champion before reports start.' },
};

export interface DemoMaturityInputs {
  newId: () => string;
  stamp: string;
  baselineEngagementId: string;
  kickoffEngagementId: string;
  /** Calendar dates of the baseline assessment and of the reassessment (today in the demo). */
  baselineOn: string;
  currentOn: string;
  functions: readonly BusinessFunction[];
  stakeholders: readonly Stakeholder[];
}

function assessmentFrom(
  inputs: DemoMaturityInputs,
  options: { engagementId: string; assessedOn: string; title: string; rows: readonly Row[]; summary: string; written?: typeof REASSESSMENT_WRITTEN },
): Assessment {
  const assessment = newAssessment({ id: inputs.newId(), now: inputs.stamp, engagementId: options.engagementId, assessedOn: options.assessedOn, framework: COMMUNITY_MATURITY_MODEL, title: options.title });
  const competencies = assessment.competencies.map((entry, index): CompetencyAssessment => {
    const [current, target, confidence, evidence] = options.rows[index]!;
    const written = options.written?.[entry.competencyId];
    return { ...entry, currentStage: current, targetStage: target, confidence, evidence, finding: written?.finding ?? null, recommendation: written?.recommendation ?? null };
  });
  return { ...assessment, competencies, consultantSummary: options.summary };
}

export function buildDemoMaturity(inputs: DemoMaturityInputs) {
  const { newId, stamp } = inputs;
  const person = (name: string) => inputs.stakeholders.find((stakeholder) => stakeholder.name === name);

  const baseline = assessmentFrom(inputs, {
    engagementId: inputs.baselineEngagementId,
    assessedOn: inputs.baselineOn,
    title: 'Community maturity baseline',
    rows: BASELINE_ROWS,
    summary: 'Nordlicht sits firmly at Hierarchy: energetic people, no shared plan, and channels run by an agency. The first year should name a leader, win a sponsor and agree the rules.',
  });
  const reassessment = assessmentFrom(inputs, {
    engagementId: inputs.kickoffEngagementId,
    assessedOn: inputs.currentOn,
    title: 'Community maturity reassessment',
    rows: REASSESSMENT_ROWS,
    written: REASSESSMENT_WRITTEN,
    summary: 'A year on, strategy, leadership, community management, policies and the tools have reached Emergent Community. Culture and measurement lag; the workshop disagreed most about culture.',
  });
  const participantRatings: ParticipantRating[] = REASSESSMENT_RATINGS.flatMap(([name, stages]) => {
    const rater = person(name);
    if (!rater) return [];
    return COMMUNITY_MATURITY_MODEL.competencies.map((competency, index) => ({
      id: newId(),
      participantId: rater.id,
      participantLabel: rater.name,
      competencyId: competency.id,
      stage: stages[index]!,
    }));
  });
  const assessments = [baseline, { ...reassessment, participantRatings }];

  const placement: TenStagePlacement = {
    ...newTenStagePlacement({ id: newId(), now: stamp, engagementId: inputs.kickoffEngagementId, assessedOn: inputs.currentOn, model: TEN_STAGES_MODEL }),
    notes: 'Listening and replies are in place since the Community Manager started; stage 4 waits for a review of negative and neutral sentiment.',
  };
  for (const indicator of INDICATORS_MET) placement.indicatorsMet[indicator] = true;

  const functionNames = inputs.functions.map((fn) => fn.name);
  const blank = newSocialBusinessAudit({ id: newId(), now: stamp, engagementId: inputs.kickoffEngagementId, assessedOn: inputs.currentOn, guide: SOCIAL_BUSINESS_AUDIT_GUIDE, functionNames });
  const audit: SocialBusinessAudit = {
    ...blank,
    entries: blank.entries.map((entry) => ({ ...entry, answers: { ...entry.answers, ...definedAnswers(AUDIT_ANSWERS[entry.functionName]) } })),
    coverage: COVERAGE.filter(([name]) => functionNames.includes(name)).flatMap(([functionName, groups]) => groups.map((stakeholderGroup) => ({ functionName, stakeholderGroup }))),
    summary: 'Customers hear from five departments that do not talk to each other; nobody engages ecosystem partners or vendors, and suppliers only through Product Development.',
  };

  const blankDiagnosis = newStageOneDiagnosis({ id: newId(), now: stamp, engagementId: inputs.kickoffEngagementId, assessedOn: inputs.currentOn, guide: STAGE_ONE_GUIDE });
  const diagnosis: StageOneDiagnosis = {
    ...blankDiagnosis,
    signs: Object.fromEntries(STAGE_ONE_GUIDE.signs.map((sign) => [sign.id, { observed: sign.id in SIGN_NOTES, note: SIGN_NOTES[sign.id] ?? '' }])),
    moves: blankDiagnosis.moves.map((move) => {
      const state = MOVES[move.moveId];
      if (!state) return move;
      const { owner, ...rest } = state;
      return { ...move, ...rest, ownerStakeholderId: owner === null ? null : (person(owner)?.id ?? null) };
    }),
    notes: 'Diagnosed at the kickoff; the moves are reviewed at every steering meeting.',
  };

  return { assessments, tenStagePlacements: [placement], audits: [audit], stageOneDiagnoses: [diagnosis] };
}

function definedAnswers(answers: Partial<Record<string, string>> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(answers ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
