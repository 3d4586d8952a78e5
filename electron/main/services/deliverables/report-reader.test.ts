import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { deliverableFixture } from '../../../../shared/deliverables/deliverable-fixture';
import { REPORT_APPENDIX_SECTIONS, REPORT_SECTIONS } from '../../../../shared/deliverables/deliverable-request';
import { REPORT_SECTION_TITLES, buildReportDocument } from '../../../../shared/deliverables/report/build-report';
import { COMMUNITY_MATURITY_MODEL } from '../../../../shared/frameworks/builtin';
import { buildLargeDemoClient, largeDemoEngagementId } from '../../../../shared/demo/large-demo';
import { renderPdf } from './pdf-writer';

const poppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'cairn-report-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface OutlineItem {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineItem[];
}

/** The PDF's outline as pdf.js reads it, with the 1-based page each bookmark opens. */
async function outlineOf(bytes: Buffer): Promise<{ title: string; page: number; children: { title: string; page: number }[] }[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pageOf = async (item: OutlineItem): Promise<number> => {
    const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
    if (!dest) return -1;
    return (await pdf.getPageIndex(dest[0] as { num: number; gen: number })) + 1;
  };
  const outline = ((await pdf.getOutline()) ?? []) as OutlineItem[];
  const result = [];
  for (const item of outline) {
    const children = [];
    for (const child of item.items) children.push({ title: child.title, page: await pageOf(child) });
    result.push({ title: item.title, page: await pageOf(item), children });
  }
  await pdf.destroy();
  return result;
}

describe.skipIf(!poppler)('the report as a reader navigates it', () => {
  const input = deliverableFixture();
  const report = renderPdf(buildReportDocument(input, REPORT_SECTIONS));

  it('has a bookmark for every section, and one for every competency under the findings', async () => {
    const outline = await outlineOf(await report);
    expect(outline.map((item) => item.title)).toEqual(REPORT_SECTIONS.map((section) => REPORT_SECTION_TITLES[section]));
    const findings = outline.find((item) => item.title === REPORT_SECTION_TITLES.findings)!;
    expect(findings.children.map((child) => child.title)).toEqual(COMMUNITY_MATURITY_MODEL.competencies.map((competency) => competency.name));
    // Bookmarks open pages in document order, each competency on a page of its own.
    const pages = outline.map((item) => item.page);
    expect(pages.every((page) => page > 0)).toBe(true);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    expect(new Set(findings.children.map((child) => child.page)).size).toBe(8);
  }, 30_000);

  it('finds the recommendations and a findings page for each of the eight competencies, labels as words', async () => {
    const path = join(dir, 'report.pdf');
    writeFileSync(path, await report);
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).split('\f');
    expect(pages.join('\n')).toContain('Recommendations');
    for (const competency of COMMUNITY_MATURITY_MODEL.competencies) {
      const page = pages.find((text) => text.includes(competency.name) && /FINDINGS · \d OF 8/.test(text) && text.includes('FINDING') && text.includes('CURRENT STAGE'));
      expect(page, `a findings page for ${competency.name}`).toBeDefined();
    }
    // Letter-spaced labels are spaced with character spacing, so they extract as words.
    expect(pages.join('\n')).toMatch(/EXECUTIVE SUMMARY/);
    expect(pages.join('\n')).toMatch(/SITUATION/);
  }, 30_000);

  it('says what it is: title, author, subject and language', async () => {
    const path = join(dir, 'meta.pdf');
    writeFileSync(path, await report);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`^Title:\\s+${input.client.name}`, 'm'));
    expect(info).toMatch(new RegExp(`^Author:\\s+${input.profile.name}`, 'm'));
    expect(info).toMatch(/^Subject:\s+Social business maturity report/m);
    const pdf = await getDocument({ data: new Uint8Array(await report), isEvalSupported: false }).promise;
    const meta = await pdf.getMetadata();
    expect((meta.info as { Language?: string }).Language).toBe('en-GB');
    await pdf.destroy();
  }, 30_000);
});

describe.skipIf(!poppler)('the large demo engagement’s report', () => {
  it('keeps its body (the pages before the appendix) under 30 pages', async () => {
    const client = buildLargeDemoClient();
    const bytes = await renderPdf(buildReportDocument(deliverableFixture({ client, engagementId: largeDemoEngagementId(client) }), REPORT_SECTIONS));
    const outline = await outlineOf(bytes);
    const appendixTitles = new Set(REPORT_APPENDIX_SECTIONS.map((section) => REPORT_SECTION_TITLES[section]));
    const firstAppendixPage = Math.min(...outline.filter((item) => appendixTitles.has(item.title)).map((item) => item.page));
    const body = firstAppendixPage - 1;
    expect(body, `the body runs to ${body} pages`).toBeLessThan(30);
    expect(body).toBeGreaterThan(10);
  }, 120_000);
});
