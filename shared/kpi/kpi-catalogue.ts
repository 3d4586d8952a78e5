import { z } from 'zod';
import { IdSchema, shortText } from '../domain/common';
import { KPI_CATEGORIES, KPI_DIRECTIONS, type Kpi } from './kpi-schema';

/**
 * A ready-made KPI: the measures seed 003 suggests (brand advocacy, dialog, company
 * support, innovation) and the reach metrics of seed 002's stage 3, each defined in
 * Cairn's own words with a formula a client's analyst can reproduce.
 */
export const KpiCatalogueEntrySchema = z.object({
  id: IdSchema,
  category: z.enum(KPI_CATEGORIES),
  name: shortText(120).min(1),
  definition: shortText(400).min(1),
  formula: shortText(400).min(1),
  unit: shortText(40),
  direction: z.enum(KPI_DIRECTIONS),
  dataSource: shortText(200).min(1),
  competencyIds: z.array(IdSchema).min(1),
});
export type KpiCatalogueEntry = z.infer<typeof KpiCatalogueEntrySchema>;

export const SHARE_OF_VOICE_KPI_ID = 'share-of-voice';

export const KPI_CATALOGUE: readonly KpiCatalogueEntry[] = [
  { id: 'member-reshares', category: 'brand-advocacy', name: 'Re-shares by members',
    definition: 'How often members pass the organization’s posts on to their own networks, a sign of loyalty.',
    formula: 'Count of re-shares, reposts or forwards of the organization’s posts by members in the period', unit: 're-shares', direction: 'higher-is-better',
    dataSource: 'Analytics of the owned social accounts and communities', competencyIds: ['metrics-measurement', 'community-management', 'content-programming'] },
  { id: 'brand-mentions', category: 'brand-advocacy', name: 'Brand mentions',
    definition: 'How often people name the brand, its products or its people in public conversation.',
    formula: 'Count of public posts containing the tracked brand terms in the period', unit: 'mentions', direction: 'higher-is-better',
    dataSource: 'Listening tool', competencyIds: ['metrics-measurement', 'content-programming'] },
  { id: SHARE_OF_VOICE_KPI_ID, category: 'dialog', name: 'Share of voice',
    definition: 'The part of the conversation in the market that is about the organization rather than its competitors.',
    formula: 'Own mentions ÷ (own mentions + competitors’ mentions) × 100', unit: '%', direction: 'higher-is-better',
    dataSource: 'Listening tool, same terms and channels for every brand', competencyIds: ['metrics-measurement', 'strategy'] },
  { id: 'engagement-duration', category: 'dialog', name: 'Engagement duration',
    definition: 'How long people stay with the organization’s content or conversations once they arrive.',
    formula: 'Total time spent ÷ number of visits or conversation threads in the period', unit: 'minutes', direction: 'higher-is-better',
    dataSource: 'Web and community platform analytics', competencyIds: ['metrics-measurement', 'community-management', 'content-programming'] },
  { id: 'resolution-rate', category: 'company-support', name: 'Resolution rate',
    definition: 'The share of support requests raised in social channels that end up solved.',
    formula: 'Requests resolved ÷ requests raised in the period × 100', unit: '%', direction: 'higher-is-better',
    dataSource: 'Social customer service inbox or CRM', competencyIds: ['metrics-measurement', 'community-management'] },
  { id: 'resolution-time', category: 'company-support', name: 'Resolution time',
    definition: 'How long a customer waits between raising a problem in a social channel and having it solved.',
    formula: 'Median hours from the first post to resolution, over requests closed in the period', unit: 'hours', direction: 'lower-is-better',
    dataSource: 'Social customer service inbox or CRM', competencyIds: ['metrics-measurement', 'community-management', 'tools'] },
  { id: 'trends-captured', category: 'innovation', name: 'Trends captured',
    definition: 'Customer or market trends noticed through listening and communities and handed to someone in the business.',
    formula: 'Count of trends logged with an owner in the period', unit: 'trends', direction: 'higher-is-better',
    dataSource: 'Listening reports and the trend log', competencyIds: ['metrics-measurement', 'strategy'] },
  { id: 'innovations-generated', category: 'innovation', name: 'Innovations generated',
    definition: 'Changes to products, services or processes that started from a community idea or piece of feedback.',
    formula: 'Count of changes adopted in the period whose origin is a community contribution', unit: 'innovations', direction: 'higher-is-better',
    dataSource: 'Idea or innovation log', competencyIds: ['metrics-measurement', 'strategy', 'community-management'] },
  { id: 'followers', category: 'reach', name: 'Followers',
    definition: 'People who follow the organization’s social accounts, across all of them.',
    formula: 'Sum of followers of the owned accounts on the last day of the period', unit: 'followers', direction: 'higher-is-better',
    dataSource: 'Platform analytics', competencyIds: ['metrics-measurement', 'content-programming'] },
  { id: 'conversations', category: 'reach', name: 'Conversations',
    definition: 'Threads in which the organization actually took part rather than only broadcast.',
    formula: 'Count of threads with at least one reply from the organization in the period', unit: 'conversations', direction: 'higher-is-better',
    dataSource: 'Platform analytics and the social inbox', competencyIds: ['metrics-measurement', 'community-management'] },
  { id: 'net-sentiment', category: 'reach', name: 'Sentiment',
    definition: 'Whether what people say about the organization leans positive or negative; neutral mentions count in the total.',
    formula: '(Positive mentions − negative mentions) ÷ all mentions × 100, from −100 to +100', unit: 'points', direction: 'higher-is-better',
    dataSource: 'Listening tool with sentiment scoring, spot-checked by hand', competencyIds: ['metrics-measurement'] },
  { id: 'account-mentions', category: 'reach', name: 'Mentions',
    definition: 'Times people tag or address the organization’s accounts directly.',
    formula: 'Count of @-mentions and tags of the owned accounts in the period', unit: 'mentions', direction: 'higher-is-better',
    dataSource: 'Platform analytics', competencyIds: ['metrics-measurement', 'community-management'] },
  { id: 'social-traffic', category: 'reach', name: 'Traffic',
    definition: 'Visits to the organization’s own websites that arrive from social channels.',
    formula: 'Sessions referred by social platforms in the period', unit: 'visits', direction: 'higher-is-better',
    dataSource: 'Web analytics', competencyIds: ['metrics-measurement', 'tools'] },
];

export const catalogueEntry = (id: string): KpiCatalogueEntry | undefined => KPI_CATALOGUE.find((entry) => entry.id === id);

/**
 * A new KPI from a catalogue entry; baseline, target, owner and links are for the
 * consultant to fill in. Id and timestamp are passed in (no clock in shared code).
 */
export function kpiFromCatalogue(entry: KpiCatalogueEntry, fields: { id: string; now: string }): Kpi {
  return {
    id: fields.id,
    createdAt: fields.now,
    updatedAt: fields.now,
    catalogueId: entry.id,
    name: entry.name,
    definition: entry.definition,
    formula: entry.formula,
    unit: entry.unit,
    direction: entry.direction,
    baseline: { value: null, date: null },
    target: { value: null, date: null },
    ownerStakeholderId: null,
    dataSource: entry.dataSource,
    initiativeIds: [],
    competencyIds: [...entry.competencyIds],
    measurements: [],
    shareOfVoice: entry.id === SHARE_OF_VOICE_KPI_ID ? { periods: [] } : null,
  };
}
