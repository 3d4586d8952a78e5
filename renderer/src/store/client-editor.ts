import type { Client } from '../../../shared/domain/client';
import type { CairnState } from './cairn-state';
import { timestamp, type StoreDeps } from './store-deps';

type ImmerSet = (recipe: (state: CairnState) => void) => void;

/**
 * The one way slices change a client document: inside the history gate (so a typing
 * burst with the same `coalesceKey` is one undo step), with `updatedAt` stamped.
 * `change` receives an immer draft and the edit's timestamp.
 */
export function createClientEditor(deps: StoreDeps, set: ImmerSet) {
  return (clientId: string, change: (client: Client, at: string) => void, coalesceKey: string | null = null): void =>
    deps.gate.run(coalesceKey === null ? null : `${clientId}:${coalesceKey}`, () =>
      set((state) => {
        const client = state.docs[clientId];
        if (!client) return;
        const at = timestamp(deps);
        change(client, at);
        client.updatedAt = at;
      }),
    );
}
