import type { Assessment, Confidence } from '../../assessment/assessment-schema';
import type { Client } from '../../domain/client';
import type { Framework } from '../../frameworks/framework-schema';
import { kpiStatus, type KpiStatus } from '../../kpi/kpi-status';
import type { Kpi } from '../../kpi/kpi-schema';
import type { Initiative } from '../../roadmap/initiative-schema';
import { competencyRows } from '../../scoring/competency-rows';
import { consensusByCompetency, type Consensus } from '../../scoring/consensus';
import { counted, countWord } from './editorial';

export interface CompetencyFindingPage {
  competencyId: string;
  name: string;
  description: string;
  notApplicable: boolean;
  current: { level: number; name: string; descriptor: string } | null;
  target: { level: number; name: string; descriptor: string } | null;
  gap: number | null;
  evidence: string;
  confidence: Confidence | null;
  consensus: Consensus | null;
  /** Change in current stage since the previous assessment on the same framework. */
  change: { previousOn: string; before: number | null; after: number | null; delta: number | null } | null;
  finding: { text: string; draft: boolean };
  recommendation: { text: string; draft: boolean };
  initiatives: Pick<Initiative, 'id' | 'title' | 'status' | 'phase'>[];
  kpis: { id: string; name: string; status: KpiStatus }[];
}

const STATUS_ORDER = { 'in-progress': 0, planned: 1, idea: 2, done: 3, dropped: 4 } as const;
/** Work still to do first (in progress, planned, idea), then done; by impact within each. */
const openFirst = (a: Initiative, b: Initiative) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.impact - a.impact || a.order - b.order;

type StageLike = { level: number; name: string; descriptor: string };

function stageOf(framework: Framework, competencyId: string, level: number | null): StageLike | null {
  if (level === null) return null;
  const stage = framework.stages.find((candidate) => candidate.level === level);
  const competency = framework.competencies.find((candidate) => candidate.id === competencyId);
  if (!stage) return null;
  return { level, name: stage.name, descriptor: (competency && stage ? competency.descriptors[stage.id] : '') ?? '' };
}

const stageText = (stage: StageLike) => `stage ${stage.level} (${stage.name})`;

/** What Cairn drafts as the finding: where it stands, how far from target, how sure, what moved. */
export function draftFinding(page: Omit<CompetencyFindingPage, 'finding' | 'recommendation'>): string {
  if (page.notApplicable) return `${page.name} is out of scope for this assessment.`;
  if (!page.current) return `${page.name} has not been rated yet.`;
  const parts = [`${page.name} stands at ${stageText(page.current)}`];
  if (page.target && page.gap !== null) {
    parts[0] += page.gap > 0 ? `, ${counted(page.gap, 'stage')} short of the target, ${stageText(page.target)}.` : page.gap === 0 ? ', its target.' : `, beyond its target of stage ${page.target.level}.`;
  } else parts[0] += '; no target has been agreed.';
  const consensus = page.consensus;
  if (consensus && consensus.raters > 1 && consensus.spread !== null) {
    const low = consensus.distribution.find((entry) => entry.count > 0)!.level;
    const high = [...consensus.distribution].reverse().find((entry) => entry.count > 0)!.level;
    parts.push(
      consensus.disagreement
        ? `The ${countWord(consensus.raters)} participants disagree: their ratings run from stage ${low} to ${high}.`
        : low === high
          ? `All ${countWord(consensus.raters)} participants rated it stage ${low}.`
          : `The ${countWord(consensus.raters)} participants broadly agree (stages ${low} to ${high}).`,
    );
  }
  if (page.change && page.change.delta !== null) {
    parts.push(page.change.delta === 0 ? 'It has not moved since the previous assessment.' : `It has moved ${page.change.delta > 0 ? 'up' : 'down'} ${counted(Math.abs(page.change.delta), 'stage')} since the previous assessment.`);
  }
  if (page.confidence) parts.push(`The evidence gives ${page.confidence} confidence.`);
  return parts.join(' ');
}

/** What Cairn drafts as the recommendation: the next stage to reach and what carries it. */
export function draftRecommendation(page: Omit<CompetencyFindingPage, 'finding' | 'recommendation'>): string {
  if (page.notApplicable || !page.current) return '';
  if (page.gap === null || page.gap <= 0) return `Hold ${stageText(page.current)}: keep the practices that got ${page.name} here and check them at the next assessment.`;
  const open = page.initiatives.filter((item) => item.status !== 'done' && item.status !== 'dropped');
  const next = page.target && page.current.level + 1 === page.target.level ? page.target : null;
  const aim = `Aim for stage ${page.current.level + 1} next${next?.descriptor ? `: ${next.descriptor.replace(/\.$/, '')}` : ''}.`;
  if (open.length === 0) return `${aim} No open initiative on the roadmap lifts ${page.name} yet; add one.`;
  return `${aim} ${open.length === 1 ? `“${open[0]!.title}” carries it.` : `“${open[0]!.title}” and ${counted(open.length - 1, 'other initiative')} carry it.`}`;
}

/**
 * One findings page per competency of the framework, in framework order: stages with
 * their descriptors, evidence, confidence, the participants' spread, the change since
 * `previous`, the consultant's finding and recommendation (or Cairn's draft, marked as
 * such) and the initiatives and KPIs linked to the competency.
 */
export function competencyFindingPages(
  assessment: Assessment,
  framework: Framework,
  previous: Assessment | null,
  initiatives: readonly Initiative[],
  kpis: readonly Kpi[],
): CompetencyFindingPage[] {
  const consensus = new Map(consensusByCompetency(assessment.participantRatings, framework).map((entry) => [entry.competencyId, entry]));
  const before = previous ? new Map(competencyRows(previous, framework).map((row) => [row.competency.id, row])) : null;
  return competencyRows(assessment, framework).map((row) => {
    const id = row.competency.id;
    const earlier = before?.get(id);
    const delta = earlier && earlier.current !== null && row.current !== null ? row.current - earlier.current : null;
    const base: Omit<CompetencyFindingPage, 'finding' | 'recommendation'> = {
      competencyId: id,
      name: row.competency.name,
      description: row.competency.description,
      notApplicable: row.notApplicable,
      current: stageOf(framework, id, row.current),
      target: stageOf(framework, id, row.target),
      gap: row.current !== null && row.target !== null ? row.target - row.current : null,
      evidence: row.entry?.evidence.trim() ?? '',
      confidence: row.confidence,
      consensus: consensus.get(id)?.raters ? consensus.get(id)! : null,
      change: previous ? { previousOn: previous.assessedOn, before: earlier?.current ?? null, after: row.current, delta } : null,
      initiatives: initiatives.filter((item) => item.competencyIds.includes(id) && item.status !== 'dropped').sort(openFirst).map(({ id: itemId, title, status, phase }) => ({ id: itemId, title, status, phase })),
      kpis: kpis.filter((kpi) => kpi.competencyIds.includes(id)).map((kpi) => ({ id: kpi.id, name: kpi.name, status: kpiStatus(kpi).status })),
    };
    const finding = row.entry?.finding;
    const recommendation = row.entry?.recommendation;
    return {
      ...base,
      finding: finding === null || finding === undefined ? { text: draftFinding(base), draft: true } : { text: finding, draft: false },
      recommendation: recommendation === null || recommendation === undefined ? { text: draftRecommendation(base), draft: true } : { text: recommendation, draft: false },
    };
  });
}

/**
 * Cairn's drafts of the finding and recommendation for every competency of `assessment`,
 * by competency id, whatever the consultant has written: what the assessment screen shows
 * until the consultant edits or accepts them. The previous assessment is the latest earlier
 * one on the same framework.
 */
export function competencyDrafts(
  client: Pick<Client, 'assessments' | 'initiatives' | 'kpis'>,
  assessment: Assessment,
  framework: Framework,
): Map<string, { finding: string; recommendation: string }> {
  const previous =
    client.assessments
      .filter((candidate) => candidate.id !== assessment.id && candidate.frameworkId === assessment.frameworkId && candidate.assessedOn < assessment.assessedOn)
      .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn))
      .at(-1) ?? null;
  const blank = { ...assessment, competencies: assessment.competencies.map((entry) => ({ ...entry, finding: null, recommendation: null })) };
  const scoped = client.initiatives.filter((item) => item.engagementId === null || item.engagementId === assessment.engagementId);
  return new Map(competencyFindingPages(blank, framework, previous, scoped, client.kpis).map((page) => [page.competencyId, { finding: page.finding.text, recommendation: page.recommendation.text }]));
}
