import { deliverableFixture } from '../../shared/deliverables/deliverable-fixture';
import { REPORT_SECTIONS } from '../../shared/deliverables/deliverable-request';
import { buildReportDocument } from '../../shared/deliverables/report/build-report';
import type { PdfContent, ReportDocument } from '../../shared/deliverables/report/pdf-doc-types';
import { buildLargeDemoClient, largeDemoEngagementId } from '../../shared/demo/large-demo';
import { renderPdf } from '../../electron/main/services/deliverables/pdf-writer';
import { percentile } from '../stats';
import { runWhenMain, type BenchResult } from '../standalone';
import { referenceFigure, targetFigure } from '../figures';

export const PDF_TARGET_RATIO = 1.3;

/** Plain text of a content tree, as one string. */
function plainText(content: PdfContent | undefined): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(plainText).join(' ');
  return [content.text, content.stack, content.columns, content.ul, content.ol].map((child) => plainText(child as PdfContent | undefined)).join(' ').trim();
}

/**
 * The same text, tables and charts as the report, without Cairn's composition: no cover,
 * contents, running header and footer, styles, table layouts, kept-together blocks or
 * heading rules. Every table keeps its cells (as plain text), every chart its SVG, every
 * other block becomes a paragraph.
 */
export function rawEquivalent(doc: ReportDocument): ReportDocument {
  const blocks: PdfContent[] = [];
  const visit = (content: PdfContent): void => {
    if (typeof content === 'string') {
      if (content.trim()) blocks.push(content);
      return;
    }
    if (Array.isArray(content)) return content.forEach(visit);
    if (content.table) {
      blocks.push({ table: { widths: content.table.widths?.map(() => '*'), body: content.table.body.map((row) => row.map((cell) => plainText(cell))) } });
      return;
    }
    if (content.svg) {
      blocks.push({ svg: content.svg, ...(content.fit ? { fit: content.fit } : {}), ...(content.width !== undefined ? { width: content.width } : {}) });
      return;
    }
    // Side-by-side charts (the KPI trends) are laid out one after the other, each at its own size.
    if (content.columns) return content.columns.forEach(visit);
    if (content.stack) return content.stack.forEach(visit);
    const text = plainText(content);
    if (text) blocks.push(text);
  };
  visit(doc.content);
  return { pageSize: 'A4', content: blocks };
}

interface Timing {
  wallMs: number;
  /** This process's CPU time: steadier than wall time on a machine busy with other work. */
  cpuMs: number;
}

async function timed(work: () => Promise<unknown>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Exports the largest demo engagement (300 initiatives, 20 workshops, 2,000 notes, 50 KPIs)
 * to the PDF report, building and writing together, against plain pdfmake laying out the
 * same text, tables and charts in the same run (same fonts and writer). Alternates the two,
 * the ratio is the median of the paired CPU-time ratios, ok when ≤ 1.3.
 */
export async function runPdfBench(options: { samples?: number } = {}): Promise<BenchResult> {
  const samples = options.samples ?? 5;
  const client = buildLargeDemoClient();
  const input = deliverableFixture({ client, engagementId: largeDemoEngagementId(client) });
  // Warm-up: module loading, font parsing and JIT.
  await renderPdf(buildReportDocument(input, ['method']));
  const ours: Timing[] = [];
  const plain: Timing[] = [];
  let bytes = 0;
  let rawBytes = 0;
  for (let sample = 0; sample < samples; sample += 1) {
    ours.push(await timed(async () => (bytes = (await renderPdf(buildReportDocument(input, REPORT_SECTIONS))).byteLength)));
    // pdfmake caches measurements inside a document it has laid out: give it a fresh one each time.
    const raw = rawEquivalent(buildReportDocument(input, REPORT_SECTIONS));
    plain.push(await timed(async () => (rawBytes = (await renderPdf(raw)).byteLength)));
  }
  const median = (timings: Timing[], key: keyof Timing) => percentile(timings.map((timing) => timing[key]), 50);
  const [mine, base] = [median(ours, 'cpuMs'), median(plain, 'cpuMs')];
  // Judged on the median of paired ratios: each pair runs back to back, so a burst of load
  // from other processes weighs on both sides of a pair alike.
  const ratio = percentile(ours.map((timing, index) => timing.cpuMs / plain[index]!.cpuMs), 50);
  const ok = ratio <= PDF_TARGET_RATIO;
  return {
    ok,
    figures: [referenceFigure('pdf report: large demo, median CPU', mine, 'ms', base), targetFigure('pdf report: ratio to plain pdfmake (median of pairs, CPU)', ratio, 'ratio', PDF_TARGET_RATIO)],
    lines: [
      `pdf report: large demo engagement, all ${REPORT_SECTIONS.length} sections, ${(bytes / 1024).toFixed(0)} KB (plain ${(rawBytes / 1024).toFixed(0)} KB), median of ${samples}`,
      `  Cairn (document + branded layout)   ${median(ours, 'wallMs').toFixed(0)} ms wall, ${mine.toFixed(0)} ms CPU`,
      `  plain pdfmake, same text and tables ${median(plain, 'wallMs').toFixed(0)} ms wall, ${base.toFixed(0)} ms CPU`,
      `  ratio ${ratio.toFixed(2)}, median of paired runs (target ≤ ${PDF_TARGET_RATIO}): ${ok ? 'OK' : 'TOO SLOW'}`,
    ],
  };
}

runWhenMain(import.meta.url, () => runPdfBench({ samples: Number(process.env['CAIRN_BENCH_PDF_SAMPLES'] ?? 5) }));
