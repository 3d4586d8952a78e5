import type { StageIndicatorModel } from '../stage-indicator-model-schema';

/**
 * Brian Solis's ten stages of social media business integration, as adapted in "Be a
 * Person" (seed 002). Stage names are the model's; summaries and indicators are Cairn's
 * own wording, each something a consultant can confirm or rule out on site. Indicator
 * ids are stored in placements: never rename one, add a new id instead.
 */
export const TEN_STAGES_MODEL_ID = 'ten-stages';

export const TEN_STAGES_MODEL = {
  id: TEN_STAGES_MODEL_ID,
  version: '1.0.0',
  name: 'Ten stages of social media business integration',
  source: 'Brian Solis, The 10 Stages of Social Media Business Integration, as adapted in "Be a Person"',
  stages: [
    {
      id: 'observe-report',
      level: 1,
      name: 'Observe and Report',
      alias: 'Social media listening',
      summary: 'The organization follows what is said about it online and passes it on to management.',
      indicators: [
        { id: 'ts1-monitors-mentions', text: 'Someone checks mentions of the brand, products or leaders on social channels.' },
        { id: 'ts1-reports-to-management', text: 'What is heard is reported to management on a regular schedule.' },
        { id: 'ts1-listening-routine', text: 'A listening tool or a written search routine is in place.' },
      ],
    },
    {
      id: 'setting-stage',
      level: 2,
      name: 'Setting the Stage + Dress Rehearsal',
      alias: 'Building a presence',
      summary: 'Official accounts are opened where the audiences are, and the first audience numbers are counted and targeted.',
      indicators: [
        { id: 'ts2-official-accounts', text: 'The organization holds official accounts on the platforms its audiences use.' },
        { id: 'ts2-tracks-followers', text: 'Follower or fan counts are recorded over time.' },
        { id: 'ts2-growth-targets', text: 'Targets for audience growth are written down.' },
      ],
    },
    {
      id: 'socializing-media',
      level: 3,
      name: 'Socializing Media',
      alias: 'Joining the conversation',
      summary: 'The organization starts talking with its community, notices how people react and adjusts what it does.',
      indicators: [
        { id: 'ts3-replies', text: 'Posts and comments from the community get replies, not only likes.' },
        { id: 'ts3-supporters-known', text: 'Supporters and frequent contributors are known by name.' },
        { id: 'ts3-tracks-conversation', text: 'Conversations, mentions, sentiment, traffic and reach are tracked, not only follower counts.' },
        { id: 'ts3-feedback-changes-posts', text: 'Community reactions have changed what or how the organization posts.' },
      ],
    },
    {
      id: 'finding-voice',
      level: 4,
      name: 'Finding a Voice and a Sense of Purpose',
      alias: 'Focusing on what works',
      summary: 'The organization understands what its community cares about and concentrates on the channels that prove useful.',
      indicators: [
        { id: 'ts4-negative-neutral', text: 'Negative and neutral comments are tracked and read, not only praise.' },
        { id: 'ts4-trends-reviewed', text: 'Trends in responses and behaviour are reviewed over months, not only per post.' },
        { id: 'ts4-channels-focused', text: 'Effort has moved to the channels that work, and weak ones were paused or closed.' },
        { id: 'ts4-ideas-adopted', text: 'Ideas from the community have found their way into plans.' },
      ],
    },
    {
      id: 'words-into-actions',
      level: 5,
      name: 'Turning Words Into Actions',
      alias: 'Communicating with purpose',
      summary: 'Communication becomes deliberate and empathetic: the organization knows its community and acts on what it hears.',
      indicators: [
        { id: 'ts5-needs-documented', text: 'The community’s challenges, goals and options are written down, for example as personas.' },
        { id: 'ts5-planned-messages', text: 'Messages are planned with the likely community reaction in mind.' },
        { id: 'ts5-input-to-action', text: 'There are recent cases where community input led to a concrete change.' },
      ],
    },
    {
      id: 'humanizing',
      level: 6,
      name: 'Humanizing the Organization and Defining the Experience',
      alias: 'Be a person, not an organization',
      summary: 'Employees speak for the organization in their own voice, advocates carry its story, and the newcomer experience is designed.',
      indicators: [
        { id: 'ts6-employees-speak', text: 'Employees outside the social team may speak for the organization under their own name.' },
        { id: 'ts6-signed-responses', text: 'Replies are signed by a person rather than by a logo.' },
        { id: 'ts6-advocates-share', text: 'Customers or fans retell the organization’s story on their own initiative.' },
        { id: 'ts6-newcomer-experience', text: 'The first experience of new members, prospects and influencers has been deliberately designed.' },
      ],
    },
    {
      id: 'community',
      level: 7,
      name: 'Community',
      alias: 'Building community',
      summary: 'The organization builds communities on purpose, inviting the right participants and future ambassadors, and earns their loyalty.',
      indicators: [
        { id: 'ts7-owned-community', text: 'At least one community with a stated purpose is run and moderated by the organization.' },
        { id: 'ts7-ambassadors-recruited', text: 'Likely ambassadors are sought out, invited and supported.' },
        { id: 'ts7-members-help-members', text: 'Members answer each other’s questions without staff stepping in.' },
        { id: 'ts7-loyalty-tracked', text: 'Member loyalty and advocacy are tracked over time.' },
      ],
    },
    {
      id: 'social-darwinism',
      level: 8,
      name: 'Social Darwinism',
      alias: 'Adapting from the inside',
      summary: 'Internal collaboration keeps pace with external engagement, and products, services and policies adapt to what is learned.',
      indicators: [
        { id: 'ts8-internal-platform', text: 'Employees collaborate across departments on an internal social platform.' },
        { id: 'ts8-insight-route', text: 'Insights from outside communities reach product, service or policy owners by a known route.' },
        { id: 'ts8-change-from-feedback', text: 'A product, service or policy changed because of community feedback in the past year.' },
        { id: 'ts8-internal-evangelists', text: 'Evangelists in several departments coordinate how the organization responds.' },
      ],
    },
    {
      id: 'socialized-processes',
      level: 9,
      name: 'The Socialization of Business Processes',
      alias: 'Social workflow and social CRM',
      summary: 'Several departments build social into their daily workflows, supported by shared infrastructure and social CRM.',
      indicators: [
        { id: 'ts9-social-crm', text: 'Social interactions are recorded in a CRM or case system.' },
        { id: 'ts9-routed-requests', text: 'Two or more departments have workflows that route social requests to the right people.' },
        { id: 'ts9-supported-infrastructure', text: 'Routing, approvals and hand-overs for social work run on supported infrastructure.' },
        { id: 'ts9-input-on-merit', text: 'Input from community members is weighed on its merit, not on the rank of whoever gave it.' },
      ],
    },
    {
      id: 'performance-metrics',
      level: 10,
      name: 'Business Performance Metrics',
      alias: 'Measuring the business, socially',
      summary: 'The organization’s own performance measures change to include social, and social data guides business decisions.',
      indicators: [
        { id: 'ts10-in-business-reports', text: 'Social and community measures appear in regular business performance reports.' },
        { id: 'ts10-linked-outcomes', text: 'Social data is linked to outcomes such as revenue, retention or cost to serve.' },
        { id: 'ts10-decisions-from-insight', text: 'Leaders use social insight to spot opportunities and decide what to do.' },
      ],
    },
  ],
} satisfies StageIndicatorModel;
