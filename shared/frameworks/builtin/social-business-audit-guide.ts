import { BUSINESS_FUNCTIONS, STAKEHOLDER_GROUPS, STAKEHOLDER_GROUP_LABELS } from '../../domain/reference-lists';
import type { AuditGuide } from '../audit-guide-schema';

/**
 * The social business audit (seed 000): the same questions put to every business
 * function, an inventory that also starts aligning the organization. The questions are
 * Cairn's wording of the seed's; the lists of functions and stakeholder groups are the
 * shared reference lists, re-exported so the audit screen imports one module.
 */
export const SOCIAL_BUSINESS_AUDIT_GUIDE = {
  id: 'social-business-audit',
  name: 'Social business audit',
  source: 'The Community Roundtable, State of Community Management 2012 (social business audit or gap analysis)',
  questions: [
    { id: 'who-uses', question: 'Who in this function uses social channels or communities?', hint: 'Teams, roles, named people, and any agency working on their behalf.' },
    { id: 'how-used', question: 'How do they use them?', hint: 'Which platforms, how often, and whether they mostly listen, broadcast or converse.' },
    { id: 'used-for', question: 'What do they use them for?', hint: 'The tasks and goals: answering customers, recruiting, launches, research…' },
    { id: 'missing', question: 'What is missing or getting in the way?', hint: 'Skills, time, tools, permissions, budget, support from management.' },
    { id: 'fit-with-goals', question: 'How does today’s activity fit the organization’s wider goals?', hint: 'Name the corporate goal each activity serves, or note that it serves none.' },
    {
      id: 'untapped-uses',
      question: 'What could social do here that it does not do today, and why would that help the business?',
      hint: 'An opportunity and the business benefit it would bring.',
    },
    { id: 'community-potential', question: 'How could communities serve this function best?', hint: 'Which people a community would bring together, and what they would do there.' },
    { id: 'initiatives-needed', question: 'Which initiatives would it take to get there?', hint: 'Candidate roadmap items, each with a likely owner.' },
  ],
} satisfies AuditGuide;

export const AUDIT_BUSINESS_FUNCTIONS = BUSINESS_FUNCTIONS;
export const AUDIT_STAKEHOLDER_GROUPS = STAKEHOLDER_GROUPS;
export const AUDIT_STAKEHOLDER_GROUP_LABELS = STAKEHOLDER_GROUP_LABELS;
