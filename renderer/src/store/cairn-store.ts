import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { temporal } from 'zundo';
import type { Client } from '../../../shared/domain/client';
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

  return Object.assign(store, {
    /** Load the workspace: documents, problems and preferences; history starts empty. */
    hydrate(workspace: WorkspaceState) {
      outsideHistory(() =>
        store.setState({
          docs: Object.fromEntries(workspace.clients.map((client) => [client.id, client])),
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
    injectExternalDoc(client: Client) {
      outsideHistory(() => store.setState((state) => void (state.docs[client.id] = client)));
      const withDoc = (states: Partial<HistoryState>[]) =>
        states.map((state) => (state.docs ? { ...state, docs: { ...state.docs, [client.id]: client } } : state));
      const history = store.temporal.getState();
      store.temporal.setState({ pastStates: withDoc(history.pastStates), futureStates: withDoc(history.futureStates) });
    },
    /** A document removed from outside history (an undone import's new client) leaves every state too. */
    dropExternalDoc(clientId: string) {
      outsideHistory(() => store.setState((state) => void delete state.docs[clientId]));
      const without = (states: Partial<HistoryState>[]) =>
        states.map((state) => {
          if (!state.docs || !(clientId in state.docs)) return state;
          const { [clientId]: _dropped, ...docs } = state.docs;
          return { ...state, docs };
        });
      const history = store.temporal.getState();
      store.temporal.setState({ pastStates: without(history.pastStates), futureStates: without(history.futureStates) });
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
