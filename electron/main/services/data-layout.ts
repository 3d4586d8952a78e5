import { join } from 'node:path';

/**
 * Where everything lives under the data folder. Client ids are validated by IdSchema
 * ([A-Za-z0-9_-]) before they reach these functions, so they are safe as file names.
 */
export interface DataLayout {
  root: string;
  clients: string;
  snapshots: string;
  quarantine: string;
  purged: string;
  backups: string;
  branding: string;
  /** The consultant's custom frameworks, one `<id>.json` each. */
  frameworks: string;
  problemsFile: string;
  /** The summaries index (see shared/workspace/summary-index.ts): outside clients/, so no scan takes it for a document. */
  summaryIndexFile: string;
  clientFile(clientId: string): string;
  snapshotFolder(clientId: string): string;
  snapshotFile(clientId: string, snapshotId: string): string;
}

export function dataLayout(root: string): DataLayout {
  const clients = join(root, 'clients');
  const snapshots = join(root, 'snapshots');
  const quarantine = join(root, 'quarantine');
  return {
    root,
    clients,
    snapshots,
    quarantine,
    purged: join(root, 'purged'),
    backups: join(root, 'backups'),
    branding: join(root, 'branding'),
    frameworks: join(root, 'frameworks'),
    problemsFile: join(quarantine, 'problems.json'),
    summaryIndexFile: join(root, 'index', 'summaries.json'),
    clientFile: (clientId) => join(clients, `${clientId}.json`),
    snapshotFolder: (clientId) => join(snapshots, clientId),
    snapshotFile: (clientId, snapshotId) => join(snapshots, clientId, `${snapshotId}.json`),
  };
}

/** `clients/<id>.json` → `<id>`, or null for a name that is not a client document. */
export function clientIdFromFileName(name: string): string | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.json$/.exec(name);
  return match ? (match[1] ?? null) : null;
}
