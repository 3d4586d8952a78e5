import { lazy, type ComponentType } from 'react';

/**
 * A component whose code is a separate chunk. Until `preload()` (or the first render) has
 * fetched it, it suspends like React.lazy; once fetched it renders straight away, with no
 * fallback frame, so code that was loaded while the app sat idle costs nothing at the click.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload(): Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // let a later attempt try again
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Preloadable(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Preloadable, { preload });
}

/** Fetch chunks when the browser is idle after the first screen is up (never before it). */
export function preloadWhenIdle(parts: ReadonlyArray<{ preload(): Promise<unknown> }>): () => void {
  const run = () => {
    for (const part of parts) void part.preload().catch(() => undefined); // a failure shows when the part is opened
  };
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 1_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 200);
  return () => window.clearTimeout(handle);
}
