import { createContext, useContext, type ReactNode } from 'react';
import type { CairnApi } from './cairn-api';

const ApiContext = createContext<CairnApi | null>(null);

export function ApiProvider({ api, children }: { api: CairnApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The backend for components that call it directly (settings, snapshots, problems). */
export function useApi(): CairnApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiProvider>.');
  return api;
}
