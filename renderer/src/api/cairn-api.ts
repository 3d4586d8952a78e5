import type { CairnApi } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload (or the loopback test bridge). */
    cairn?: CairnApi;
  }
}

/** The backend, or null when the page runs without one (then the app says so). */
export function findCairnApi(): CairnApi | null {
  return typeof window !== 'undefined' && window.cairn ? window.cairn : null;
}

export type { CairnApi };
