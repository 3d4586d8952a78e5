import { z } from 'zod';
import { DateOnlySchema, IdSchema, TimestampSchema, entityFields, longText, shortText } from './common';
import { ORGANIZATION_SIZES, STAKEHOLDER_GROUPS } from './reference-lists';
import { AssessmentSchema } from '../assessment/assessment-schema';
import { SocialBusinessAuditSchema } from '../assessment/social-business-audit-schema';
import { StageOneDiagnosisSchema } from '../assessment/stage-one-diagnosis-schema';
import { TenStagePlacementSchema } from '../assessment/ten-stage-placement-schema';
import { FrameworkSchema } from '../frameworks/framework-schema';
import { InitiativeSchema } from '../roadmap/initiative-schema';
import { KpiSchema } from '../kpi/kpi-schema';
import { OrganizationSchema } from '../organization/organization-schema';
import { WorkshopSchema } from '../workshop/workshop-schema';

/** A department or business function the client has: from the reference list or custom. */
export const BusinessFunctionSchema = z.object({
  ...entityFields,
  name: shortText().min(1),
  custom: z.boolean(),
});
export type BusinessFunction = z.infer<typeof BusinessFunctionSchema>;

/** 1 (low) … 5 (high), used for influence and interest. */
export const ScaleSchema = z.int().min(1).max(5);

export const StakeholderSchema = z.object({
  ...entityFields,
  name: shortText().min(1),
  title: shortText(),
  /** The client's department (a BusinessFunction id), or null when outside any. */
  departmentId: IdSchema.nullable(),
  group: z.enum(STAKEHOLDER_GROUPS),
  influence: ScaleSchema,
  interest: ScaleSchema,
  isSponsor: z.boolean(),
  isChampion: z.boolean(),
  isCommunityLeader: z.boolean(),
  contactNotes: longText(),
});
export type Stakeholder = z.infer<typeof StakeholderSchema>;

export const ENGAGEMENT_STATUSES = ['planned', 'active', 'on-hold', 'completed'] as const;

/** A recommendation as the consultant kept it: derived by a rule (named) or their own. */
export const ReportRecommendationSchema = z.object({
  id: IdSchema,
  text: shortText(1_000).min(1, 'a recommendation needs some text'),
  /** Why it is on the list: the rule that ranked it, or that the consultant added it. */
  rule: shortText(1_000),
});
export type ReportRecommendation = z.infer<typeof ReportRecommendationSchema>;

export const REPORT_NARRATIVE_LIMITS = { recommendations: 10, headings: 40, headingChars: 200 } as const;

/**
 * The consultant's story for the report. Empty texts and a null list mean "use what Cairn
 * derives from the data"; anything written here wins over the derived text.
 */
export const ReportNarrativeSchema = z.object({
  situation: longText(),
  complication: longText(),
  resolution: longText(),
  /** Null until the consultant edits the derived list; then their list, in their order. */
  recommendations: z.array(ReportRecommendationSchema).max(REPORT_NARRATIVE_LIMITS.recommendations).nullable(),
  /** Section headings that state the message, by section id; missing ones are derived. */
  headings: z.record(z.string().max(60).regex(/^[a-z0-9-]+$/, 'is not a section name'), shortText(REPORT_NARRATIVE_LIMITS.headingChars)).refine((value) => Object.keys(value).length <= REPORT_NARRATIVE_LIMITS.headings, 'has too many headings'),
});
export type ReportNarrative = z.infer<typeof ReportNarrativeSchema>;

export const emptyReportNarrative = (): ReportNarrative => ({ situation: '', complication: '', resolution: '', recommendations: null, headings: {} });

/** One piece of work for a client, with a date range. Later capabilities hang their data here. */
export const EngagementSchema = z.object({
  ...entityFields,
  title: shortText().min(1),
  startDate: DateOnlySchema.nullable(),
  endDate: DateOnlySchema.nullable(),
  scope: longText(),
  /** The consultant's own words opening the report's executive summary. */
  executiveSummary: longText(),
  /**
   * Situation, complication, resolution, recommendations and message headings for the
   * report. Missing means nothing written yet (every file since schema version 5 has it).
   */
  reportNarrative: ReportNarrativeSchema.optional(),
  status: z.enum(ENGAGEMENT_STATUSES),
});
export type Engagement = z.infer<typeof EngagementSchema>;

export const ClientSchema = z.object({
  ...entityFields,
  name: shortText().min(1, 'a client needs a name'),
  industry: shortText(),
  size: z.enum(ORGANIZATION_SIZES),
  region: shortText(),
  notes: longText(),
  functions: z.array(BusinessFunctionSchema).max(500),
  stakeholders: z.array(StakeholderSchema).max(5_000),
  engagements: z.array(EngagementSchema).max(1_000),
  /** Maturity assessments over the years; each belongs to one of the engagements. */
  assessments: z.array(AssessmentSchema).max(1_000),
  /** Placements on the ten stages of social media business integration. */
  tenStagePlacements: z.array(TenStagePlacementSchema).max(1_000),
  audits: z.array(SocialBusinessAuditSchema).max(1_000),
  stageOneDiagnoses: z.array(StageOneDiagnosisSchema).max(1_000),
  /**
   * Custom frameworks this client's assessments use (copies, so the document stays
   * self-contained and an assessment can always be read with the version it used).
   * The consultant's framework library is the union of these across clients.
   */
  frameworks: z.array(FrameworkSchema).max(100),
  /** The roadmap: initiatives placed on the four phases, internal and external tracks. */
  initiatives: z.array(InitiativeSchema).max(5_000),
  /** The KPI plan, with measurements over time. */
  kpis: z.array(KpiSchema).max(1_000),
  /** Roles, the Social Media Committee, the operating model; null until first edited. */
  organization: OrganizationSchema.nullable(),
  /** On-site workshops with their agenda, notes, votes, decisions and actions. */
  workshops: z.array(WorkshopSchema).max(1_000),
  /** Set when archived (hidden from the active list, kept intact). */
  archivedAt: TimestampSchema.nullable(),
  /** Set when moved to the trash; emptying the trash removes the client. */
  deletedAt: TimestampSchema.nullable(),
});
export type Client = z.infer<typeof ClientSchema>;

/**
 * What the client list, its search, the archive and the trash need, without the whole
 * document: the workspace opens to these, and a client's document is read when it is opened.
 */
export type ClientSummary = Pick<Client, 'id' | 'name' | 'industry' | 'size' | 'region' | 'archivedAt' | 'deletedAt' | 'createdAt' | 'updatedAt'> & {
  stakeholderCount: number;
  engagementCount: number;
  assessmentCount: number;
};

export function summarizeClient(client: Client): ClientSummary {
  return {
    id: client.id,
    name: client.name,
    industry: client.industry,
    size: client.size,
    region: client.region,
    archivedAt: client.archivedAt,
    deletedAt: client.deletedAt,
    createdAt: client.createdAt,
    updatedAt: client.updatedAt,
    stakeholderCount: client.stakeholders.length,
    engagementCount: client.engagements.length,
    assessmentCount: client.assessments.length,
  };
}

/** The records of a client that has none yet (new clients, factories): everything but who it is. */
export function noMaturityRecords(): Pick<
  Client,
  'assessments' | 'tenStagePlacements' | 'audits' | 'stageOneDiagnoses' | 'frameworks' | 'initiatives' | 'kpis' | 'organization' | 'workshops'
> {
  return {
    assessments: [],
    tenStagePlacements: [],
    audits: [],
    stageOneDiagnoses: [],
    frameworks: [],
    initiatives: [],
    kpis: [],
    organization: null,
    workshops: [],
  };
}
