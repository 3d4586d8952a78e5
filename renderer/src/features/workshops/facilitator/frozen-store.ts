import type { CairnStore } from '../../../store/cairn-store';

type Listener<T> = (state: T, previous: T) => void;
interface Subscribable<T> {
  getState(): T;
  subscribe(listener: Listener<T>): () => void;
}

/**
 * A view of a store that can be held still: while frozen, readers see the state of the
 * moment it froze and subscribers hear nothing; on thaw they hear the present once. The
 * writes still go to the real store (the actions are the same functions).
 */
function holdable<T, S extends Subscribable<T>>(source: S) {
  let held: { state: T } | null = null;
  const listeners = new Set<Listener<T>>();
  const view: S = {
    ...source,
    getState: () => (held ? held.state : source.getState()),
    subscribe(listener: Listener<T>) {
      const wrapped: Listener<T> = (state, previous) => {
        if (!held) listener(state, previous);
      };
      listeners.add(wrapped);
      const off = source.subscribe(wrapped);
      return () => {
        listeners.delete(wrapped);
        off();
      };
    },
  };
  return {
    view,
    freeze() {
      if (!held) held = { state: source.getState() };
    },
    thaw() {
      if (!held) return;
      const before = held.state;
      held = null;
      const now = source.getState();
      if (now !== before) for (const listener of [...listeners]) listener(now, before);
    },
  };
}

/**
 * The app behind facilitator mode reads the store through this view. Facilitator mode
 * freezes it while it is open, so a note typed on the projector renders the note board
 * alone, never the plan view, the sidebar or the title bar hidden behind it (issue 14);
 * leaving thaws it and the app catches up in one render.
 */
export function createFreezableStore(store: CairnStore): { view: CairnStore; freeze(): void; thaw(): void } {
  const main = holdable<ReturnType<CairnStore['getState']>, CairnStore>(store);
  const history = holdable<ReturnType<CairnStore['temporal']['getState']>, CairnStore['temporal']>(store.temporal);
  const view: CairnStore = { ...main.view, temporal: history.view };
  return {
    view,
    freeze() {
      main.freeze();
      history.freeze();
    },
    thaw() {
      main.thaw();
      history.thaw();
    },
  };
}
