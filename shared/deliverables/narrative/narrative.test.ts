import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../assessment/assessment-schema';
import { buildAssessment } from '../../assessment/assessment-builders';
import { COMMUNITY_MATURITY_MODEL } from '../../frameworks/builtin';
import type { Initiative } from '../../roadmap/initiative-schema';
import { deliverableFixture } from '../deliverable-fixture';
import type { DeliverableInput } from '../deliverable-input';
import { keyFindings } from '../key-findings';
import { competencyFindingPages } from './competency-findings';
import { groupPhrase, shortClientName } from './editorial';
import { derivedHeadline, sectionHeadline } from './headlines';
import { deriveRecommendations, reportRecommendations } from './recommendations';
import { reportFacts } from './report-facts';
import { storyline } from './storyline';
import { rankInitiatives } from './top-initiatives';

const base = deliverableFixture();
const engagementId = base.engagementId!;

/** The fixture with one assessment (rows in framework order: [current, target]) as the latest. */
function withRows(rows: [number, number][], extra: Partial<DeliverableInput['client']> = {}): DeliverableInput {
  const assessment: Assessment = buildAssessment(COMMUNITY_MATURITY_MODEL, { id: 'only', engagementId, rows });
  return { ...base, client: { ...base.client, assessments: [assessment], ...extra } };
}

const initiative = (id: string, fields: Partial<Initiative>): Initiative => ({ ...base.client.initiatives[0]!, id, title: id, engagementId, dependsOn: [], ...fields });

describe('ties are told honestly', () => {
  it('counts a tie of more than three instead of naming the first three', () => {
    const input = withRows([[2, 3], [2, 3], [2, 3], [2, 3], [2, 3], [2, 3], [1, 3], [1, 3]]);
    const findings = keyFindings(input);
    expect(findings.sentences).toContain('Strongest: six competencies at stage 2.');
    expect(findings.strongest).toHaveLength(6);
    expect(groupPhrase(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('six competencies');
    expect(groupPhrase(['Culture', 'Tools'])).toBe('Culture and Tools');
  });

  it('never calls one competency both strongest and a largest gap', () => {
    // Strategy is at the top stage and also has the largest gap.
    const input = withRows([[3, 4], [3, 3], [1, 2], [1, 2], [1, 2], [1, 2], [1, 2], [1, 2]]);
    const findings = keyFindings(input);
    const facts = reportFacts(input);
    expect(findings.largestGaps.map((row) => row.name)).toEqual(['Strategy', 'Culture', 'Community Management', 'Content & Programming', 'Policies & Governance', 'Tools', 'Metrics & Measurement']);
    expect(findings.strongest.map((row) => row.name)).toEqual(['Leadership']);
    expect(facts.strongest?.names).toEqual(['Leadership']);
    for (const name of facts.largestGap!.names) expect(facts.strongest!.names).not.toContain(name);
    expect(findings.sentences.join(' ')).toContain('Largest gap to target: seven competencies, each one stage short.');
  });

  it('names no strongest or weakest when every competency shares one stage', () => {
    const input = withRows(Array.from({ length: 8 }, () => [2, 3] as [number, number]));
    const findings = keyFindings(input);
    expect(findings.strongest).toEqual([]);
    expect(findings.weakest).toEqual([]);
    expect(findings.sentences).toContain('All eight rated competencies stand at stage 2.');
    expect(reportFacts(input).strongest).toBeNull();
  });
});

describe('top initiatives', () => {
  const today = '2026-03-02';
  it('prefer near-term, then high impact, and leave out done and dropped work', () => {
    const list = [
      initiative('far-high', { impact: 5, effort: 1, status: 'planned', start: { kind: 'quarter', year: 2027, quarter: 3 } }),
      initiative('near-low', { impact: 2, effort: 1, status: 'planned', start: { kind: 'quarter', year: 2026, quarter: 2 } }),
      initiative('running', { impact: 3, effort: 4, status: 'in-progress', start: null }),
      initiative('near-high', { impact: 5, effort: 3, status: 'idea', start: { kind: 'quarter', year: 2026, quarter: 1 } }),
      initiative('done', { impact: 5, effort: 1, status: 'done', start: { kind: 'quarter', year: 2026, quarter: 1 } }),
      initiative('dropped', { impact: 5, effort: 1, status: 'dropped', start: null }),
    ];
    expect(rankInitiatives(list, today).map((item) => item.id)).toEqual(['near-high', 'running', 'near-low', 'far-high']);
  });
});

describe('recommendations', () => {
  it('are three to five, ranked in stated tiers, each with the rule that placed it', () => {
    const items = deriveRecommendations(reportFacts(base));
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(5);
    expect(items.map((item) => item.tier)).toEqual([...items.map((item) => item.tier)].sort((a, b) => a - b));
    expect(items.every((item) => item.rule.length > 10)).toBe(true);
    expect(items[0]!.id).toMatch(/^gap_/);
  });

  it('puts a two-stage gap before an off-track KPI and a one-stage gap after the top initiative', () => {
    const input = withRows([[1, 3], [2, 3], [2, 2], [2, 2], [2, 2], [2, 2], [2, 2], [2, 2]]);
    const ids = deriveRecommendations(reportFacts(input)).map((item) => item.id);
    expect(ids[0]).toBe('gap_strategy');
    const gapOne = ids.indexOf('gap_leadership');
    const start = ids.findIndex((id) => id.startsWith('initiative_'));
    if (start >= 0 && gapOne >= 0) expect(start).toBeLessThan(gapOne);
  });

  it('are topped up to three from the ranked initiatives when the gaps, KPIs and actions give fewer', () => {
    const input = withRows(Array.from({ length: 8 }, () => [2, 2] as [number, number]), { kpis: [], workshops: [] });
    const items = deriveRecommendations(reportFacts(input));
    expect(items.length).toBe(3);
    expect(items.every((item) => item.id.startsWith('initiative_'))).toBe(true);
  });

  it('are the consultant’s list, in their order, once edited on the narrative engagement', () => {
    const mine = [{ id: 'mine', text: 'Hire a community lead', rule: 'Added by the consultant.' }];
    const client = { ...base.client, engagements: base.client.engagements.map((engagement) => ({ ...engagement, reportNarrative: { situation: '', complication: '', resolution: '', recommendations: mine, headings: {} } })) };
    expect(reportRecommendations(reportFacts({ ...base, client }))).toEqual({ items: mine, edited: true });
    // "All engagements" reads the latest engagement's narrative.
    expect(reportRecommendations(reportFacts({ ...base, client, engagementId: null }))).toEqual({ items: mine, edited: true });
  });
});

describe('headlines and the story', () => {
  it('state the message from the data, and yield to the consultant’s heading', () => {
    const input = withRows([[2, 3], [2, 3], [1, 3], [2, 3], [2, 3], [2, 3], [2, 3], [1, 3]]);
    const facts = reportFacts(input);
    expect(derivedHeadline('executive-summary', facts)).toBe(`Culture and measurement hold ${shortClientName(base.client.name)} back`);
    expect(derivedHeadline('gaps', facts)).toBe('Two stages separate Culture and measurement from target');
    expect(derivedHeadline('method', facts)).toBeNull();
    const client = { ...input.client, engagements: input.client.engagements.map((engagement) => ({ ...engagement, reportNarrative: { situation: '', complication: '', resolution: '', recommendations: null, headings: { gaps: 'Mind the gap' } } })) };
    expect(sectionHeadline('gaps', reportFacts({ ...input, client }), 'Gap analysis')).toEqual({ text: 'Mind the gap', written: true });
  });

  it('drafts situation, complication and resolution unless the consultant wrote them', () => {
    const written = storyline(reportFacts(base));
    expect(written.complication).toEqual({ text: expect.stringMatching(/^Culture and measurement have not moved/), written: true });
    const client = { ...base.client, engagements: base.client.engagements.map((engagement) => ({ ...engagement, reportNarrative: undefined })) };
    const story = storyline(reportFacts({ ...base, client }));
    expect(story.situation).toEqual({ text: expect.stringMatching(/stands at stage \d/), written: false });
    expect(story.complication.text).toMatch(/short of target/);
    expect(story.resolution.written).toBe(false);
    expect(shortClientName('Nordlicht Outdoor GmbH')).toBe('Nordlicht Outdoor');
  });
});

describe('findings per competency', () => {
  it('gives every competency a page, drafts until written, with the participants’ spread and the change since last time', () => {
    const input = deliverableFixture();
    const facts = reportFacts(input);
    const { assessment, framework, previous } = facts.assessment!;
    const written = { ...assessment, competencies: assessment.competencies.map((entry, index) => (index === 0 ? { ...entry, finding: 'Our own words.' } : entry)) };
    const pages = competencyFindingPages(written, framework, previous, input.client.initiatives, input.client.kpis);
    expect(pages.map((page) => page.name)).toEqual(COMMUNITY_MATURITY_MODEL.competencies.map((competency) => competency.name));
    expect(pages[0]!.finding).toEqual({ text: 'Our own words.', draft: false });
    expect(pages[1]!.finding.draft).toBe(true);
    expect(pages[1]!.current?.descriptor).not.toBe('');
    if (previous) expect(pages.some((page) => page.change?.delta !== null)).toBe(true);
  });
});
