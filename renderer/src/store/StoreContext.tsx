import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import type { CairnStore } from './cairn-store';
import type { CairnState, HistoryState } from './cairn-state';

const StoreContext = createContext<CairnStore | null>(null);

export function StoreProvider({ store, children }: { store: CairnStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useCairnStore(): CairnStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useCairnStore needs a <StoreProvider>.');
  return store;
}

/** Select the smallest value a component needs; it re-renders only when that changes. */
export function useCairn<T>(selector: (state: CairnState) => T): T {
  return useStore(useCairnStore(), selector);
}

export function useHistory<T>(selector: (state: TemporalState<HistoryState>) => T): T {
  return useStore(useCairnStore().temporal, selector);
}

/** The store's actions (stable functions); reading state through this would not re-render. */
export type CairnActions = {
  [K in keyof CairnState as CairnState[K] extends (...args: never[]) => unknown ? K : never]: CairnState[K];
};

export function useActions(): CairnActions {
  return useCairnStore().getState();
}
