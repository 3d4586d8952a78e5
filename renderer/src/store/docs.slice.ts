import type { Client, ClientSummary } from '../../../shared/domain/client';
import type { SliceCreator } from './cairn-state';
import { makeClient, type NewClientInput } from './entity-factories';
import { timestamp, type StoreDeps } from './store-deps';
import { createClientEditor } from './client-editor';

export type ClientFields = Pick<Client, 'name' | 'industry' | 'size' | 'region' | 'notes'>;

/** A client whose document is being read, or could not be read, after the consultant opened it. */
export type ClientOpening = { status: 'loading' } | { status: 'failed'; message: string };

export interface DocsSlice {
  /**
   * The client documents in memory (the open clients: the current one and the few opened
   * last, plus any with unsaved edits), by id. The only state undo/redo covers.
   */
  docs: Record<string, Client>;
  /**
   * Every other client of the workspace, as its summary from main: the list shows these,
   * and opening one reads its document into `docs`. A client is in `docs` or here, never both.
   */
  summaries: Record<string, ClientSummary>;
  /** Clients deleted while not in memory (the trash emptied); autosave purges them. Not undoable. */
  pendingPurges: string[];
  /** Clients whose document is being read, or failed to be read, by id. */
  opening: Record<string, ClientOpening>;
  setOpening(id: string, opening: ClientOpening | null): void;
  /** A pending purge is done. */
  settlePurge(id: string): void;
  createClient(input: NewClientInput): string;
  /** Add a ready-made client as one undoable edit. */
  addClient(client: Client): void;
  /**
   * Add the demo organization (departments, stakeholders, sponsor, champions); resolves to its id.
   * The demo builder is loaded only now, so it stays out of the code every start loads.
   */
  addDemoClient(): Promise<string>;
  /** Edit top-level fields; a `coalesceKey` folds a typing burst into one undo step. */
  updateClient(id: string, patch: Partial<ClientFields>, coalesceKey?: string): void;
  archiveClient(id: string): void;
  unarchiveClient(id: string): void;
  trashClient(id: string): void;
  restoreFromTrash(id: string): void;
  deleteForever(id: string): void;
  emptyTrash(): void;
  /** Replace a client's content with a snapshot's, keeping its identity. */
  replaceClientContent(id: string, snapshot: Client): void;
}

export const createDocsSlice =
  (deps: StoreDeps): SliceCreator<DocsSlice> =>
  (set) => {
    const edit = createClientEditor(deps, set);

    return {
      docs: {},
      summaries: {},
      pendingPurges: [],
      opening: {},
      setOpening: (id, opening) =>
        set((state) => {
          if (opening === null) delete state.opening[id];
          else state.opening[id] = opening;
        }),
      settlePurge: (id) => set((state) => void (state.pendingPurges = state.pendingPurges.filter((pending) => pending !== id))),
      createClient(input) {
        const id = deps.newId();
        const client = makeClient(input, id, timestamp(deps));
        deps.gate.run(null, () =>
          set((state) => {
            state.docs[id] = client;
          }),
        );
        return id;
      },
      addClient(client) {
        deps.gate.run(null, () =>
          set((state) => {
            state.docs[client.id] = client;
          }),
        );
      },
      async addDemoClient() {
        const { buildDemoClient } = await import('../../../shared/demo/demo-client');
        const client = buildDemoClient({ newId: deps.newId, now: deps.now() });
        deps.gate.run(null, () =>
          set((state) => {
            state.docs[client.id] = client;
          }),
        );
        return client.id;
      },
      updateClient(id, patch, coalesceKey) {
        edit(id, (client) => Object.assign(client, patch), coalesceKey ?? null);
      },
      archiveClient: (id) => edit(id, (client, at) => void (client.archivedAt = at)),
      unarchiveClient: (id) => edit(id, (client) => void (client.archivedAt = null)),
      trashClient: (id) => edit(id, (client, at) => void (client.deletedAt = at)),
      restoreFromTrash: (id) => edit(id, (client) => void (client.deletedAt = null)),
      deleteForever(id) {
        deps.gate.run(null, () =>
          set((state) => {
            delete state.docs[id];
            if (state.summaries[id]) purgeUnloaded(state, id);
          }),
        );
      },
      emptyTrash() {
        deps.gate.run(null, () =>
          set((state) => {
            for (const [id, client] of Object.entries(state.docs)) {
              if (client.deletedAt !== null) delete state.docs[id];
            }
            for (const [id, summary] of Object.entries(state.summaries)) {
              if (summary.deletedAt !== null) purgeUnloaded(state, id);
            }
          }),
        );
      },
      replaceClientContent(id, snapshot) {
        edit(id, (client) => {
          const { id: _id, createdAt: _createdAt, ...content } = snapshot;
          Object.assign(client, content);
        });
      },
    };
  };

/** A client not in memory leaves the list and is purged by autosave (it has no document here to undo with). */
function purgeUnloaded(state: Pick<DocsSlice, 'summaries' | 'pendingPurges'>, id: string): void {
  delete state.summaries[id];
  if (!state.pendingPurges.includes(id)) state.pendingPurges.push(id);
}
