import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { temporal } from 'zundo';
import { summarizeClient, type Client } from '../../../shared/domain/client';
import type { WorkspaceState } from '../../../shared/ipc/contract';
import type { CairnState, HistoryState } from './cairn-state';
import { createDocsSlice } from './docs.slice';
import { createOrgStructureSlice } from './org-structure.slice';
import { createUiSlice } from './ui.slice';
import { createEngagementsSlice } from './engagements.slice';
import { createFrameworksSlice } from './frameworks.slice';
import { createRoadmapSlice } from './roadmap.slice';
import { createInstrumentsSlice } from './instruments.slice';
import { createAssessmentsSlice } from './assessments.slice';
import { createKpisSlice } from './kpis.slice';
import { createOrganizationSlice } from './organization.slice';
import { createWorkshopsSlice } from './workshops.slice';
import { createFacilitationSlice } from './facilitation.slice';
import { createSaveSlice } from './save.slice';
import { createPreferencesSlice } from './preferences.slice';
import { createProblemsSlice } from './problems.slice';
import { createSyncSlice } from './sync.slice';
import { createHistoryGate, DEFAULT_COALESCE_WINDOW_MS } from './history-gate';
import type { StoreDeps } from './store-deps';

type RecordStep = (past: unknown, replace: unknown, current: unknown, delta: unknown) => void;

export interface CairnStoreOptions {
  now?: () => Date;
  newId?: () => string;
  coalesceWindowMs?: number;
  /** Undo steps kept; older ones fall off. */
  historyLimit?: number;
}

export function createCairnStore(options: CairnStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const deps: StoreDeps = {
    now,
    newId: options.newId ?? (() => crypto.randomUUID()),
    gate: createHistoryGate(() => now().getTime(), options.coalesceWindowMs ?? DEFAULT_COALESCE_WINDOW_MS),
  };

  const store = createStore<CairnState>()(
    temporal(
      immer((...args) => ({
        ...createDocsSlice(deps)(...args),
        ...createOrgStructureSlice(deps)(...args),
        ...createEngagementsSlice(deps)(...args),
        ...createFrameworksSlice(...args),
        ...createRoadmapSlice(deps)(...args),
        ...createInstrumentsSlice(deps)(...args),
        ...createAssessmentsSlice(deps)(...args),
        ...createKpisSlice(deps)(...args),
        ...createOrganizationSlice(deps)(...args),
        ...createWorkshopsSlice(deps)(...args),
        ...createFacilitationSlice(deps)(...args),
        ...createUiSlice(...args),
        ...createSaveSlice(...args),
        ...createPreferencesSlice(...args),
        ...createProblemsSlice(...args),
        ...createSyncSlice(...args),
      })),
      {
        partialize: (state): HistoryState => ({ docs: state.docs }),
        // Only document changes are history; selection, filters and save status are not.
        equality: (past, current) => past.docs === current.docs,
        handleSet: (handleSet) => (past, replace, current, delta) => {
          if (deps.gate.shouldMerge()) return;
          // zundo types this callback as setState, but passes its four-argument _handleSet.
          (handleSet as unknown as RecordStep)(past, replace, current, delta);
        },
        limit: options.historyLimit ?? 500,
      },
    ),
  );

  /** Changes that do not belong to history: applied with tracking paused. */
  const outsideHistory = (change: () => void) => {
    store.temporal.getState().pause();
    try {
      change();
    } finally {
      store.temporal.getState().resume();
    }
  };

  /** A client leaves every past and future state too, so undo or redo never brings it back. */
  const dropFromHistory = (clientId: string) => {
    const without = (states: Partial<HistoryState>[]) =>
      states.map((state) => {
        if (!state.docs || !(clientId in state.docs)) return state;
        const { [clientId]: _dropped, ...docs } = state.docs;
        return { ...state, docs };
      });
    const history = store.temporal.getState();
    store.temporal.setState({ pastStates: without(history.pastStates), futureStates: without(history.futureStates) });
  };

  const injectDoc = (client: Client) => {
    outsideHistory(() =>
      store.setState((state) => {
        state.docs[client.id] = client;
        delete state.summaries[client.id];
      }),
    );
    const withDoc = (states: Partial<HistoryState>[]) =>
      states.map((state) => (state.docs ? { ...state, docs: { ...state.docs, [client.id]: client } } : state));
    const history = store.temporal.getState();
    store.temporal.setState({ pastStates: withDoc(history.pastStates), futureStates: withDoc(history.futureStates) });
  };

  return Object.assign(store, {
    /** Load the workspace: the client list (summaries; no document yet), problems and preferences; history starts empty. */
    hydrate(workspace: WorkspaceState) {
      outsideHistory(() =>
        store.setState({
          docs: {},
          summaries: Object.fromEntries(workspace.summaries.map((summary) => [summary.id, summary])),
          pendingPurges: [],
          opening: {},
          problems: workspace.problems,
          syncIssues: workspace.syncIssues ?? [],
          preferences: workspace.preferences,
          dataDir: workspace.dataDir,
          snapshotPolicy: workspace.snapshotPolicy,
          readOnly: workspace.readOnly === true,
          load: { status: 'ready' },
        }),
      );
      store.temporal.getState().clear();
      deps.gate.reset();
    },
    /**
     * A document that arrives from outside history (a quarantined client restored from a
     * snapshot) joins the present and every past and future state, so undo never drops it.
     */
    injectExternalDoc: injectDoc,
    /**
     * A client main just wrote (a restored backup): an open one takes the new document, any
     * other joins the list as its summary, so memory still holds the open clients only.
     */
    listExternalClient(client: Client) {
      if (client.id in store.getState().docs) {
        injectDoc(client);
        return;
      }
      outsideHistory(() => store.setState((state) => void (state.summaries[client.id] = summarizeClient(client))));
    },
    /** A document removed from outside history (an undone import's new client) leaves every state too. */
    dropExternalDoc(clientId: string) {
      outsideHistory(() =>
        store.setState((state) => {
          delete state.docs[clientId];
          delete state.summaries[clientId];
        }),
      );
      dropFromHistory(clientId);
    },
    /**
     * A saved client leaves memory (it was not opened for a while): it goes back to the list
     * as its summary, and its undo steps go with it. Never call it for unsaved edits.
     */
    evictClient(clientId: string) {
      const client = store.getState().docs[clientId];
      if (!client) return;
      const summary = summarizeClient(client);
      outsideHistory(() =>
        store.setState((state) => {
          delete state.docs[clientId];
          state.summaries[clientId] = summary;
        }),
      );
      dropFromHistory(clientId);
    },
    undo() {
      deps.gate.reset();
      store.temporal.getState().undo();
    },
    redo() {
      deps.gate.reset();
      store.temporal.getState().redo();
    },
    /** End the current typing burst, e.g. when a field loses focus. */
    endEditBurst() {
      deps.gate.reset();
    },
  });
}

export type CairnStore = ReturnType<typeof createCairnStore>;
