import { z } from 'zod';
import { IdSchema } from '../domain/common';

/**
 * What the consultant can ask Cairn to hand the client. The section lists are the order
 * the sections appear in; the builders, the export dialog's picker and the CLI share them.
 */
export const WORKBOOK_SHEETS = [
  'summary',
  'dashboard',
  'stakeholders',
  'assessment',
  'ratings',
  'ten-stages',
  'audit',
  'gaps',
  'roadmap',
  'initiatives',
  'kpis',
  'kpi-measurements',
  'workshops',
  'decisions',
  'actions',
] as const;
export type WorkbookSheet = (typeof WORKBOOK_SHEETS)[number];

/**
 * The cover and contents always come first; these are the sections one can leave out. The
 * body comes first; REPORT_APPENDIX_SECTIONS (initiative cards, workshop notes, the full
 * action register, method) close the report, so a long engagement's body stays short.
 */
export const REPORT_SECTIONS = [
  'executive-summary',
  'maturity',
  'findings',
  'gaps',
  'ten-stages',
  'stage-one',
  'audit',
  'stakeholders',
  'organization',
  'roadmap',
  'kpis',
  'workshops',
  'actions',
  'initiatives',
  'workshop-notes',
  'action-register',
  'method',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The sections printed as the appendix, after the body. */
export const REPORT_APPENDIX_SECTIONS: readonly ReportSection[] = ['initiatives', 'workshop-notes', 'action-register', 'method'];

export const DELIVERABLE_KINDS = ['workbook', 'report', 'agenda'] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];

/** File extension of each kind's output. */
export const DELIVERABLE_EXTENSION: Record<DeliverableKind, 'xlsx' | 'pdf'> = { workbook: 'xlsx', report: 'pdf', agenda: 'pdf' };

export const DeliverableRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('workbook'),
      clientId: IdSchema,
      /** Null: everything the client has, across engagements. */
      engagementId: IdSchema.nullable(),
      sections: z.array(z.enum(WORKBOOK_SHEETS)).min(1).max(WORKBOOK_SHEETS.length),
    })
    .strict(),
  z
    .object({
      kind: z.literal('report'),
      clientId: IdSchema,
      engagementId: IdSchema.nullable(),
      sections: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length),
    })
    .strict(),
  z
    .object({
      kind: z.literal('agenda'),
      clientId: IdSchema,
      workshopId: IdSchema,
    })
    .strict(),
]);
export type DeliverableRequest = z.infer<typeof DeliverableRequestSchema>;
