import type { Client } from '../../../../shared/domain/client';
import { ClientSchema } from '../../../../shared/domain/client';
import { clientIntegrityProblem } from '../../../../shared/file-format/client-integrity';
import type { MergeDecisions } from '../../../../shared/file-format/import-merge';
import type { ImportPreview } from '../../../../shared/ipc/contract-engagement-files';
import { applySyncMerge, planSyncMerge } from '../../../../shared/sync/sync-merge';
import { OperationError } from '../../ipc/operation-error';
import type { Workspace } from '../workspace';
import type { SyncStore } from './sync-store';

export interface SyncConflictsDeps {
  store: SyncStore;
  workspace: Pick<Workspace, 'save' | 'keepAsSnapshot'>;
  clock: () => Date;
  newId: () => string;
  localClient: (clientId: string) => Promise<{ client: Client; revision: string } | null>;
}

/**
 * A sync conflict shown and decided as an import merge: the preview compares this
 * computer's client with the server's copy kept aside, from their common ancestor; the
 * decision saves the merge on top of exactly the revision compared, after snapshots of both
 * sides, so whatever the decisions keep, neither version is ever lost.
 */
export function createSyncConflicts(deps: SyncConflictsDeps) {
  const { clock, newId } = deps;
  const previews = new Map<string, { clientId: string; base: Client | null; mine: Client; mineRevision: string | null; theirs: Client; remoteRev: string }>();
  return {
    async preview(clientId: string): Promise<ImportPreview> {
      const pending = await deps.store.readConflict(clientId);
      if (!pending) throw new OperationError('not-found', 'There is no sync conflict on this client any more.');
      const local = await deps.localClient(clientId);
      if (!local) throw new OperationError('not-found', 'That client is not in the data folder.');
      const base = await deps.store.readBase(clientId);
      const { plan } = planSyncMerge(base, local.client, pending.theirs);
      const previewId = newId();
      previews.set(previewId, { clientId, base, mine: local.client, mineRevision: local.revision, theirs: pending.theirs, remoteRev: pending.remoteRev });
      while (previews.size > 4) previews.delete(previews.keys().next().value!);
      return {
        previewId,
        fileName: `the firm’s copy of ${local.client.name} on the sync server`,
        source: 'cairn',
        clientName: pending.theirs.name,
        appVersion: null,
        exportedAt: pending.theirs.updatedAt,
        migratedFrom: null,
        unknownFields: [],
        unknownFieldCount: 0,
        mode: { kind: 'merge', targetClientId: clientId },
        targetClientName: local.client.name,
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


    async decide(previewId: string, decisions: MergeDecisions): Promise<{ clientId: string; savedAt: string; merged: Client; theirs: Client; remoteRev: string }> {
      const entry = previews.get(previewId);
      if (!entry) throw new OperationError('not-found', 'That comparison has expired; compare the versions again.');
      const now = clock().toISOString();
      const merged = applySyncMerge(entry.base, entry.mine, entry.theirs, decisions, now);
      const valid = ClientSchema.safeParse(merged);
      if (!valid.success || clientIntegrityProblem(valid.data)) throw new OperationError('invalid-request', 'The merge would leave the client invalid; nothing was changed.');
      // Both sides stay restorable from History whatever the decisions kept of them.
      await deps.workspace.keepAsSnapshot(entry.mine);
      await deps.workspace.keepAsSnapshot(entry.theirs);
      const receipt = await deps.workspace.save(valid.data, { baseRevision: entry.mineRevision, snapshotFirst: true, forOtherWriter: true });
      previews.delete(previewId);
      return { clientId: entry.clientId, savedAt: receipt.savedAt, merged: valid.data, theirs: entry.theirs, remoteRev: entry.remoteRev };
    },
  };
}

export type SyncConflicts = ReturnType<typeof createSyncConflicts>;
