import { join } from 'node:path';
import { BUILT_IN_WORKSHOP_TEMPLATES } from '../../../shared/workshop/workshop-templates';
import { WorkshopTemplateSchema, type WorkshopTemplate } from '../../../shared/workshop/workshop-template-schema';
import { OperationError } from '../ipc/operation-error';
import { sweepTempFiles, writeFileAtomic } from './atomic-write';
import { clientIdFromFileName } from './data-layout';
import { hasErrorCode, listFolder, nodeFsPort, type FsPort } from './fs-port';

/** A template file that could not be used; it is left where it is for the consultant. */
export interface SkippedTemplateFile {
  file: string;
  reason: string;
}

export interface WorkshopTemplateLibraryDeps {
  dataDir: string;
  fs?: FsPort;
  /** Told about every unreadable file `list` skips; defaults to a console warning. */
  onSkipped?: (skipped: SkippedTemplateFile) => void;
}

export type WorkshopTemplateLibrary = ReturnType<typeof createWorkshopTemplateLibrary>;

/** The folder under the data folder that holds the consultant's own workshop templates. */
export const WORKSHOP_TEMPLATE_FOLDER = 'workshop-templates';

const RESERVED_IDS: ReadonlySet<string> = new Set(BUILT_IN_WORKSHOP_TEMPLATES.map((template) => template.id));

/**
 * The consultant's own workshop templates, one `workshop-templates/<id>.json` each, written
 * atomically. Built-in templates are code: saving one, or a file claiming to be one, is
 * refused. A file that cannot be read or validated is skipped and reported, never fatal.
 */
export function createWorkshopTemplateLibrary(deps: WorkshopTemplateLibraryDeps) {
  const fs = deps.fs ?? nodeFsPort;
  const folder = join(deps.dataDir, WORKSHOP_TEMPLATE_FOLDER);
  const onSkipped = deps.onSkipped ?? ((skipped) => console.warn(`Cairn: skipped workshop template ${skipped.file}: ${skipped.reason}`));
  const fileOf = (id: string) => join(folder, `${id}.json`);

  async function readOne(name: string): Promise<WorkshopTemplate | SkippedTemplateFile> {
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
    const parsed = WorkshopTemplateSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { file: name, reason: `is not a valid workshop template (${issue ? `${issue.path.join('.') || 'the file'}: ${issue.message}` : 'unknown problem'})` };
    }
    if (parsed.data.builtIn || RESERVED_IDS.has(parsed.data.id)) return { file: name, reason: 'claims to be a built-in template' };
    if (`${parsed.data.id}.json` !== name) return { file: name, reason: `holds the template “${parsed.data.id}” under another file name` };
    return parsed.data;
  }

  return {
    /** Every readable template, sorted by name; skipped files are reported through `onSkipped` too. */
    async list(): Promise<{ templates: WorkshopTemplate[]; skipped: SkippedTemplateFile[] }> {
      const templates: WorkshopTemplate[] = [];
      const skipped: SkippedTemplateFile[] = [];
      for (const name of (await listFolder(fs, folder)).sort()) {
        if (clientIdFromFileName(name) === null) continue;
        const result = await readOne(name);
        if ('reason' in result) {
          skipped.push(result);
          onSkipped(result);
        } else templates.push(result);
      }
      templates.sort((a, b) => a.name.localeCompare(b.name));
      return { templates, skipped };
    },

    async save(template: WorkshopTemplate): Promise<WorkshopTemplate> {
      if (template.builtIn || RESERVED_IDS.has(template.id)) throw new OperationError('forbidden', `“${template.name}” is a built-in template; save your changes under a new name instead.`);
      await fs.mkdir(folder, { recursive: true });
      await writeFileAtomic(fs, fileOf(template.id), `${JSON.stringify(template, null, 2)}\n`);
      return template;
    },

    async remove(id: string): Promise<{ deleted: boolean }> {
      if (RESERVED_IDS.has(id)) throw new OperationError('forbidden', 'Built-in templates cannot be deleted.');
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
