/**
 * What a lazily loaded part of the window shows for the moment its code takes to arrive
 * (the roadmap, facilitator mode, settings): a quiet line that screen readers announce.
 * `overlay` covers the window, for parts that open over everything.
 */
export function LoadingPanel({ label, overlay = false }: { label: string; overlay?: boolean }) {
  return (
    <div className={overlay ? 'loading-panel loading-panel--overlay' : 'loading-panel'} role="status" aria-live="polite">
      <span className="loading-panel__dot" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
