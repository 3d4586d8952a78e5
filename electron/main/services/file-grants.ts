import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { FileGrant, FileKind } from '../../../shared/ipc/contract-files';
import { OperationError } from '../ipc/operation-error';

export type GrantMode = 'read' | 'write';

export interface FileGrants {
  /**
   * Remember a path the consultant chose in a dialog, for the kinds of file the dialog
   * offered; the token is all the renderer sees. A path to write inside the data folder is
   * refused (an export must never land on a client document or Cairn's own files).
   */
  grant(filePath: string, mode: GrantMode, kinds: readonly FileKind[]): FileGrant;
  /**
   * The path behind a token, if it was granted for this mode and this kind of file in this
   * session. A write grant is good for one operation: resolving it uses it up.
   */
  resolve(token: string, mode: GrantMode, kind: FileKind): string | null;
}

/** The path with every existing part resolved through symlinks, so a link into the data folder is seen for what it is. */
function realPath(filePath: string): string {
  const absolute = path.resolve(filePath);
  let existing = absolute;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync.native(existing), ...rest);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return absolute;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

/** True when `filePath` is the folder itself or anything under it. */
export function isInsideFolder(folder: string, filePath: string): boolean {
  const relative = path.relative(realPath(folder), realPath(filePath));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Paths chosen in system dialogs, by opaque token. A compromised page can only quote back
 * tokens it was given for files the consultant picked; it can never name a path itself,
 * reuse a save location for a second write, or write one kind of file where another was chosen.
 */
export function createFileGrants(options: { dataDir: string; newId?: () => string }): FileGrants {
  const newId = options.newId ?? randomUUID;
  const grants = new Map<string, { filePath: string; mode: GrantMode; kinds: readonly FileKind[] }>();
  return {
    grant(filePath, mode, kinds) {
      if (mode === 'write' && isInsideFolder(options.dataDir, filePath)) {
        throw new OperationError('forbidden', 'Cairn does not save exports or backups inside its own data folder; choose another folder.');
      }
      const token = newId();
      grants.set(token, { filePath, mode, kinds: [...kinds] });
      return { token, name: path.basename(filePath) };
    },
    resolve(token, mode, kind) {
      const found = grants.get(token);
      if (!found || found.mode !== mode || !found.kinds.includes(kind)) return null;
      if (mode === 'write') grants.delete(token);
      return found.filePath;
    },
  };
}
