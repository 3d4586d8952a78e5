import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../../shared/domain/common';
import { compactTimestamp, parseCompactTimestamp } from '../../../shared/workspace/snapshot-ids';
import { writeFileAtomic } from './atomic-write';
import type { DataLayout } from './data-layout';
import { readEntry } from './entry-read';
import { hasErrorCode, listFolder, type FsPort } from './fs-port';

/** One problem: names and snapshots are looked up fresh when it is shown. */
const StoredProblemSchema = z.object({
  id: IdSchema,
  /** The client concerned, or '' for an entry that is not a client's (problems.json, the logo). */
  clientId: z.string(),
  reason: z.string(),
  quarantinedAs: z.string(),
  detectedAt: TimestampSchema,
});
export type StoredProblem = z.infer<typeof StoredProblemSchema>;
/** The list older versions kept in quarantine/problems.json; still read, no longer written. */
const LegacyProblemsSchema = z.object({ problems: z.array(StoredProblemSchema) });
const ReasonSchema = z.object({ clientId: z.string(), reason: z.string(), detectedAt: TimestampSchema });

/** `quarantine/<stamp>--<clientId>/`: one quarantined document, its folder being its record. */
const RECORD_FOLDER = /^(\d{8}T\d{9}Z)--([A-Za-z0-9_-]{1,64})$/;
const REASON_FILE = 'reason.json';
const UNRECORDED = 'It could not be read and was set aside; the reason could not be recorded at the time (the disk may have been full).';

export interface QuarantineDeps {
  fs: FsPort;
  layout: DataLayout;
  clock: () => Date;
  /** A read-only opener reports problems and never moves or writes anything. */
  readOnly: boolean;
}

export type Quarantine = ReturnType<typeof createQuarantine>;

/** Stable across restarts, so a problem keeps its id while its folder exists. */
export const problemIdFor = (entry: string): string => `p-${createHash('sha256').update(entry).digest('hex').slice(0, 24)}`;

/**
 * Moves unreadable client documents aside, byte for byte. The quarantine folder itself is
 * the record: each document goes to `quarantine/<stamp>--<clientId>/` with a `reason.json`
 * written before the move, so even when that write fails (a full disk) the folder is
 * found at the next start and the client is reported. Resolving renames the folder to
 * `….resolved`, which needs no free space.
 */
export function createQuarantine({ fs, layout, clock, readOnly }: QuarantineDeps) {
  let problems: StoredProblem[] = [];
  let legacy: StoredProblem[] = [];
  /** Entries of quarantine/ itself that could not be read (reported, not fatal). */
  let unreadable: StoredProblem[] = [];

  async function loadLegacy(): Promise<void> {
    legacy = [];
    const read = await readEntry(fs, layout.problemsFile, 'quarantine/problems.json');
    if (!read.ok) {
      if (!read.missing) unreadable.push(entryProblem('quarantine/problems.json', read.reason, clock()));
      return;
    }
    const parsed = LegacyProblemsSchema.safeParse(safeJson(read.bytes.toString('utf8')));
    if (parsed.success) legacy = parsed.data.problems;
    // A damaged list is set aside rather than trusted; the quarantined files stay.
    else if (!readOnly) await fs.rename(layout.problemsFile, join(layout.quarantine, `${compactTimestamp(clock())}-problems.json`)).catch(() => undefined);
  }

  async function loadRecord(folder: string): Promise<StoredProblem | null> {
    const match = RECORD_FOLDER.exec(folder);
    if (!match) return null;
    const [, stamp, clientId] = match as unknown as [string, string, string];
    const detectedAt = (parseCompactTimestamp(stamp) ?? clock()).toISOString();
    const base = { id: problemIdFor(folder), clientId, quarantinedAs: `quarantine/${folder}/${clientId}.json`, detectedAt };
    const stats = await fs.lstat(join(layout.quarantine, folder)).catch(() => null);
    if (!stats?.isDirectory()) return null;
    const read = await readEntry(fs, join(layout.quarantine, folder, REASON_FILE), `quarantine/${folder}/${REASON_FILE}`, 1_000_000);
    const recorded = read.ok ? ReasonSchema.safeParse(safeJson(read.bytes.toString('utf8'))) : null;
    return { ...base, reason: recorded?.success ? recorded.data.reason : UNRECORDED };
  }

  return {
    async load(): Promise<void> {
      unreadable = [];
      await loadLegacy();
      const found: StoredProblem[] = [];
      for (const name of (await listFolder(fs, layout.quarantine).catch(() => [])).sort()) {
        const record = await loadRecord(name);
        if (record) found.push(record);
      }
      problems = found;
    },

    all: (): readonly StoredProblem[] => [...legacy, ...problems, ...unreadable],
    find: (problemId: string): StoredProblem | undefined => [...legacy, ...problems].find((problem) => problem.id === problemId),

    /**
     * Set `clients/<fileName>` aside: record folder, reason (best effort), then the move.
     * If the folder cannot be made or the move fails (read-only folder), or this opener is
     * read-only, the problem is still returned with the file left where it is.
     */
    async add(fileName: string, clientId: string, reason: string): Promise<StoredProblem> {
      const detectedAt = clock();
      const folder = `${compactTimestamp(detectedAt)}--${clientId}`;
      const leftInPlace: StoredProblem = { id: problemIdFor(`clients/${fileName}`), clientId, reason, quarantinedAs: `clients/${fileName}`, detectedAt: detectedAt.toISOString() };
      if (readOnly) return leftInPlace;
      const recordPath = join(layout.quarantine, folder);
      try {
        await fs.mkdir(recordPath, { recursive: true });
      } catch {
        return leftInPlace;
      }
      const record = { clientId, reason, detectedAt: detectedAt.toISOString(), originalName: `clients/${fileName}` };
      await writeFileAtomic(fs, join(recordPath, REASON_FILE), `${JSON.stringify(record, null, 2)}\n`).catch(() => undefined);
      try {
        await fs.rename(join(layout.clients, fileName), join(recordPath, fileName));
      } catch {
        await fs.rm(recordPath, { recursive: true, force: true }).catch(() => undefined);
        return leftInPlace;
      }
      const problem: StoredProblem = { id: problemIdFor(folder), clientId, reason, quarantinedAs: `quarantine/${folder}/${fileName}`, detectedAt: detectedAt.toISOString() };
      problems = [...problems, problem];
      return problem;
    },

    /** Close a problem; the quarantined bytes stay in quarantine/. */
    async remove(problemId: string): Promise<boolean> {
      const legacyHit = legacy.some((problem) => problem.id === problemId);
      if (legacyHit) {
        legacy = legacy.filter((problem) => problem.id !== problemId);
        await writeFileAtomic(fs, layout.problemsFile, `${JSON.stringify({ problems: legacy }, null, 2)}\n`);
        return true;
      }
      const problem = problems.find((candidate) => candidate.id === problemId);
      if (!problem) return false;
      const folder = problem.quarantinedAs.split('/')[1]!;
      await fs.rename(join(layout.quarantine, folder), join(layout.quarantine, `${folder}.resolved`)).catch((error: unknown) => {
        if (!hasErrorCode(error, 'ENOENT')) throw error;
      });
      problems = problems.filter((candidate) => candidate.id !== problemId);
      return true;
    },
  };
}

/** A problem with an entry of the data folder that is not a client document. */
export function entryProblem(entry: string, reason: string, now: Date, clientId = ''): StoredProblem {
  return { id: problemIdFor(entry), clientId, reason, quarantinedAs: entry, detectedAt: now.toISOString() };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
