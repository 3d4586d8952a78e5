import { join } from 'node:path';
import { BUILT_IN_FRAMEWORKS } from '../../../shared/frameworks/builtin';
import { TEN_STAGES_MODEL_ID } from '../../../shared/frameworks/builtin/ten-stages';
import { FrameworkSchema, type Framework } from '../../../shared/frameworks/framework-schema';
import { OperationError } from '../ipc/operation-error';
import { sweepTempFiles, writeFileAtomic } from './atomic-write';
import { clientIdFromFileName, dataLayout } from './data-layout';
import { hasErrorCode, listFolder, nodeFsPort, type FsPort } from './fs-port';

/** A library file that could not be read; the file is left where it is for the consultant. */
export interface SkippedFrameworkFile {
  file: string;
  reason: string;
}

export interface FrameworkLibraryDeps {
  dataDir: string;
  fs?: FsPort;
  /** Told about every unreadable file `list` skips; defaults to a console warning. */
  onSkipped?: (skipped: SkippedFrameworkFile) => void;
}

export type FrameworkLibrary = ReturnType<typeof createFrameworkLibrary>;

/** Ids a custom framework may never take: the built-in frameworks and models. */
const RESERVED_IDS: ReadonlySet<string> = new Set([...BUILT_IN_FRAMEWORKS.map((framework) => framework.id), TEN_STAGES_MODEL_ID]);

/**
 * The consultant's custom frameworks, one `frameworks/<id>.json` each, written atomically.
 * Built-in frameworks are code, not files: saving one (or one claiming to be built in) is
 * refused. A file that cannot be read or validated is skipped and reported, never fatal.
 */
export function createFrameworkLibrary(deps: FrameworkLibraryDeps) {
  const fs = deps.fs ?? nodeFsPort;
  const folder = dataLayout(deps.dataDir).frameworks;
  const onSkipped = deps.onSkipped ?? ((skipped) => console.warn(`Cairn: skipped framework file ${skipped.file}: ${skipped.reason}`));
  const fileOf = (id: string) => join(folder, `${id}.json`);

  async function readOne(name: string): Promise<Framework | SkippedFrameworkFile> {
    let text: string;
    try {
      text = (await fs.readFile(join(folder, name))).toString('utf8');
    } catch (error) {
      return { file: name, reason: `could not be read (${error instanceof Error ? error.message : String(error)})` };
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { file: name, reason: 'is not valid JSON' };
    }
    const parsed = FrameworkSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { file: name, reason: `is not a valid framework (${issue ? `${issue.path.join('.') || 'the file'}: ${issue.message}` : 'unknown problem'})` };
    }
    if (parsed.data.builtIn || RESERVED_IDS.has(parsed.data.id)) return { file: name, reason: 'claims to be a built-in framework' };
    return parsed.data;
  }

  return {
    /** Every readable custom framework, sorted by name; skipped files are reported through `onSkipped`. */
    async list(): Promise<{ frameworks: Framework[]; skipped: SkippedFrameworkFile[] }> {
      const frameworks: Framework[] = [];
      const skipped: SkippedFrameworkFile[] = [];
      for (const name of (await listFolder(fs, folder)).sort()) {
        if (clientIdFromFileName(name) === null) continue;
        const result = await readOne(name);
        if ('reason' in result) {
          skipped.push(result);
          onSkipped(result);
        } else frameworks.push(result);
      }
      frameworks.sort((a, b) => a.name.localeCompare(b.name));
      return { frameworks, skipped };
    },

    async save(framework: Framework): Promise<Framework> {
      if (framework.builtIn) throw new OperationError('forbidden', `“${framework.name}” is marked as built in; only custom frameworks can be saved. Duplicate it first.`);
      if (RESERVED_IDS.has(framework.id)) throw new OperationError('forbidden', `The id “${framework.id}” belongs to a built-in framework; give the custom framework another id.`);
      await fs.mkdir(folder, { recursive: true });
      await writeFileAtomic(fs, fileOf(framework.id), `${JSON.stringify(framework, null, 2)}\n`);
      return framework;
    },

    async remove(id: string): Promise<{ deleted: boolean }> {
      if (RESERVED_IDS.has(id)) throw new OperationError('forbidden', 'Built-in frameworks cannot be deleted.');
      try {
        await fs.unlink(fileOf(id));
        return { deleted: true };
      } catch (error) {
        if (hasErrorCode(error, 'ENOENT')) return { deleted: false };
        throw error;
      }
    },

    /** Remove temp files a crash left mid-save. */
    sweep: () => sweepTempFiles(fs, folder),
  };
}
