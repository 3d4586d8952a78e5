import { COMMUNITY_MATURITY_MODEL } from '../../../frameworks/builtin';
import { timingLabel } from '../../../roadmap/calendar';
import { INITIATIVE_STATUS_LABELS, OBJECTIVES, TRACK_LABELS, phaseOf } from '../../../roadmap/roadmap-reference';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { INK, MUTED, RULE, paragraphs, labelSpacing } from '../report-style';
import { nothingYet, sectionHeading, type ReportContext } from '../report-context';
import { byBoard } from './roadmap';

export function initiativesSection(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'initiatives');
  const initiatives = [...ctx.scope.initiatives].sort(byBoard);
  if (initiatives.length === 0) return [...head, nothingYet('No initiatives have been recorded yet.')];
  const framework = ctx.assessment?.framework ?? COMMUNITY_MATURITY_MODEL;
  const competencyName = new Map(framework.competencies.map((competency) => [competency.id, competency.name]));
  const kpiName = new Map(ctx.client.kpis.map((kpi) => [kpi.id, kpi.name]));
  const titles = new Map(ctx.client.initiatives.map((item) => [item.id, item.title]));
  // One text node per field (label over value): 300 initiatives make 2,400 of them.
  const field = (label: string, value: string): PdfNode => ({
    text: [{ text: `${label.toUpperCase()}\n`, fontSize: 7.5, color: MUTED, characterSpacing: labelSpacing(7.5) }, { text: value || '–' }],
    style: 'td',
  });
  return [
    ...head,
    ...initiatives.map((item): PdfNode => {
      const owner = item.ownerStakeholderId ? (ctx.stakeholderNames.get(item.ownerStakeholderId) ?? '') : (item.ownerRole ?? '');
      const timing = item.start || item.end ? `${timingLabel(item.start)} – ${timingLabel(item.end)}` : 'Not scheduled';
      const grid: PdfNode[][] = [
        [field('Status', INITIATIVE_STATUS_LABELS[item.status]), field('Owner', owner), field('Timing', timing), field('Impact / effort', `${item.impact} / ${item.effort}`)],
        [
          field('Objective', item.objective ? OBJECTIVES[item.objective].name : ''),
          field('Competencies', item.competencyIds.map((id) => competencyName.get(id) ?? id).join(', ')),
          field('KPIs', item.kpiIds.flatMap((id) => kpiName.get(id) ?? []).join(', ')),
          field('Depends on', item.dependsOn.flatMap((id) => titles.get(id) ?? []).join(', ')),
        ],
      ];
      return {
        unbreakable: true,
        margin: [0, 0, 0, 14],
        stack: [
          { text: `PHASE ${phaseOf(item.phase).number} · ${TRACK_LABELS[item.track].toUpperCase()}${item.pilot.isPilot ? ' · PILOT' : ''}`, style: 'kicker', margin: [0, 6, 0, 2] },
          { text: item.title, fontSize: 12, bold: true, color: INK, margin: [0, 0, 0, 4] },
          ...paragraphs(item.description),
          {
            table: { widths: ['*', '*', '*', '*'], body: grid },
            layout: { hLineWidth: (index) => (index === 0 || index === 2 ? 0.5 : 0), vLineWidth: () => 0, hLineColor: () => RULE, paddingLeft: () => 0, paddingRight: () => 8, paddingTop: () => 5, paddingBottom: () => 5 },
          },
          ...(item.notes.trim() ? [{ text: item.notes.trim(), style: 'note' } as PdfNode] : []),
        ],
      };
    }),
  ];
}
