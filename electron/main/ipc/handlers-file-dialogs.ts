import path from 'node:path';
import type { FileKind } from '../../../shared/ipc/contract-files';
import type { HandlerDeps } from './handlers';
import type { Handlers } from './handler-types';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

const FILTERS: Record<FileKind, DialogFilter> = {
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  cairn: { name: 'Cairn engagement file', extensions: ['cairn'] },
  backup: { name: 'Cairn workspace backup', extensions: ['cairn-backup'] },
};

/** Strip what a file name may not hold on any of the three desktop systems. */
export const safeFileName = (name: string): string =>
  name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/^[.\s]+/, '')
    .slice(0, 200)
    .trim() || 'Cairn export';

/** System file dialogs; the chosen paths become grants. */
export function createFileDialogHandlers({ platform, fileGrants, preferences }: HandlerDeps): Pick<Handlers, 'chooseSaveFile' | 'chooseOpenFile'> {
  return {
    chooseSaveFile: async ({ kind, defaultName }) => {
      const name = safeFileName(defaultName);
      const lastFolder = preferences.lastDialogFolder();
      const chosen = await platform.chooseSaveFile({
        defaultPath: lastFolder ? path.join(lastFolder, name) : name,
        filters: [FILTERS[kind]],
      });
      if (!chosen) return null;
      preferences.rememberDialogFolder(path.dirname(chosen));
      return fileGrants.grant(chosen, 'write', [kind]);
    },
    chooseOpenFile: async ({ kinds }) => {
      const chosen = await platform.chooseOpenFile({ defaultPath: preferences.lastDialogFolder(), filters: kinds.map((kind) => FILTERS[kind]) });
      if (!chosen) return null;
      preferences.rememberDialogFolder(path.dirname(chosen));
      return fileGrants.grant(chosen, 'read', kinds);
    },
  };
}
