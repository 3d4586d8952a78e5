import { describe, expect, it } from 'vitest';
import { noMaturityRecords } from '../../domain/client';
import { COMMUNITY_MATURITY_MODEL } from '../../frameworks/builtin';
import { KPI_STATUS_RULE } from '../../kpi/kpi-status';
import { GAP_TABLE_RULE } from '../../scoring/gap-table';
import { OVERALL_STAGE_RULE } from '../../scoring/overall-stage';
import { TEN_STAGE_RULE } from '../../scoring/ten-stage-derivation';
import { ACCENTED_NAMES, deliverableFixture } from '../deliverable-fixture';
import { REPORT_SECTIONS, type ReportSection } from '../deliverable-request';
import { REPORT_SECTION_TITLES, REPORT_TITLE, buildReportDocument } from './build-report';
import { unsafeReferences } from './document-safety';
import { formatDate, formatNumber } from '../../format/format';
import type { PdfContent, PdfNode, ReportDocument } from './pdf-doc-types';
import { contentNodes, contentText } from './pdf-content-walk';

const nodes = contentNodes;
const text = contentText;

/** The top-level bookmarks of the PDF outline: one per section. */
const tocTitles = (doc: ReportDocument) => nodes(doc.content).filter((node) => node.outline && !node.outlineParentId).map((node) => node.outlineText);

describe('buildReportDocument', () => {
  const input = deliverableFixture();

  it("writes dates and numbers in the consultant's chosen conventions, English text either way", () => {
    const us = text(buildReportDocument({ ...input, locale: 'en-US' }, [...REPORT_SECTIONS]).content);
    const gb = text(buildReportDocument({ ...input, locale: 'en-GB' }, [...REPORT_SECTIONS]).content);
    expect(us).toContain(formatDate(input.generatedAt, 'en-US'));
    expect(us).not.toContain(formatDate(input.generatedAt, 'en-GB'));
    expect(gb).toContain(formatDate(input.generatedAt, 'en-GB'));
    expect(formatNumber(1234.5, 'en-DE')).toBe('1.234,5');
  });

  it('opens with the cover and contents, then every requested section in the standard order', () => {
    const doc = buildReportDocument(input, [...REPORT_SECTIONS].reverse());
    expect(tocTitles(doc)).toEqual(REPORT_SECTIONS.map((section) => REPORT_SECTION_TITLES[section]));
    const all = text(doc.content);
    expect(all).toContain(input.client.name);
    expect(all).toContain(REPORT_TITLE.toUpperCase());
    expect(nodes(doc.content).filter((node) => node.pageReference).map((node) => node.pageReference)).toEqual(REPORT_SECTIONS.map((section) => `section-${section}`));
  });

  it('leaves out the sections that were not asked for', () => {
    const asked: ReportSection[] = ['gaps', 'kpis'];
    const doc = buildReportDocument(input, asked);
    expect(tocTitles(doc)).toEqual(['Gap analysis', 'KPI plan']);
    expect(text(doc.content)).not.toContain('Ten stages of social media business integration');
  });

  it('keeps a requested section with nothing in it, saying so in a line', () => {
    const empty = { ...input, client: { ...input.client, ...noMaturityRecords(), stakeholders: [] } };
    const doc = buildReportDocument(empty, REPORT_SECTIONS);
    expect(tocTitles(doc)).toHaveLength(REPORT_SECTIONS.length);
    const all = text(doc.content);
    expect(all).toContain('No maturity assessment has been recorded yet.');
    expect(all).toContain('No KPIs have been defined yet.');
    expect(all).toContain('No workshops have been held or planned yet.');
    expect(nodes(doc.content).some((node) => node.svg)).toBe(false);
  });

  it('draws the radar, heat map and change since the previous assessment as SVG from the shared chart builders', () => {
    const svgs = nodes(buildReportDocument(input, ['maturity']).content).flatMap((node) => (node.svg ? [node.svg] : []));
    expect(svgs).toHaveLength(3);
    expect(svgs.every((svg) => svg.startsWith('<svg') && svg.includes('role="img"'))).toBe(true);
  });

  it('shows a workshop’s revealed maturity ratings with the median and where the room disagreed', () => {
    const doc = buildReportDocument(input, ['workshop-notes']);
    const ratingTables = nodes(doc.content).filter((node) => node.table && text(node.table.body[0]!).includes('Median stage'));
    expect(ratingTables.length).toBeGreaterThan(0);
    const hidden = { ...input, client: { ...input.client, workshops: input.client.workshops.map((workshop) => ({ ...workshop, agenda: workshop.agenda.map((item) => ({ ...item, resultsRevealed: false })) })) } };
    expect(text(buildReportDocument(hidden, ['workshop-notes']).content)).not.toContain('Median stage');
  });

  it('names every participant and owner, accented names included', () => {
    const all = text(buildReportDocument(input, ['workshop-notes', 'action-register']).content);
    for (const name of ACCENTED_NAMES) expect(all).toContain(name);
  });

  it('puts the executive summary in the consultant’s words before the generated findings', () => {
    const all = text(buildReportDocument(input, ['executive-summary']).content);
    const summary = input.client.engagements.find((engagement) => engagement.id === input.engagementId)!.executiveSummary.trim().split(/\n\s*\n/)[0]!;
    expect(all.indexOf(summary.slice(0, 40))).toBeGreaterThan(-1);
    expect(all.indexOf(summary.slice(0, 40))).toBeLessThan(all.indexOf('Key findings'));
  });

  it('repeats table headers and never splits a row', () => {
    const tables = nodes(buildReportDocument(input, REPORT_SECTIONS).content).filter((node) => node.table && node.table.headerRows);
    expect(tables.length).toBeGreaterThan(4);
    expect(tables.every((node) => node.table!.dontBreakRows === true && node.table!.headerRows! >= 1)).toBe(true);
  });

  it('keeps every heading with what follows it, so none is left alone at the bottom of a page', () => {
    const doc = buildReportDocument(input, REPORT_SECTIONS);
    const headings = nodes(doc.content).filter((node) => node.style === 'h2' || node.style === 'h3');
    expect(headings.length).toBeGreaterThan(5);
    // Each heading is the first of an unbreakable block with something after it, or sits in a table's header rows.
    const kept = new Set<PdfNode>();
    for (const node of nodes(doc.content)) {
      if (node.unbreakable && node.stack && node.stack.length > 1) {
        const first = node.stack[0] as PdfNode;
        kept.add(first);
        if (first.stack) kept.add(first.stack[0] as PdfNode);
      }
      if (node.table?.headerRows) for (const row of node.table.body.slice(0, node.table.headerRows)) for (const cell of row) nodes(cell).forEach((inner) => kept.add(inner));
    }
    expect(headings.filter((heading) => !kept.has(heading)).map((heading) => heading.text)).toEqual([]);
  });

  it('puts the client and report title in the running header and numbers the pages, but not on the cover', () => {
    const doc = buildReportDocument(input, ['gaps']);
    // The running header is drawn with the page background (see buildReportDocument).
    const header = doc.background as (page: number, pages: number) => PdfContent;
    const footer = doc.footer as (page: number, pages: number) => PdfContent;
    expect(text(header(1, 9))).not.toContain(input.client.name);
    expect(text(header(3, 9))).toContain(input.client.name);
    expect(text(header(3, 9))).toContain(REPORT_TITLE);
    expect(text(footer(1, 9))).toBe('');
    expect(text(footer(3, 9))).toMatch(/\b3\s+\/ 9/);
  });

  it('credits no vendor and never prints an empty “Prepared by”', () => {
    const anonymous = { ...input, profile: { ...input.profile, name: '', firm: '', email: '' } };
    expect(text(buildReportDocument(anonymous, REPORT_SECTIONS).content)).not.toContain('Prepared by');
    const all = text(buildReportDocument(input, REPORT_SECTIONS).content);
    expect(all).toContain('Prepared by');
    expect(all).not.toMatch(/Made with Cairn/);
  });

  it('says how the figures were made once, in the appendix, in the consultant’s voice', () => {
    const body = text(buildReportDocument(input, REPORT_SECTIONS.filter((section) => section !== 'method')).content);
    for (const rule of [GAP_TABLE_RULE, OVERALL_STAGE_RULE, TEN_STAGE_RULE, KPI_STATUS_RULE]) expect(body).not.toContain(rule.slice(0, 40));
    const method = text(buildReportDocument(input, ['method']).content);
    expect(method).toContain('We placed each competency');
    expect(method).not.toContain('Cairn takes');
  });

  it('writes the seed’s phase names as published', () => {
    expect(text(buildReportDocument(input, ['roadmap', 'method']).content)).toContain('Develop ecosystem');
  });

  it('uses the brand colour for accents', () => {
    const doc = buildReportDocument({ ...input, profile: { ...input.profile, brandColour: '#7a1f5c' } }, ['gaps']);
    expect(JSON.stringify(doc.styles)).toContain('#7a1f5c');
  });
});

describe('client text in the report', () => {
  const hostile = [
    'data:image/png;base64,iVBORw0KGgo=',
    '/etc/passwd',
    'file:///etc/passwd',
    'https://attacker.example/pixel.png',
    '"><image href="file:///etc/passwd"/><text>',
    'javascript:alert(1)',
  ];
  const base = deliverableFixture();
  const [first, ...others] = base.client.stakeholders;
  const client = {
    ...base.client,
    name: hostile[1]!,
    stakeholders: [{ ...first!, name: hostile[0]! }, ...others],
    initiatives: base.client.initiatives.map((initiative, index) => ({ ...initiative, title: hostile[index % hostile.length]!, description: hostile[(index + 1) % hostile.length]! })),
    kpis: base.client.kpis.map((kpi, index) => ({ ...kpi, name: hostile[index % hostile.length]!, dataSource: hostile[3]! })),
    workshops: base.client.workshops.map((workshop) => ({ ...workshop, title: hostile[4]!, place: hostile[2]!, notes: workshop.notes.map((note) => ({ ...note, text: hostile[3]! })) })),
    // The client's own copy of the framework, with a competency named to break out of the SVG.
    frameworks: [{ ...COMMUNITY_MATURITY_MODEL, competencies: COMMUNITY_MATURITY_MODEL.competencies.map((competency, index) => (index === 0 ? { ...competency, name: hostile[4]! } : competency)) }],
  };
  const input = { ...base, client };
  const doc = buildReportDocument(input, REPORT_SECTIONS);

  it('never turns client text into an image, link or font', () => {
    const all = nodes(doc.content);
    expect(all.filter((node) => node.image !== undefined)).toEqual([]);
    expect(all.flatMap((node) => (node.link ? [node.link] : []))).toEqual([`mailto:${base.profile.email}`]);
    expect(all.filter((node) => node.font !== undefined)).toEqual([]);
    expect(doc.images).toBeUndefined();
    expect(unsafeReferences(doc)).toEqual([]);
  });

  it('escapes client text inside the charts', () => {
    const svgs = nodes(doc.content).flatMap((node) => (node.svg ? [node.svg] : []));
    // Radar, heat map and change bars carry the competency; the Gantt and matrix the initiative titles.
    expect(svgs.filter((svg) => svg.includes('&lt;image href=&quot;file:///etc/passwd&quot;/&gt;')).length).toBeGreaterThanOrEqual(5);
    expect(svgs.some((svg) => svg.includes('<image'))).toBe(false);
  });

  it('still shows the text as text', () => {
    const all = text(doc.content);
    for (const value of hostile.slice(0, 4)) expect(all).toContain(value);
  });

  it('carries the logo only from the consultant’s settings, as an inlined PNG or JPEG', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    expect(buildReportDocument({ ...input, logoDataUrl: logo }, []).images).toEqual({ logo });
    expect(buildReportDocument({ ...input, logoDataUrl: 'file:///etc/passwd' }, []).images).toBeUndefined();
    expect(buildReportDocument({ ...input, logoDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' }, []).images).toBeUndefined();
  });
});

describe('unsafeReferences', () => {
  it.each([
    ['an image path', { content: [{ image: '/etc/passwd' }] }],
    ['an image URL', { content: { stack: [{ image: 'https://attacker.example/x.png' }] } }],
    ['an images entry that is a path', { content: [], images: { logo: '/home/user/logo.png' } }],
    ['a javascript link', { content: [{ text: 'x', link: 'javascript:alert(1)' }] }],
    ['an http link', { content: [{ text: 'x', link: 'http://attacker.example' }] }],
    ['an SVG with an external image', { content: [{ svg: '<svg><image href="file:///etc/passwd"/></svg>' }] }],
    ['an attachment', { content: [{ attachment: '/etc/passwd' }] }],
  ] as [string, ReportDocument][])('refuses %s', (_, doc) => {
    expect(unsafeReferences(doc)).not.toEqual([]);
  });

  it('accepts https and mailto links and the logo key', () => {
    expect(unsafeReferences({ content: [{ text: 'a', link: 'https://cairn.example/' }, { text: 'b', link: 'mailto:a@b.example' }, { image: 'logo' }], images: { logo: 'data:image/png;base64,AAAA' } })).toEqual([]);
  });
});
