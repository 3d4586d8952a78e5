import { isOpenable } from '../open-routing';
import type { HandlerDeps } from './handlers';
import type { Handlers } from './handler-types';
import type { FileKind } from '../../../shared/ipc/contract-files';

/** A file the OS hands Cairn is read once, by the import preview: an engagement file or a workbook. */
const OPENED_FILE_KINDS: readonly FileKind[] = ['cairn', 'xlsx'];

/**
 * Opened files, the keyboard context and remembered export choices. Opened paths come only
 * from the OS (arguments, open-file, a drop the preload saw); the page gets read grants
 * for them, never the paths, exactly as for a file chosen in the open dialog.
 */
export function createDesktopHandlers({ platform, fileGrants, preferences }: HandlerDeps): Pick<Handlers, 'takeOpenedFiles' | 'setEditingContext' | 'getExportChoices' | 'setExportChoices'> {
  return {
    takeOpenedFiles: async () => {
      const paths = platform.takeOpenedFiles?.() ?? [];
      return paths
        .filter(isOpenable)
        .map((filePath) => fileGrants.grant(filePath, 'read', OPENED_FILE_KINDS));
    },
    setEditingContext: async (context) => {
      platform.setEditingContext?.(context);
      return { noted: platform.setEditingContext !== undefined };
    },
    getExportChoices: async () => preferences.exportChoices(),
    setExportChoices: async (choices) => preferences.setExportChoices(choices),
  };
}
