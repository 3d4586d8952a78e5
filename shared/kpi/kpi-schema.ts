import { z } from 'zod';
import { DateOnlySchema, IdSchema, entityFields, longText, shortText } from '../domain/common';
import { formatNumber, formatPercent } from '../format/format';

/** Whether a rising number is good news (followers) or bad news (resolution time). */
export const KPI_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export const KPI_CATEGORIES = ['brand-advocacy', 'dialog', 'company-support', 'innovation', 'reach'] as const;
export type KpiCategory = (typeof KPI_CATEGORIES)[number];

export const KPI_CATEGORY_LABELS: Record<KpiCategory, string> = {
  'brand-advocacy': 'Brand advocacy',
  dialog: 'Dialog',
  'company-support': 'Company support',
  innovation: 'Innovation',
  reach: 'Reach',
};

/** A value with the day it was (or should be) true; either part may still be unknown. */
export const DatedValueSchema = z.object({
  value: z.number().nullable(),
  date: DateOnlySchema.nullable(),
});
export type DatedValue = z.infer<typeof DatedValueSchema>;

/** One reading of a KPI. zod 4 numbers are finite, so NaN and Infinity never get stored. */
export const MeasurementSchema = z.object({
  id: IdSchema,
  date: DateOnlySchema,
  value: z.number(),
  note: shortText(1_000),
});
export type Measurement = z.infer<typeof MeasurementSchema>;

/** A count of mentions from a listening tool: zero or more, never negative. */
export const MentionCountSchema = z.number().min(0, 'mentions cannot be negative');

/** Own and competitors' mentions over one period, the input of the share-of-voice calculator. */
export const SovPeriodSchema = z.object({
  id: IdSchema,
  periodLabel: shortText(80).min(1),
  endDate: DateOnlySchema,
  ownMentions: MentionCountSchema,
  competitorMentions: z.array(z.object({ name: shortText(120).min(1), mentions: MentionCountSchema })).max(50),
});
export type SovPeriod = z.infer<typeof SovPeriodSchema>;

export const ShareOfVoiceInputsSchema = z.object({
  periods: z.array(SovPeriodSchema).max(1_000),
});
export type ShareOfVoiceInputs = z.infer<typeof ShareOfVoiceInputsSchema>;

/**
 * A KPI in the client's measurement plan: from the catalogue (`catalogueId`) or custom.
 * When `shareOfVoice` is set, the measurements are derived from its periods (see
 * applySovMeasurements) rather than typed in.
 */
export const KpiSchema = z.object({
  ...entityFields,
  catalogueId: IdSchema.nullable(),
  name: shortText().min(1, 'a KPI needs a name'),
  definition: longText(),
  formula: shortText(1_000),
  unit: shortText(40),
  direction: z.enum(KPI_DIRECTIONS),
  baseline: DatedValueSchema,
  target: DatedValueSchema,
  ownerStakeholderId: IdSchema.nullable(),
  dataSource: shortText(300),
  initiativeIds: z.array(IdSchema).max(1_000),
  competencyIds: z.array(IdSchema).max(100),
  measurements: z.array(MeasurementSchema).max(10_000),
  shareOfVoice: ShareOfVoiceInputsSchema.nullable(),
});
export type Kpi = z.infer<typeof KpiSchema>;

/**
 * A value with its unit: "42%", "3.46 hours", "1200 visits". Given a locale, the number is
 * written in its way with digit grouping ("42,000 followers" in en-GB, "42.000" in en-DE)
 * and a % unit (percentage points) in the locale's percent style ("23.2%", "23,2 %").
 */
export function formatKpiValue(value: number, unit: string, locale?: string): string {
  const trimmed = unit.trim();
  if (locale !== undefined) {
    if (trimmed === '%') return formatPercent(value / 100, locale, 1);
    const grouped = formatNumber(value, locale, 2);
    return trimmed === '' ? grouped : `${grouped} ${trimmed}`;
  }
  // Rounding to hundredths would overflow for huge values, which need no rounding anyway.
  const rounded = Math.round(value * 100) / 100;
  const shown = String(Number.isFinite(rounded) ? rounded : value);
  return trimmed === '' ? shown : trimmed === '%' ? `${shown}%` : `${shown} ${trimmed}`;
}
