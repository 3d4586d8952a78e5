import type { Client } from '../../../shared/domain/client';
import { clientPlace, placeNote } from '../../../shared/file-format/import-landing';
import { applyMerge, planCreate, planMerge } from '../../../shared/file-format/import-merge';
import type { CairnApi } from '../../../shared/ipc/contract';
import type { ImportPreview, UndoImportReceipt } from '../../../shared/ipc/contract-engagement-files';
import type { OperationName } from '../../../shared/ipc/operation-names';
import { fail, ok, type Result } from '../../../shared/result';

type Handle = <T>(op: OperationName, request: unknown, run: () => Result<T>) => Promise<Result<T>>;

export interface FakeEngagementFileState {
  stored: Map<string, Client>;
  /** What an opened file holds, by file name: a client, or the message a bad file is refused with. */
  importFiles: Map<string, Client | string>;
}

/**
 * Engagement-file operations for the in-memory API, over the real (pure) merge planner, so
 * component tests see true counts. Files are looked up by the name the fake dialog granted.
 */
export function createFakeEngagementFileOps(
  state: () => FakeEngagementFileState,
  handle: Handle,
): Pick<CairnApi, 'exportClientFile' | 'backupWorkspace' | 'previewImport' | 'applyImport' | 'undoImport'> {
  const previews = new Map<string, { preview: ImportPreview; incoming: Client }>();
  const imports = new Map<string, { before: Client | null; clientId: string }>();
  const fileName = (token: string) => token.replace(/^grant-/, '');
  return {
    exportClientFile: (request) => handle('exportClientFile', request, () => ok({ bytes: 4096, fileName: fileName(request.fileToken) })),
    backupWorkspace: (request) => handle('backupWorkspace', request, () => ok({ clients: state().stored.size, bytes: 8192, fileName: fileName(request.fileToken) })),
    previewImport: (request) =>
      handle('previewImport', request, () => {
        const name = fileName(request.fileToken);
        const content = state().importFiles.get(name);
        if (content === undefined) return fail('not-found', `The file ${name} no longer exists.`);
        if (typeof content === 'string') return fail('invalid-request', content);
        const requested = request.mode ?? null;
        const existing = state().stored.get(content.id);
        const mode = requested ?? (existing ? { kind: 'merge' as const, targetClientId: content.id } : { kind: 'new' as const });
        const target = mode.kind === 'merge' ? state().stored.get(mode.targetClientId) : undefined;
        if (mode.kind === 'merge' && !target) return fail('not-found', 'There is no such client.');
        const freshIds = mode.kind === 'new' && existing !== undefined;
        const incoming = freshIds ? { ...content, id: `${content.id}-copy`, name: `${content.name} (copy)` } : content;
        const plan = target ? planMerge(target, incoming) : planCreate(incoming);
        const preview: ImportPreview = {
          previewId: `preview-${previews.size + 1}`,
          fileName: name,
          source: name.endsWith('.xlsx') ? 'xlsx' : 'cairn',
          clientName: content.name,
          appVersion: '0.1.0',
          exportedAt: '2026-11-30T10:00:00.000Z',
          migratedFrom: null,
          unknownFields: [],
          unknownFieldCount: 0,
          mode,
          targetClientName: target?.name ?? null,
          freshIds,
          newClientName: target ? null : incoming.name,
          groups: plan.groups,
          items: plan.items,
          itemCount: plan.items.length,
          frameworksToAdd: [],
          targetInTrash: target !== undefined && target.deletedAt !== null,
          trashedClientId: existing?.deletedAt ? existing.id : null,
          landsIn: target ? 'active' : clientPlace(incoming),
          landingNote: target ? null : placeNote(incoming.name, clientPlace(incoming)),
        };
        previews.set(preview.previewId, { preview, incoming });
        return ok(preview);
      }),
    applyImport: (request) =>
      handle('applyImport', request, () => {
        const found = previews.get(request.previewId);
        if (!found) return fail('not-found', 'That import preview has expired; choose the file again.');
        const { preview, incoming } = found;
        const before = preview.mode.kind === 'merge' ? (state().stored.get(preview.mode.targetClientId) ?? null) : null;
        const merged = before ? applyMerge(before, incoming, request.decisions ?? {}, '2026-12-01T09:00:00.000Z') : incoming;
        const client = before?.deletedAt ? { ...merged, deletedAt: null } : merged;
        state().stored.set(client.id, client);
        const importId = `import-${imports.size + 1}`;
        imports.set(importId, { before, clientId: client.id });
        return ok({ importId, client, createdClient: before === null, backupFile: before ? `backups/${client.id}.before-import.json` : null, summary: before ? `Merged into ${client.name}.` : `Imported ${client.name} as a new client.` });
      }),
    undoImport: (request) =>
      handle<UndoImportReceipt>('undoImport', request, () => {
        const found = imports.get(request.importId);
        if (!found) return fail('not-found', 'That import can no longer be undone.');
        imports.delete(request.importId);
        if (found.before) {
          state().stored.set(found.before.id, found.before);
          return ok({ client: found.before, removedClientId: null });
        }
        state().stored.delete(found.clientId);
        return ok({ client: null, removedClientId: found.clientId });
      }),
  };
}
