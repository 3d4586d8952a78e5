/**
 * Functions run inside the Cairn page by `page.evaluate`: they only touch the DOM and the
 * Performance API, so what they time is what the renderer does in Chromium. Each returns
 * milliseconds from the triggering event to the first frame after the DOM is complete
 * (a requestAnimationFrame, then a message posted from it, which runs after that frame's paint).
 */

export interface ViewReadyCheck {
  /** The tab to click (role="tab", by its text). */
  tab: string;
  /** CSS selector that must match `count` elements (or at least one when count is null). */
  selector: string;
  count: number | null;
}

/** Clicks a tab and resolves with the time until `check` holds and a frame has been painted. */
export function timeTabToReady(check: ViewReadyCheck): Promise<number> {
  const afterPaint = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const ready = () => {
    const found = document.querySelectorAll(check.selector).length;
    return check.count === null ? found > 0 : found === check.count;
  };
  return new Promise<number>((resolve, reject) => {
    // A client tab may carry a count after its name ("Roadmap 1000"), hidden from its accessible name.
    const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((element) => (element.textContent ?? '').trim().replace(/\d+$/, '').trim() === check.tab);
    if (!tab) return reject(new Error(`no tab named ${check.tab}`));
    const started = performance.now();
    const timeout = setTimeout(() => reject(new Error(`${check.selector} never reached ${check.count ?? 'one'} element(s)`)), 20_000);
    const finish = () => {
      observer.disconnect();
      clearTimeout(timeout);
      void afterPaint().then((at) => resolve(at - started));
    };
    const observer = new MutationObserver(() => {
      if (ready()) finish();
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    tab.click();
    // React may have committed synchronously inside click(): no mutation would follow.
    if (ready()) finish();
  });
}

type MoveWindow = Window & { __cairnMove?: Promise<number> };

/**
 * Arms one keyboard move: resolves with the time from the trusted keydown's timestamp to
 * the first painted frame in which the card labelled `title` sits in a cell other than
 * `fromCell`. The key itself is pressed from outside, through Chromium's input pipeline.
 */
export function armCardMove(args: { title: string; fromCell: string }): void {
  const cardSelector = `[aria-roledescription="draggable initiative"][aria-label="${args.title}"]`;
  const cellOf = () => document.querySelector(cardSelector)?.closest('[data-cell]')?.getAttribute('data-cell') ?? null;
  (window as MoveWindow).__cairnMove = new Promise<number>((resolve, reject) => {
    let pressedAt: number | null = null;
    const timeout = setTimeout(() => reject(new Error(`${args.title} did not leave ${args.fromCell}`)), 10_000);
    const check = () => {
      if (pressedAt === null || cellOf() === args.fromCell || cellOf() === null) return;
      observer.disconnect();
      clearTimeout(timeout);
      const start = pressedAt;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener(
      'keydown',
      (event) => {
        pressedAt = event.timeStamp;
        queueMicrotask(check);
      },
      { capture: true, once: true },
    );
  });
}

export function awaitCardMove(): Promise<number> {
  const pending = (window as MoveWindow).__cairnMove;
  if (!pending) return Promise.reject(new Error('no move armed'));
  return pending;
}

/** The cell (phase:track) holding the card labelled `title`, and focuses the card. */
export function focusCard(title: string): string | null {
  const card = document.querySelector<HTMLElement>(`[aria-roledescription="draggable initiative"][aria-label="${title}"]`);
  card?.focus();
  return card?.closest('[data-cell]')?.getAttribute('data-cell') ?? null;
}
