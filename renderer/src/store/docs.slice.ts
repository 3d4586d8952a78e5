import type { Client } from '../../../shared/domain/client';
import type { SliceCreator } from './cairn-state';
import { makeClient, type NewClientInput } from './entity-factories';
import { timestamp, type StoreDeps } from './store-deps';
import { createClientEditor } from './client-editor';

export type ClientFields = Pick<Client, 'name' | 'industry' | 'size' | 'region' | 'notes'>;

export interface DocsSlice {
  /** Every client document of the workspace, by id. The only state undo/redo covers. */
  docs: Record<string, Client>;
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
          }),
        );
      },
      emptyTrash() {
        deps.gate.run(null, () =>
          set((state) => {
            for (const [id, client] of Object.entries(state.docs)) {
              if (client.deletedAt !== null) delete state.docs[id];
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
