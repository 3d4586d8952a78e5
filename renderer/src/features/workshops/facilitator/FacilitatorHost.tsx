import { Suspense, createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { LoadingPanel } from '../../../components/LoadingPanel';
import { StoreProvider, useCairnStore } from '../../../store/StoreContext';
import { FacilitatorMode } from '../../app-shell/lazy-parts';
import { createFreezableStore } from './frozen-store';

type Session = { clientId: string; workshopId: string };
type Host = { open(session: Session): void };

const HostContext = createContext<Host | null>(null);

/** The host that opens facilitator mode above the app, or null where none is mounted (a feature rendered alone). */
export function useFacilitatorHost(): Host | null {
  return useContext(HostContext);
}

/**
 * Hosts facilitator mode beside the app rather than inside it: the app (children) reads a
 * frozen view of the store while the mode is open, so per-note work touches the board only.
 */
export function FacilitatorHost({ children }: { children: ReactNode }) {
  const store = useCairnStore();
  const [freezable] = useState(() => createFreezableStore(store));
  const [session, setSession] = useState<Session | null>(null);
  const open = useCallback(
    (next: Session) => {
      freezable.freeze();
      setSession(next);
    },
    [freezable],
  );
  const leave = useCallback(() => {
    setSession(null);
    freezable.thaw();
  }, [freezable]);
  const host = useMemo(() => ({ open }), [open]);
  const client = session ? store.getState().docs[session.clientId] : undefined;
  return (
    <HostContext.Provider value={host}>
      <StoreProvider store={freezable.view}>{children}</StoreProvider>
      {session && client ? (
        <Suspense fallback={<LoadingPanel overlay label="Opening facilitator mode…" />}>
          <FacilitatorMode client={client} workshopId={session.workshopId} onLeave={leave} />
        </Suspense>
      ) : null}
    </HostContext.Provider>
  );
}
