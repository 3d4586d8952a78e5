import { createInflateRaw } from 'node:zlib';
import type { Result } from '../../../../shared/result';

/**
 * What an untrusted workbook may weigh before exceljs ever sees it. A workbook Cairn
 * writes for its largest engagements stays far below every limit (a few hundred KB, a few
 * thousand rows); docs/workbook-layout.md states them for consultants.
 */
export const WORKBOOK_LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 10 * 1024 * 1024,
  entries: 2_000,
  /** One part once inflated (a sheet, the shared strings). */
  entryBytes: 25 * 1024 * 1024,
  /** All parts together once inflated. */
  totalBytes: 100 * 1024 * 1024,
  rows: 100_000,
  columns: 200,
} as const;

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const refuse = (message: string): Result<never> => ({ ok: false, error: { code: 'invalid-request', message } });

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

/** The zip's table of contents, read from its central directory (no data is inflated). */
function centralDirectory(bytes: Buffer): ZipEntry[] | string {
  const EOCD = 0x06054b50;
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (bytes.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return 'It is not an Excel workbook (.xlsx): the file is not a zip archive.';
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return 'The workbook uses ZIP64, which no workbook within Cairn’s limits needs.';
  if (count > WORKBOOK_LIMITS.entries) return `The workbook holds ${count} parts; Cairn reads at most ${WORKBOOK_LIMITS.entries}.`;
  if (offset + size > end) return 'The workbook is damaged: its zip directory points outside the file.';
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== 0x02014b50) return 'The workbook is damaged: its zip directory is cut short.';
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      declaredSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed data starts, from its local header. */
function dataStart(bytes: Buffer, entry: ZipEntry): number | null {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  return start + entry.compressedSize <= bytes.length ? start : null;
}

/** Column letters to a number: A = 1, XFD = 16384. */
const columnNumber = (letters: string) => [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);

interface PartFacts {
  size: number;
  /**
   * A `<!DOCTYPE` or `<!ENTITY` anywhere in the part. Looking only before the root element
   * could be fooled: a comment holding `<x>` ends a naive prolog early, and UTF-16 text
   * hides the markup from a byte-wise search. Excel writes neither anywhere, so the whole
   * part is searched, NUL bytes removed.
   */
  declaresDtd: boolean;
  dimension: string | null;
  maxRow: number;
  maxColumn: number;
}

/**
 * Inflates one part as a stream, never holding more than a chunk: counts the bytes (and
 * stops past the limit), keeps the prolog, and for sheets reads the dimension and the
 * highest row and column any cell names.
 */
function inspectPart(compressed: Buffer, entry: ZipEntry, limit: number, kind: { isXml: boolean; isSheet: boolean }): Promise<PartFacts | string> {
  const { isXml, isSheet } = kind;
  return new Promise((resolve) => {
    const facts: PartFacts = { size: 0, declaresDtd: false, dimension: null, maxRow: 0, maxColumn: 0 };
    let dtdCarry = '';
    let carry = '';
    let settled = false;
    const finish = (result: PartFacts | string) => {
      if (settled) return;
      settled = true;
      inflater?.destroy();
      resolve(result);
    };
    const scan = (text: string) => {
      if (facts.dimension === null) {
        const dimension = /<dimension\s+ref="([^"]*)"/.exec(text);
        if (dimension) facts.dimension = dimension[1]!;
      }
      for (const match of text.matchAll(/<(?:\w+:)?row\b[^>]*?\sr="(\d+)"/g)) facts.maxRow = Math.max(facts.maxRow, Number(match[1]));
      for (const match of text.matchAll(/<(?:\w+:)?c\b[^>]*?\sr="([A-Za-z]{1,4})(\d+)"/g)) {
        facts.maxColumn = Math.max(facts.maxColumn, columnNumber(match[1]!));
        facts.maxRow = Math.max(facts.maxRow, Number(match[2]));
      }
    };
    const inflater = entry.method === 8 ? createInflateRaw({ chunkSize: 64 * 1024 }) : null;
    const take = (chunk: Buffer) => {
      facts.size += chunk.length;
      if (facts.size > limit) return finish(`The workbook part ${entry.name} inflates to more than ${mb(limit)}; Cairn reads parts of at most ${mb(limit)}.`);
      if (facts.size > entry.declaredSize) return finish(`The workbook part ${entry.name} holds more than the ${entry.declaredSize} bytes its zip entry declares.`);
      if (isXml && !facts.declaresDtd) {
        // eslint-disable-next-line no-control-regex -- NUL bytes are what UTF-16 puts between the letters
        const plain = dtdCarry + chunk.toString('latin1').replace(/\u0000/g, '');
        facts.declaresDtd = /<!\s*(?:DOCTYPE|ENTITY)/i.test(plain);
        dtdCarry = plain.slice(-16);
      }
      if (!isSheet) return;
      const text = carry + chunk.toString('latin1');
      const cut = text.lastIndexOf('<');
      const keep = cut >= 0 && text.length - cut < 1_024 ? cut : text.length;
      scan(text.slice(0, keep));
      carry = text.slice(keep);
    };
    if (!inflater) {
      for (let at = 0; at < compressed.length && !settled; at += 64 * 1024) take(compressed.subarray(at, at + 64 * 1024));
      if (isSheet) scan(carry);
      finish(facts);
      return;
    }
    inflater.on('data', (chunk: Buffer) => take(chunk));
    inflater.on('error', () => finish(`The workbook is damaged: the part ${entry.name} cannot be inflated.`));
    inflater.on('end', () => {
      if (isSheet) scan(carry);
      finish(facts);
    });
    inflater.end(compressed);
  });
}

/** The last cell of a dimension such as "A1:W301" as row and column numbers. */
function dimensionEnd(ref: string): { row: number; column: number } | null {
  const last = ref.split(':').at(-1) ?? '';
  const match = /^\$?([A-Za-z]{1,4})\$?(\d{1,8})$/.exec(last);
  return match ? { column: columnNumber(match[1]!), row: Number(match[2]) } : null;
}

/**
 * Checks an untrusted .xlsx before any parser sees it: a zip of bounded size and entry
 * count, parts whose declared and actual inflated sizes are bounded, sheets within the row
 * and column limits, and no DOCTYPE or entity declaration in any XML part. Each refusal
 * is one sentence naming the limit or the problem.
 */
export async function checkWorkbookZip(bytes: Buffer): Promise<Result<{ entries: number; inflatedBytes: number }>> {
  if (bytes.length > WORKBOOK_LIMITS.fileBytes) return refuse(`The workbook is ${mb(bytes.length)}; Cairn imports workbooks of at most ${mb(WORKBOOK_LIMITS.fileBytes)}.`);
  if (bytes.length < 22) return refuse('It is not an Excel workbook (.xlsx): the file is too short to be a zip archive.');
  const entries = centralDirectory(bytes);
  if (typeof entries === 'string') return refuse(entries);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) return refuse('It is not an Excel workbook (.xlsx): the zip archive has no workbook inside.');
  let declaredTotal = 0;
  for (const entry of entries) {
    if (entry.flags & 1) return refuse('The workbook is encrypted or password-protected; save it without a password and import it again.');
    if (entry.method !== 0 && entry.method !== 8) return refuse(`The workbook part ${entry.name} uses a compression Cairn does not read.`);
    if (entry.declaredSize > WORKBOOK_LIMITS.entryBytes) return refuse(`The workbook part ${entry.name} declares ${mb(entry.declaredSize)} uncompressed; Cairn reads parts of at most ${mb(WORKBOOK_LIMITS.entryBytes)}.`);
    declaredTotal += entry.declaredSize;
  }
  if (declaredTotal > WORKBOOK_LIMITS.totalBytes) return refuse(`The workbook declares ${mb(declaredTotal)} uncompressed in all; Cairn reads at most ${mb(WORKBOOK_LIMITS.totalBytes)}.`);
  let inflated = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const start = dataStart(bytes, entry);
    if (start === null) return refuse(`The workbook is damaged: the part ${entry.name} is cut short.`);
    const isXml = /\.(xml|rels|vml)$/i.test(entry.name);
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    const facts = await inspectPart(bytes.subarray(start, start + entry.compressedSize), entry, Math.min(WORKBOOK_LIMITS.entryBytes, WORKBOOK_LIMITS.totalBytes - inflated), { isXml, isSheet });
    if (typeof facts === 'string') return refuse(facts);
    inflated += facts.size;
    if (facts.declaresDtd) return refuse(`The workbook part ${entry.name} declares a DOCTYPE or entities, which Cairn never reads.`);
    if (!isSheet) continue;
    const end = facts.dimension ? dimensionEnd(facts.dimension) : null;
    const rows = Math.max(end?.row ?? 0, facts.maxRow);
    const columns = Math.max(end?.column ?? 0, facts.maxColumn);
    const sheet = entry.name.slice('xl/worksheets/'.length);
    if (rows > WORKBOOK_LIMITS.rows) return refuse(`The sheet ${sheet} reaches row ${rows.toLocaleString('en')}; Cairn reads sheets of at most ${WORKBOOK_LIMITS.rows.toLocaleString('en')} rows.`);
    if (columns > WORKBOOK_LIMITS.columns) return refuse(`The sheet ${sheet} reaches column ${columns.toLocaleString('en')}; Cairn reads sheets of at most ${WORKBOOK_LIMITS.columns} columns.`);
  }
  return { ok: true, value: { entries: entries.length, inflatedBytes: inflated } };
}
