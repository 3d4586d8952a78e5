/**
 * How social work can be organized (seed 003) and what a community manager needs from
 * the organization to do the job (seeds 001 and 004), in Cairn's own words. Ids are
 * stored; labels and descriptions may be reworded.
 */

export const OPERATING_MODELS = ['central', 'center-of-excellence', 'hybrid'] as const;
export type OperatingModel = (typeof OPERATING_MODELS)[number];

export const OPERATING_MODEL_INFO: Record<OperatingModel, { name: string; description: string }> = {
  central: {
    name: 'Central',
    description: 'One corporate team plans and runs social work for every brand and function, which keeps the voice consistent but can slow local teams down.',
  },
  'center-of-excellence': {
    name: 'Center of Excellence',
    description: 'A small expert team sets standards and coaches brand and business-unit teams, who run their own social work and are free to try new things.',
  },
  hybrid: {
    name: 'Hybrid',
    description: 'Some work stays central, such as governance, listening and crisis response, while brand teams run day-to-day engagement with coaching from the center.',
  },
};

export interface SupportItemDefinition {
  id: string;
  label: string;
  /** What "met" looks like, so the room judges the same thing. */
  hint: string;
}

/** What a community manager needs from the organization; without it the role stalls. */
export const COMMUNITY_MANAGER_SUPPORT: readonly SupportItemDefinition[] = [
  { id: 'cross-department-mandate', label: 'A mandate that crosses departments', hint: 'The role is recognised as spanning the organization, not as a marketing job, and other departments know to work with it.' },
  { id: 'dedicated-time', label: 'Dedicated time and resources', hint: 'The community manager is an experienced internal person whose time is assigned to the role, with people to share the load as it grows.' },
  { id: 'executive-access', label: 'Access to executives', hint: 'There is a direct line to a sponsor who listens, decides and removes obstacles.' },
  { id: 'tools-and-budget', label: 'Tools and budget', hint: 'Platforms, listening and analytics tools are paid for, and there is a budget the role can spend.' },
  { id: 'feedback-loops', label: 'Feedback loops with internal teams', hint: 'What customers and employees say reaches product, service and other teams, and their answers come back.' },
  { id: 'training', label: 'Training', hint: 'The community manager and the teams working alongside get training in tools, community practice and change management.' },
];
