/** How long a closing window waits for the renderer to save its last edits. */
export const FLUSH_TIMEOUT_MS = 3_000;

export type FlushOutcome = 'confirmed' | 'timed-out' | 'skipped';

export interface FlushWaiter {
  /**
   * Ask the renderer to save everything now and wait for its confirmation or the
   * timeout, whichever comes first. `ask` sends the request and returns false when
   * there is no renderer to ask (window destroyed or crashed). A second request while
   * one is pending joins it, so a window close and a quit do not wait twice.
   */
  request(ask: () => boolean): Promise<FlushOutcome>;
  /** The renderer's `confirmFlushed` arrived. */
  confirm(): void;
}

interface Timers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createFlushWaiter({ timeoutMs = FLUSH_TIMEOUT_MS, timers = realTimers }: { timeoutMs?: number; timers?: Timers } = {}): FlushWaiter {
  let pending: { promise: Promise<FlushOutcome>; settle: (outcome: FlushOutcome) => void } | null = null;

  return {
    request(ask) {
      if (pending) return pending.promise;
      let settle: (outcome: FlushOutcome) => void = () => {};
      const promise = new Promise<FlushOutcome>((resolve) => {
        const timer = timers.setTimeout(() => settle('timed-out'), timeoutMs);
        settle = (outcome) => {
          timers.clearTimeout(timer);
          pending = null;
          resolve(outcome);
        };
      });
      const current = { promise, settle };
      pending = current;
      // Register before asking: a fast renderer may confirm before `ask` returns.
      if (!ask()) current.settle('skipped');
      return promise;
    },
    confirm() {
      pending?.settle('confirmed');
    },
  };
}
