import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACCENTED_NAMES, deliverableFixture } from '../../../../shared/deliverables/deliverable-fixture';
import { REPORT_SECTIONS } from '../../../../shared/deliverables/deliverable-request';
import { buildAgendaDocument } from '../../../../shared/deliverables/report/build-agenda';
import { REPORT_SECTION_TITLES, buildReportDocument } from '../../../../shared/deliverables/report/build-report';
import { BUILT_IN_WORKSHOP_TEMPLATES, workshopFromTemplate } from '../../../../shared/workshop';
import { UnsafeDocumentError, configuredPdfmake, localAccessPolicy, renderPdf } from './pdf-writer';
import { REPORT_FONT_FILES, reportFontDirectory, reportFontSet } from './report-fonts';

const poppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
if (!poppler) console.warn('poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed: the PDF reader checks are skipped here; CI installs it.');

const dir = mkdtempSync(join(tmpdir(), 'cairn-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const saved = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const tool = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

describe.skipIf(!poppler)('the report as a PDF reader sees it', () => {
  const input = deliverableFixture();
  const progress: number[] = [];
  const report = renderPdf(buildReportDocument(input, REPORT_SECTIONS), (fraction) => progress.push(fraction)).then((bytes) => saved('report.pdf', bytes));

  it('has every section heading on the page the contents give for it, and the accented names', async () => {
    const textOut = tool('pdftotext', '-layout', '-enc', 'UTF-8', await report, '-');
    const pages = textOut.split('\f');
    for (const section of REPORT_SECTIONS) {
      const title = REPORT_SECTION_TITLES[section];
      const entry = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\d+)`).exec(pages[1]!);
      expect(entry, `${title} in the contents`).not.toBeNull();
      // The page opens with the topic as a letter-spaced label (and a heading that states the message).
      expect(pages[Number(entry![1]) - 1]).toContain(title.toUpperCase());
    }
    for (const name of ACCENTED_NAMES) expect(textOut).toContain(name);
    expect(pages[0]).toContain(input.client.name);
  }, 30_000);

  it('embeds its fonts', async () => {
    const fonts = tool('pdffonts', await report)
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/Inter/);
      expect(line.split(/\s+/).slice(-5, -4)[0]).toBe('yes');
    }
  });

  it('reports progress up to the end', async () => {
    await report;
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});

describe.skipIf(!poppler)('the agenda', () => {
  const input = deliverableFixture();
  const participants = input.client.stakeholders.slice(0, 14).map((person) => ({ stakeholderId: person.id, name: person.name, role: person.title }));

  it.each(BUILT_IN_WORKSHOP_TEMPLATES.map((template) => [template.name, template] as const))('fits one page for the template “%s”', async (_, template) => {
    let next = 0;
    const workshop = workshopFromTemplate(template, { ids: () => `a-${(next += 1)}`, now: '2026-03-02T09:00:00.000Z', engagementId: input.engagementId!, date: '2026-04-14', participants, place: 'Nordlicht HQ, Raum Zugspitze' });
    const path = saved(`agenda-${template.id}.pdf`, await renderPdf(buildAgendaDocument({ ...input, client: { ...input.client, workshops: [workshop] } }, workshop.id)));
    expect(tool('pdfinfo', path)).toMatch(/^Pages:\s+1$/m);
    const textOut = tool('pdftotext', '-enc', 'UTF-8', path, '-');
    expect(textOut).toContain(template.agenda[0]!.title);
    expect(textOut).toContain(template.agenda.at(-1)!.title);
    expect(textOut).toContain('Łukasz');
  }, 20_000);
});

describe('the consultant’s logo', () => {
  const logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAQCAIAAADrtar6AAAAIElEQVR4nGOQz48ZEMQwavGoxaMWj1o8avGoxaMWwxAA+J1JH+AkoIoAAAAASUVORK5CYII=';

  it('is drawn on the report cover and the agenda from the data URL alone', async () => {
    const input = deliverableFixture({ logoDataUrl: logo });
    const report = await renderPdf(buildReportDocument(input, ['method']));
    const agenda = await renderPdf(buildAgendaDocument(input, 'fx-workshop'));
    // Each file carries one embedded image: the logo.
    for (const bytes of [report, agenda]) expect(bytes.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(1);
    expect((await renderPdf(buildReportDocument(deliverableFixture(), ['method']))).toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  });
});

describe('what the writer may read and fetch', () => {
  it('refuses a document with an image path, an image URL or a file link before pdfmake sees it', async () => {
    await expect(renderPdf({ content: [{ text: 'x' }, { image: '/etc/hostname' }] })).rejects.toBeInstanceOf(UnsafeDocumentError);
    await expect(renderPdf({ content: [], images: { logo: 'https://attacker.example/logo.png' } })).rejects.toThrow(/not an inlined PNG or JPEG/);
    await expect(renderPdf({ content: [{ text: 'x', link: 'file:///etc/passwd' }] })).rejects.toBeInstanceOf(UnsafeDocumentError);
  });

  it('checks what a header or footer returns when the pages are laid out', async () => {
    await expect(renderPdf({ content: 'x', footer: () => ({ image: '/etc/hostname' }) })).rejects.toBeInstanceOf(UnsafeDocumentError);
  });

  it('lets pdfmake read no local file but the bundled fonts, even past the document check', async () => {
    const pdfmake = configuredPdfmake();
    await expect(pdfmake.createPdf({ content: [{ image: '/etc/hostname' }] }).getBuffer()).rejects.toThrow(/denied by resource access policy/);
    await expect(pdfmake.createPdf({ content: [{ image: 'logo' }], images: { logo: join(reportFontDirectory(), '..', '..', 'package.json') } }).getBuffer()).rejects.toThrow(/denied/);
  });

  it('lets pdfmake fetch no URL at all', async () => {
    const pdfmake = configuredPdfmake();
    await expect(pdfmake.createPdf({ content: [{ image: 'remote' }], images: { remote: 'https://127.0.0.1:9/x.png' } }).getBuffer()).rejects.toThrow(/denied by resource access policy/);
  });

  it('allows exactly the four font files', () => {
    const fonts = reportFontSet();
    const policy = localAccessPolicy(fonts);
    expect(Object.values(fonts).every(policy)).toBe(true);
    expect(policy(join(reportFontDirectory(), 'OFL.txt'))).toBe(false);
    expect(policy(join(reportFontDirectory(), '..', 'fonts', '..', 'fonts', 'x', '..', REPORT_FONT_FILES.normal))).toBe(true);
    expect(policy('/etc/passwd')).toBe(false);
  });

  it('finds the fonts beside a bundle in dist, and outside the asar archive when packaged', () => {
    expect(reportFontDirectory('file:///opt/cairn/dist/main/export-worker.cjs')).toBe('/opt/cairn/dist/fonts');
    expect(reportFontDirectory('file:///opt/Cairn/resources/app.asar/dist/cli/cairn.cjs')).toBe('/opt/Cairn/resources/app.asar.unpacked/dist/fonts');
  });
});
