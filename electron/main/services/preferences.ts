import { join } from 'node:path';
import { z } from 'zod';
import { IdSchema } from '../../../shared/domain/common';
import { DEFAULT_EXPORT_CHOICES, ExportChoicesSchema, type ExportChoices } from '../../../shared/deliverables/export-choices';
import { ConsultantProfileSchema, DEFAULT_PROFILE, LOGO_MAX_BYTES, type ConsultantProfile, type Preferences } from '../../../shared/domain/preferences';
import { OperationError } from '../ipc/operation-error';
import { writeFileAtomic } from './atomic-write';
import { hasErrorCode, nodeFsPort, type FsPort } from './fs-port';
import { decodeLogoDataUrl, encodeLogoDataUrl, sniffLogo } from './logo';
import { readEntry } from './entry-read';
import { entryProblem } from './quarantine';
import type { WorkspaceProblem } from '../../../shared/ipc/contract';
import type { PreferencesStore } from './preferences-store';

export const MAX_RECENT_CLIENTS = 10;
const LOGO_FILES = ['logo.png', 'logo.jpg'] as const;

export interface PreferencesDeps {
  store: PreferencesStore;
  dataDir: string;
  fs?: FsPort;
}

export type PreferencesService = ReturnType<typeof createPreferencesService>;

/**
 * The consultant's preferences over a Conf-like store. The store's file can be edited by
 * hand, so every value is parsed on the way out and falls back to its default.
 */
export function createPreferencesService({ store, dataDir, fs = nodeFsPort }: PreferencesDeps) {
  const branding = join(dataDir, 'branding');

  const read = <T>(key: string, schema: z.ZodType<T>, fallback: T): T => {
    let value: unknown;
    try {
      value = store.get(key);
    } catch {
      // A store whose file became unreadable while running: show defaults, do not crash.
      return fallback;
    }
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };

  /** The logo, or null; a logo entry that cannot be read is left out (and reported by brandingProblems). */
  async function logoDataUrl(): Promise<string | null> {
    for (const name of LOGO_FILES) {
      const read = await readEntry(fs, join(branding, name), `branding/${name}`, LOGO_MAX_BYTES * 2);
      if (!read.ok) continue;
      const kind = sniffLogo(read.bytes);
      return kind ? encodeLogoDataUrl(kind, read.bytes) : null;
    }
    return null;
  }

  /** Logo entries that exist but cannot be read (a folder named logo.png...), reported by name. */
  async function brandingProblems(): Promise<WorkspaceProblem[]> {
    const problems: WorkspaceProblem[] = [];
    for (const name of LOGO_FILES) {
      const read = await readEntry(fs, join(branding, name), `branding/${name}`, LOGO_MAX_BYTES * 2);
      if (read.ok || read.missing) continue;
      const problem = entryProblem(`branding/${name}`, `${read.reason} Deliverables are made without a logo until you set one again in Settings.`, new Date());
      problems.push({ ...problem, clientName: null, latestSnapshot: null });
    }
    return problems;
  }

  async function get(): Promise<Preferences> {
    return {
      profile: read('profile', ConsultantProfileSchema, DEFAULT_PROFILE),
      logoDataUrl: await logoDataUrl(),
      firstRunDone: read('firstRunDone', z.boolean(), false),
      recentClientIds: read('recentClientIds', z.array(IdSchema), []).slice(0, MAX_RECENT_CLIENTS),
    };
  }

  return {
    get,
    brandingProblems,

    async setProfile(profile: ConsultantProfile): Promise<Preferences> {
      store.set('profile', ConsultantProfileSchema.parse(profile));
      return get();
    },

    /** Store a PNG/JPEG logo given as a data URL in branding/; never a path from the page. */
    async setLogo(dataUrl: string): Promise<Preferences> {
      const logo = decodeLogoDataUrl(dataUrl);
      if (!logo.ok) throw new OperationError('invalid-request', logo.message);
      await fs.mkdir(branding, { recursive: true });
      const target = `logo.${logo.kind.extension}`;
      await writeFileAtomic(fs, join(branding, target), logo.bytes);
      for (const other of LOGO_FILES) if (other !== target) await removeIfPresent(fs, join(branding, other));
      return get();
    },

    async clearLogo(): Promise<Preferences> {
      for (const name of LOGO_FILES) await removeIfPresent(fs, join(branding, name));
      return get();
    },

    async completeFirstRun(): Promise<Preferences> {
      store.set('firstRunDone', true);
      return get();
    },

    /** The folder of the last file chosen in a save or open dialog (kept across restarts), or null. */
    lastDialogFolder: (): string | null => read('lastDialogFolder', z.string().min(1).max(4096).nullable(), null),

    rememberDialogFolder(folder: string): void {
      store.set('lastDialogFolder', folder);
    },

    /** The export dialog's remembered format and sections (defaults when none or unreadable). */
    exportChoices: (): ExportChoices => read('exportChoices', ExportChoicesSchema, DEFAULT_EXPORT_CHOICES),

    setExportChoices(choices: ExportChoices): ExportChoices {
      store.set('exportChoices', ExportChoicesSchema.parse(choices));
      return read('exportChoices', ExportChoicesSchema, DEFAULT_EXPORT_CHOICES);
    },

    /** Most recent first, without duplicates, at most {@link MAX_RECENT_CLIENTS}. */
    async noteClientOpened(clientId: string): Promise<Preferences> {
      const recent = read('recentClientIds', z.array(IdSchema), []);
      store.set('recentClientIds', [clientId, ...recent.filter((id) => id !== clientId)].slice(0, MAX_RECENT_CLIENTS));
      return get();
    },
  };
}

async function removeIfPresent(fs: FsPort, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (error) {
    if (!hasErrorCode(error, 'ENOENT')) throw error;
  }
}
