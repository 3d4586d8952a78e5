import { useEffect } from 'react';
import type { CairnApi } from '../../api/cairn-api';
import { ApiProvider } from '../../api/ApiContext';
import type { CairnStore } from '../../store/cairn-store';
import { StoreProvider, useCairn } from '../../store/StoreContext';
import { selectHasClients } from '../../store/docs.selectors';
import type { AutosaveOptions } from '../../store/autosave';
import { useWorkspaceLifecycle } from './useWorkspaceLifecycle';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { Workspace } from './Workspace';
import { WelcomeScreen } from '../welcome/WelcomeScreen';
import { CairnMark } from '../../components/CairnMark';
import { preloadWhenIdle } from '../../components/preloadable';
import { IDLE_PRELOADS } from './lazy-parts';
import { FacilitatorHost } from '../workshops/facilitator/FacilitatorHost';

interface CairnAppProps {
  api: CairnApi;
  store: CairnStore;
  /** Keep stable across renders (module constant). */
  autosaveOptions?: AutosaveOptions;
}

export function CairnApp({ api, store, autosaveOptions }: CairnAppProps) {
  return (
    <ApiProvider api={api}>
      <StoreProvider store={store}>
        <AppRoot api={api} store={store} autosaveOptions={autosaveOptions} />
      </StoreProvider>
    </ApiProvider>
  );
}

function AppRoot({ api, store, autosaveOptions }: CairnAppProps) {
  useWorkspaceLifecycle(store, api, autosaveOptions);
  useGlobalShortcuts(store, api);
  const load = useCairn((state) => state.load);
  const firstRun = useCairn((state) => state.preferences?.firstRunDone === false && !selectHasClients(state));
  const ready = load.status === 'ready';
  // Once the first screen is up, fetch the parts that are split off (roadmap, facilitator mode, settings, export).
  useEffect(() => (ready ? preloadWhenIdle(IDLE_PRELOADS) : undefined), [ready]);

  if (load.status === 'loading') {
    return (
      <div className="splash" role="status">
        <CairnMark size={32} />
        <p>Opening your workspace…</p>
      </div>
    );
  }
  if (load.status === 'failed') {
    return (
      <div className="splash" role="alert">
        <CairnMark size={32} />
        <p className="splash__title">Cairn couldn't open your workspace.</p>
        <p className="muted">{load.message}</p>
      </div>
    );
  }
  // Facilitator mode opens in the host, which holds the workspace still behind it.
  return firstRun ? <WelcomeScreen /> : <FacilitatorHost><Workspace /></FacilitatorHost>;
}
