import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { FileGrant } from '../../../shared/ipc/contract-files';

export type GrantMode = 'read' | 'write';

export interface FileGrants {
  /** Remember a path the consultant chose in a dialog; the token is all the renderer sees. */
  grant(filePath: string, mode: GrantMode): FileGrant;
  /** The path behind a token, if it was granted for this mode in this session. */
  resolve(token: string, mode: GrantMode): string | null;
}

/**
 * Paths chosen in system dialogs, by opaque token. A compromised page can only quote back
 * tokens it was given for files the consultant picked; it can never name a path itself.
 */
export function createFileGrants(newId: () => string = randomUUID): FileGrants {
  const grants = new Map<string, { filePath: string; mode: GrantMode }>();
  return {
    grant(filePath, mode) {
      const token = newId();
      grants.set(token, { filePath, mode });
      return { token, name: path.basename(filePath) };
    },
    resolve(token, mode) {
      const found = grants.get(token);
      return found && found.mode === mode ? found.filePath : null;
    },
  };
}
