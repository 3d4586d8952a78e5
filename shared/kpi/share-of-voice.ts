import { formatKpiValue, type Kpi, type Measurement, type SovPeriod } from './kpi-schema';

export const SHARE_OF_VOICE_RULE =
  'Share of voice is the organization’s mentions divided by its own plus all competitors’ mentions, as a percentage. With no mentions at all there is no share to compute; negative or non-numeric counts are refused.';

export type ShareOfVoiceResult =
  | { status: 'ok'; percent: number; total: number }
  | { status: 'no-mentions'; percent: null; reason: string }
  | { status: 'invalid'; percent: null; reason: string };

const validCount = (value: number) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Share of voice in percent (0–100) by SHARE_OF_VOICE_RULE; the reason says why there is none. */
export function shareOfVoice(own: number, competitors: readonly { name: string; mentions: number }[]): ShareOfVoiceResult {
  if (!validCount(own)) return { status: 'invalid', percent: null, reason: `Own mentions must be a number of zero or more, not ${String(own)}.` };
  const broken = competitors.find((competitor) => !validCount(competitor.mentions));
  if (broken) return { status: 'invalid', percent: null, reason: `Mentions of ${broken.name} must be a number of zero or more, not ${String(broken.mentions)}.` };
  const total = own + competitors.reduce((sum, competitor) => sum + competitor.mentions, 0);
  if (total === 0) return { status: 'no-mentions', percent: null, reason: 'Nobody mentioned the organization or its competitors in this period, so there is no share to compute.' };
  return { status: 'ok', percent: (own / total) * 100, total };
}

/** Every period of a share-of-voice KPI with its result, in date order, for the calculator table. */
export function sovByPeriod(kpi: Pick<Kpi, 'shareOfVoice'>): { period: SovPeriod; result: ShareOfVoiceResult }[] {
  return [...(kpi.shareOfVoice?.periods ?? [])]
    .sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0))
    .map((period) => ({ period, result: shareOfVoice(period.ownMentions, period.competitorMentions) }));
}

/**
 * One measurement per period that has a share (dated at the period's end, id = period id,
 * value rounded to hundredths of a percent); periods without mentions are skipped.
 */
export function sovMeasurements(kpi: Pick<Kpi, 'shareOfVoice'>): Measurement[] {
  return sovByPeriod(kpi).flatMap(({ period, result }) => {
    if (result.status !== 'ok') return [];
    const competitors = period.competitorMentions.map((competitor) => `${competitor.name} ${formatKpiValue(competitor.mentions, '')}`).join(', ');
    return [
      {
        id: period.id,
        date: period.endDate,
        value: Math.round(result.percent * 100) / 100,
        note: `${period.periodLabel}: ${formatKpiValue(period.ownMentions, '')} of ${formatKpiValue(result.total, '')} mentions${competitors ? ` (competitors: ${competitors})` : ''}`,
      },
    ];
  });
}

/** For a share-of-voice KPI the periods are the source of truth: its measurements are replaced by the derived ones. */
export function applySovMeasurements<T extends Pick<Kpi, 'shareOfVoice' | 'measurements'>>(kpi: T): T {
  return kpi.shareOfVoice === null ? kpi : { ...kpi, measurements: sovMeasurements(kpi) };
}
