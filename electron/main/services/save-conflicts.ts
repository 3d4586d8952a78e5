import { randomUUID } from 'node:crypto';
import { ClientSchema, type Client } from '../../../shared/domain/client';
import { parseClientDocument } from '../../../shared/file-format/client-document-format';
import { clientIntegrityProblem } from '../../../shared/file-format/client-integrity';
import { applyMerge, planMerge, type MergeDecisions } from '../../../shared/file-format/import-merge';
import type { ImportPreview } from '../../../shared/ipc/contract-engagement-files';
import type { ConflictResolution } from '../../../shared/ipc/contract';
import { OperationError } from '../ipc/operation-error';
import { dataLayout } from './data-layout';
import { currentRevision } from './document-revision';
import { nodeFsPort, type FsPort } from './fs-port';
import type { Workspace } from './workspace';

export interface SaveConflictsDeps {
  dataDir: string;
  workspace: Pick<Workspace, 'save' | 'keepAsSnapshot'>;
  fs?: FsPort;
  clock?: () => Date;
  newId?: () => string;
}

interface PendingResolution {
  mine: Client;
  theirs: Client | null;
  /** The revision on disk when the preview was made; the merge is saved on top of exactly it. */
  revision: string | null;
}

/**
 * When a save is refused because the document changed on disk (a sync tool, another
 * process), the consultant gets the import's merge preview between the edits kept in
 * memory ("mine") and the document on disk ("the file's"). Applying it saves the merge
 * on top of that exact revision, after snapshots of both versions: whatever the merge
 * keeps of each, neither is ever dropped.
 */
export function createSaveConflicts(deps: SaveConflictsDeps) {
  const fs = deps.fs ?? nodeFsPort;
  const clock = deps.clock ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const layout = dataLayout(deps.dataDir);
  const pending = new Map<string, PendingResolution>();

  async function onDisk(clientId: string): Promise<{ client: Client | null; revision: string | null }> {
    const current = await currentRevision(fs, layout.clientFile(clientId));
    if (!current) return { client: null, revision: null };
    const parsed = parseClientDocument(current.bytes.toString('utf8'));
    if (!parsed.ok) throw new OperationError('invalid-request', `The version on disk cannot be read (${parsed.reason}); your changes are kept. Restart Cairn to set it aside.`);
    return { client: parsed.document.client, revision: current.revision };
  }

  return {
    async preview(mine: Client): Promise<ImportPreview> {
      const disk = await onDisk(mine.id);
      const plan = planMerge(mine, disk.client ?? mine);
      const previewId = newId();
      pending.set(previewId, { mine, theirs: disk.client, revision: disk.revision });
      while (pending.size > 4) pending.delete(pending.keys().next().value!);
      return {
        previewId,
        fileName: `the version on disk of ${mine.name}`,
        source: 'cairn',
        clientName: disk.client?.name ?? mine.name,
        appVersion: null,
        exportedAt: disk.client?.updatedAt ?? null,
        migratedFrom: null,
        unknownFields: [],
        unknownFieldCount: 0,
        mode: { kind: 'merge', targetClientId: mine.id },
        targetClientName: mine.name,
        freshIds: false,
        targetInTrash: false,
        trashedClientId: null,
        landsIn: 'active',
        landingNote: null,
        newClientName: null,
        groups: plan.groups,
        items: plan.items.slice(0, 500),
        itemCount: plan.items.length,
        frameworksToAdd: [],
      };
    },

    async resolve(previewId: string, decisions: MergeDecisions): Promise<ConflictResolution> {
      const entry = pending.get(previewId);
      if (!entry) throw new OperationError('not-found', 'That comparison has expired; compare the versions again.');
      const merged = entry.theirs ? applyMerge(entry.mine, entry.theirs, decisions, clock().toISOString()) : entry.mine;
      const valid = ClientSchema.safeParse(merged);
      const integrity = valid.success ? clientIntegrityProblem(valid.data) : null;
      if (!valid.success || integrity) throw new OperationError('invalid-request', 'The merge would leave the client invalid; nothing was changed. Your changes are kept.');
      // Both sides stay restorable from History whatever the merge kept of them.
      await deps.workspace.keepAsSnapshot(entry.mine);
      // Saved on top of exactly the revision compared with (after a snapshot of it); if it moved again, compare again.
      const receipt = await deps.workspace.save(valid.data, { baseRevision: entry.revision, snapshotFirst: true });
      pending.delete(previewId);
      return { client: valid.data, savedAt: receipt.savedAt };
    },
  };
}

export type SaveConflicts = ReturnType<typeof createSaveConflicts>;
