import { join } from 'node:path';
import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../../shared/domain/common';
import { compactTimestamp } from '../../../shared/workspace/snapshot-ids';
import { writeFileAtomic } from './atomic-write';
import type { DataLayout } from './data-layout';
import { hasErrorCode, type FsPort } from './fs-port';

/** What is kept in quarantine/problems.json; names and snapshots are looked up fresh. */
const StoredProblemSchema = z.object({
  id: IdSchema,
  clientId: z.string(),
  reason: z.string(),
  quarantinedAs: z.string(),
  detectedAt: TimestampSchema,
});
export type StoredProblem = z.infer<typeof StoredProblemSchema>;
const ProblemsFileSchema = z.object({ problems: z.array(StoredProblemSchema) });

export interface QuarantineDeps {
  fs: FsPort;
  layout: DataLayout;
  clock: () => Date;
  newId: () => string;
}

export type Quarantine = ReturnType<typeof createQuarantine>;

/**
 * Moves unreadable client documents aside, byte for byte, and remembers why until the
 * consultant restores a snapshot or dismisses the problem.
 */
export function createQuarantine({ fs, layout, clock, newId }: QuarantineDeps) {
  let problems: StoredProblem[] = [];

  async function persist(): Promise<void> {
    await fs.mkdir(layout.quarantine, { recursive: true });
    await writeFileAtomic(fs, layout.problemsFile, `${JSON.stringify({ problems }, null, 2)}\n`);
  }

  return {
    async load(): Promise<void> {
      let text: string;
      try {
        text = (await fs.readFile(layout.problemsFile)).toString('utf8');
      } catch (error) {
        if (hasErrorCode(error, 'ENOENT')) {
          problems = [];
          return;
        }
        throw error;
      }
      const parsed = ProblemsFileSchema.safeParse(safeJson(text));
      // A damaged problem list is set aside rather than trusted; the quarantined files stay.
      if (!parsed.success) await fs.rename(layout.problemsFile, join(layout.quarantine, `${compactTimestamp(clock())}-problems.json`));
      problems = parsed.success ? parsed.data.problems : [];
    },

    all: (): readonly StoredProblem[] => problems,
    find: (problemId: string): StoredProblem | undefined => problems.find((problem) => problem.id === problemId),

    /**
     * Rename `clients/<fileName>` into quarantine/ and record the problem. If the move
     * itself fails (read-only folder) the problem is still reported, with the file left
     * where it is, so the app starts and the consultant is told.
     */
    async add(fileName: string, clientId: string, reason: string): Promise<StoredProblem> {
      const detectedAt = clock();
      const quarantinedName = `${compactTimestamp(detectedAt)}-${fileName}`;
      const problem: StoredProblem = {
        id: newId(),
        clientId,
        reason,
        quarantinedAs: `quarantine/${quarantinedName}`,
        detectedAt: detectedAt.toISOString(),
      };
      try {
        await fs.mkdir(layout.quarantine, { recursive: true });
        await fs.rename(join(layout.clients, fileName), join(layout.quarantine, quarantinedName));
      } catch {
        return { ...problem, quarantinedAs: `clients/${fileName}` };
      }
      problems = [...problems, problem];
      await persist().catch(() => undefined);
      return problem;
    },

    async remove(problemId: string): Promise<boolean> {
      if (!problems.some((problem) => problem.id === problemId)) return false;
      problems = problems.filter((problem) => problem.id !== problemId);
      await persist();
      return true;
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
