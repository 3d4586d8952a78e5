import { describe, expect, it } from 'vitest';
import { noMaturityRecords } from '../../../domain/client';
import { deliverableFixture } from '../../deliverable-fixture';
import { REPORT_SECTIONS, type ReportSection } from '../../deliverable-request';
import { buildReportDocument } from '../build-report';
import type { PdfContent } from '../pdf-doc-types';
import { reportContext } from '../report-context';
import { REPORT_SECTION_TITLES } from '../report-sections';
import { auditSection } from './audit';
import { TREND_LIMIT, kpiCharts } from './kpi-charts';
import { maturityChange } from './maturity-change';
import { organizationSection } from './organization';
import { roadmapCharts } from './roadmap-charts';
import { stageOneSection } from './stage-one';
import { stakeholderMap } from './stakeholder-map';
import { contentNodes, contentText } from '../pdf-content-walk';

const nodes = contentNodes;
const text = contentText;
const svgs = (content: PdfContent) => nodes(content).flatMap((node) => (node.svg ? [node.svg] : []));

const input = deliverableFixture();
const ctx = reportContext(input, REPORT_SECTION_TITLES);
const bare = deliverableFixture({ client: { ...input.client, ...noMaturityRecords(), stakeholders: [], functions: [] } });
const bareCtx = reportContext(bare, REPORT_SECTION_TITLES);
const NEW_SECTIONS: ReportSection[] = ['stage-one', 'audit', 'stakeholders', 'organization'];

describe('the sections built from records Cairn already holds', () => {
  it('are in the section list, the outline and in story order: diagnosis before the plan', () => {
    const doc = buildReportDocument(input, REPORT_SECTIONS);
    const toc = nodes(doc.content).filter((node) => node.outline && !node.outlineParentId).map((node) => node.outlineText);
    for (const section of NEW_SECTIONS) expect(toc).toContain(REPORT_SECTION_TITLES[section]);
    expect(REPORT_SECTIONS.indexOf('stage-one')).toBeLessThan(REPORT_SECTIONS.indexOf('roadmap'));
    expect(REPORT_SECTIONS.indexOf('stakeholders')).toBeLessThan(REPORT_SECTIONS.indexOf('roadmap'));
  });

  it('stakeholder map: the grid chart, the sponsor and every champion by name, departments still without one', () => {
    const content = stakeholderMap(ctx);
    const all = text(content);
    const sponsor = input.client.stakeholders.find((person) => person.isSponsor)!;
    expect(all).toContain(sponsor.name);
    for (const champion of input.client.stakeholders.filter((person) => person.isChampion)) expect(all).toContain(champion.name);
    expect(all).toMatch(/departments? ha(s|ve) no champion yet: /);
    expect(svgs(content)).toHaveLength(1);
    expect(svgs(content)[0]).toContain('Manage closely');
  });

  it('organization: the model, its rationale in the consultant’s words, roles (open ones said), committee and support', () => {
    const all = text(organizationSection(ctx));
    expect(all).toContain('Operating model: Hybrid');
    expect(all).toContain(input.client.organization!.operatingModelRationale);
    expect(all).toContain('Content Strategist');
    expect(all).toContain('Open');
    expect(all).toMatch(/7 members: /);
    expect(all).toContain('What the community manager needs: 3 of 6 in place');
    expect(all).toContain('Still to do: one role is still open (Content Strategist)');
  });

  it('audit: a functions × stakeholder groups table with totals both ways and the groups nobody engages', () => {
    const content = auditSection(ctx);
    const table = nodes(content).find((node) => node.table)!.table!;
    const audit = input.client.audits[0]!;
    // Row 0 carries the heading (kept with the table across a page break), row 1 the column names.
    expect(table.headerRows).toBe(2);
    expect(table.body[1]).toHaveLength(1 + 8 + 1);
    expect(table.body).toHaveLength(2 + audit.entries.length + 1);
    const marks = nodes(content).filter((node) => node.text === '●').length;
    expect(marks).toBe(audit.coverage.length);
    expect(text(content)).toMatch(/Nobody engages .*ecosystem partners/);
  });

  it('stage-1: signs seen with notes, and the six moves with owner and status counted', () => {
    const all = text(stageOneSection(ctx));
    const diagnosis = input.client.stageOneDiagnoses[0]!;
    const done = diagnosis.moves.filter((move) => move.status === 'done').length;
    expect(all).toContain(`Of the six moves to stage 2, ${done} ${done === 1 ? 'is' : 'are'} done`);
    for (const name of ['Find a leader', 'Recruit executive sponsors', 'Identify cross-functional champions', 'Create an operational framework and roadmap', 'Complete a social business audit or gap analysis', 'Start a listening program']) {
      expect(all).toContain(name);
    }
    expect(all).toMatch(/\d of 7 signs of stage 1 were seen/);
  });

  it('roadmap charts: the Gantt with dependency arrows and the matrix naming the open quick wins', () => {
    const content = roadmapCharts(ctx);
    const [timeline, matrix] = svgs(content);
    expect(timeline).toContain('data-dependency=');
    expect(timeline).toContain('Phase 1 · Establish policy, process and procedure');
    expect(matrix).toContain('Quick wins');
    expect(text(content)).toMatch(/Quick wins still open \(\d+\): /);
  });

  it('KPI charts: trends with target for the measured KPIs (up to TREND_LIMIT) and share of voice by competitor', () => {
    const content = kpiCharts(ctx);
    const measured = input.client.kpis.filter((kpi) => kpi.measurements.length > 0);
    const charts = svgs(content);
    expect(charts.filter((svg) => svg.includes('data-series="target"'))).toHaveLength(Math.min(TREND_LIMIT, measured.filter((kpi) => kpi.target.value !== null).length));
    const sov = charts.find((svg) => svg.includes('share of voice by competitor per period'))!;
    expect(sov).toContain('Bergwelt');
    expect(sov).toContain('AlpinX');
  });

  it('maturity change: delta bars against the previous assessment', () => {
    const content = maturityChange(ctx);
    expect(text(content)).toContain('Change since the previous assessment');
    expect(svgs(content)[0]).toContain('Change in current stage');
  });

  it('say in one line that there is nothing yet, and draw no chart, when the client has no such records', () => {
    expect(text(stakeholderMap(bareCtx))).toContain('No stakeholders have been recorded yet.');
    expect(text(organizationSection(bareCtx))).toContain('The organization and operating model have not been recorded yet.');
    expect(text(auditSection(bareCtx))).toContain('No social business audit has been recorded yet.');
    expect(text(stageOneSection(bareCtx))).toContain('No stage-1 diagnosis has been recorded yet.');
    expect(roadmapCharts(bareCtx)).toEqual([]);
    expect(kpiCharts(bareCtx)).toEqual([]);
    expect(maturityChange(bareCtx)).toEqual([]);
    expect(NEW_SECTIONS.flatMap((section) => svgs(buildReportDocument(bare, [section]).content))).toEqual([]);
  });

  it('scope the audit and the diagnosis to the chosen engagement', () => {
    const baseline = input.client.engagements.find((engagement) => engagement.id !== input.engagementId)!;
    const earlier = reportContext({ ...input, engagementId: baseline.id }, REPORT_SECTION_TITLES);
    const holdsAudit = input.client.audits.some((audit) => audit.engagementId === baseline.id);
    expect(text(auditSection(earlier)).includes('No social business audit has been recorded yet.')).toBe(!holdsAudit);
    const all = reportContext({ ...input, engagementId: null }, REPORT_SECTION_TITLES);
    expect(text(stageOneSection(all))).toContain('Of the six moves to stage 2');
  });
});

describe('maturityChange without an earlier assessment', () => {
  it('draws nothing when the client was assessed only once', () => {
    const latest = input.client.assessments[input.client.assessments.length - 1]!;
    const once = reportContext({ ...input, client: { ...input.client, assessments: [latest] } }, REPORT_SECTION_TITLES);
    expect(maturityChange(once)).toEqual([]);
  });
});

describe('kpiCharts on a long KPI plan', () => {
  it('leaves a long plan’s trends to the app and workbook, and says so', () => {
    const base = input.client.kpis.find((kpi) => kpi.shareOfVoice === null && kpi.measurements.length > 0)!;
    const many = Array.from({ length: 14 }, (_, index) => ({ ...base, id: `k${index}`, name: `KPI ${index}`, shareOfVoice: null }));
    const long = reportContext({ ...input, client: { ...input.client, kpis: many } }, REPORT_SECTION_TITLES);
    const content = kpiCharts(long);
    expect(svgs(content)).toHaveLength(0);
    expect(text(content)).toContain('With 14 measured KPIs, the table above gives each one’s latest value and status');
  });
});
