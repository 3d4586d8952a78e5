/**
 * Reference lists from the domain (business functions, stakeholder groups, roles).
 * Labels are what the consultant sees; keys are what is stored.
 */

export const BUSINESS_FUNCTIONS = [
  'Advertising & Promotions',
  'Public Relations',
  'Customer Service',
  'Marketing Research',
  'Sales & Commerce',
  'Product Development',
  'Internal Communications',
  'Recruitment / Human Resources',
  'Marketing',
] as const;

export const STAKEHOLDER_GROUPS = [
  'prospects',
  'customers',
  'web-influencers',
  'ecosystem-partners',
  'vendors',
  'suppliers',
  'employees',
  'media',
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

export const STAKEHOLDER_GROUP_LABELS: Record<StakeholderGroup, string> = {
  prospects: 'Prospects',
  customers: 'Customers',
  'web-influencers': 'Web influencers',
  'ecosystem-partners': 'Ecosystem partners',
  vendors: 'Vendors',
  suppliers: 'Suppliers',
  employees: 'Employees',
  media: 'Media',
};

export const ROLES = [
  'Chief Digital Officer',
  'Social Media Strategist',
  'Content Strategist',
  'Community Manager',
  'Data Analyst',
] as const;

export const ORGANIZATION_SIZES = ['', '1–49', '50–249', '250–999', '1,000–4,999', '5,000–19,999', '20,000+'] as const;
export type OrganizationSize = (typeof ORGANIZATION_SIZES)[number];
