import { z } from 'zod';
import { ClientSchema, summarizeClient, type Client, type ClientSummary } from '../domain/client';
import { CLIENT_DOCUMENT_SCHEMA_VERSION } from '../domain/client-document';
import { IdSchema } from '../domain/common';
import { StageLevelSchema } from '../assessment/assessment-schema';
import { SafeKeySchema } from '../frameworks/framework-schema';
import { peerAssessmentsOf, type PeerAssessment } from '../scoring/benchmark';

/**
 * The summaries index: what the client list and the peer benchmark need of every client,
 * kept beside the documents so a workspace opens without reading them. Each entry names
 * the document it was made from by its fingerprint (inode, size, change times as `lstat`
 * gives them) and revision; an entry whose document no longer has that fingerprint, a
 * missing index or one that does not parse is simply rebuilt from the documents. The
 * index is never the record: the documents are.
 */
export const SUMMARY_INDEX_FORMAT = 'cairn-summary-index';
/** Bumped when what an entry holds changes; an index of another version is rebuilt. */
export const SUMMARY_INDEX_VERSION = 1;

export interface IndexFingerprint {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** One client as its document was when the entry was made. */
export interface SummaryIndexEntry {
  fingerprint: IndexFingerprint;
  revision: string;
  summary: ClientSummary;
  /** Its latest assessment on each framework, reduced to what the benchmark reads. */
  peers: PeerAssessment[];
}

export interface SummaryIndex {
  format: typeof SUMMARY_INDEX_FORMAT;
  version: typeof SUMMARY_INDEX_VERSION;
  /** The document schema version the entries were read with: another one rebuilds them. */
  schemaVersion: number;
  entries: Record<string, SummaryIndexEntry>;
}

const FingerprintSchema = z.object({ ino: z.number(), size: z.number().int().min(0), mtimeMs: z.number(), ctimeMs: z.number() });

const SummarySchema = ClientSchema.pick({ id: true, name: true, industry: true, size: true, region: true, archivedAt: true, deletedAt: true, createdAt: true, updatedAt: true }).extend({
  stakeholderCount: z.int().min(0),
  engagementCount: z.int().min(0),
  assessmentCount: z.int().min(0),
});

const PeerAssessmentSchema = z.object({
  id: IdSchema,
  frameworkId: SafeKeySchema,
  assessedOn: z.string().max(40),
  updatedAt: z.string().max(40),
  competencies: z.array(z.object({ competencyId: SafeKeySchema, currentStage: StageLevelSchema.nullable(), notApplicable: z.boolean() })).max(1_000),
});

const SummaryIndexSchema = z.object({
  format: z.literal(SUMMARY_INDEX_FORMAT),
  version: z.literal(SUMMARY_INDEX_VERSION),
  schemaVersion: z.int(),
  entries: z.record(IdSchema, z.object({ fingerprint: FingerprintSchema, revision: z.string().min(1).max(100), summary: SummarySchema, peers: z.array(PeerAssessmentSchema).max(1_000) })),
});

/** What an entry says of a client, whatever file it came from. */
export const summaryAndPeers = (client: Client): Pick<SummaryIndexEntry, 'summary' | 'peers'> => ({ summary: summarizeClient(client), peers: peerAssessmentsOf(client.assessments) });

/** The entry for a client read from its document. */
export function indexEntryOf(client: Client, fingerprint: IndexFingerprint, revision: string): SummaryIndexEntry {
  return { fingerprint: { ...fingerprint }, revision, ...summaryAndPeers(client) };
}

export const emptySummaryIndex = (): SummaryIndex => ({ format: SUMMARY_INDEX_FORMAT, version: SUMMARY_INDEX_VERSION, schemaVersion: CLIENT_DOCUMENT_SCHEMA_VERSION, entries: {} });

/**
 * The index from its text; an empty one when the text is not a current index (damaged,
 * another version, written for another schema version), so every client is read again.
 * An entry whose key is not its summary's id is dropped the same way.
 */
export function parseSummaryIndex(text: string): SummaryIndex {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return emptySummaryIndex();
  }
  const parsed = SummaryIndexSchema.safeParse(raw);
  if (!parsed.success || parsed.data.schemaVersion !== CLIENT_DOCUMENT_SCHEMA_VERSION) return emptySummaryIndex();
  const entries = Object.fromEntries(Object.entries(parsed.data.entries).filter(([id, entry]) => entry.summary.id === id));
  return { ...parsed.data, entries };
}

export function serializeSummaryIndex(entries: Record<string, SummaryIndexEntry>): string {
  return JSON.stringify({ ...emptySummaryIndex(), entries });
}

/** True when the entry was made from the document that has this fingerprint now. */
export const entryMatches = (entry: SummaryIndexEntry | undefined, fingerprint: IndexFingerprint): entry is SummaryIndexEntry =>
  entry !== undefined &&
  entry.fingerprint.ino === fingerprint.ino &&
  entry.fingerprint.size === fingerprint.size &&
  entry.fingerprint.mtimeMs === fingerprint.mtimeMs &&
  entry.fingerprint.ctimeMs === fingerprint.ctimeMs;
