/**
 * Functions run inside the Cairn page by `page.evaluate`. They time, from the trusted
 * keydown's timestamp, (1) until the note's text is in the DOM and laid out (handler, store,
 * React commit, style and layout, plus any wait for a busy main thread to take the key),
 * (2) the same from the moment the page starts handling the key (its own work alone), and
 * (3) until the frame after it has been painted (a requestAnimationFrame, then a message
 * posted from it), which adds the wait for the display's next frame.
 */

export interface NoteTiming {
  /** From the keydown's own timestamp: includes the wait for a busy main thread to pick the key up. */
  laidOutMs: number;
  /** From the moment the page starts handling the key: the page's own work. */
  workMs: number;
  /** Of the work, the part until the DOM holds the note (script: handler, store, React); the rest is style and layout. */
  scriptMs: number;
  paintedMs: number;
}

type ProbeWindow = Window & { __cairnNote?: Promise<NoteTiming> };

/** Arms one measurement: the next Enter keydown until an element matching `selector` shows `text`. */
export function armNoteProbe(args: { selector: string; text: string }): void {
  const shown = () => {
    for (const element of document.querySelectorAll(args.selector)) if (element.textContent === args.text) return element as HTMLElement;
    return null;
  };
  (window as ProbeWindow).__cairnNote = new Promise<NoteTiming>((resolve, reject) => {
    let pressedAt: number | null = null;
    let handledAt = 0;
    const timeout = setTimeout(() => reject(new Error(`${args.text} never appeared`)), 10_000);
    const check = () => {
      if (pressedAt === null) return;
      const element = shown();
      if (!element) return;
      observer.disconnect();
      window.removeEventListener('keydown', onKey, { capture: true });
      clearTimeout(timeout);
      const start = pressedAt;
      const scriptMs = performance.now() - handledAt;
      // Reading its box forces style and layout now, as the coming frame would.
      element.getBoundingClientRect();
      const laidAt = performance.now();
      const laidOutMs = laidAt - start;
      const workMs = laidAt - handledAt;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ laidOutMs, workMs, scriptMs, paintedMs: performance.now() - start });
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Enter') return;
      handledAt = performance.now();
      pressedAt = event.timeStamp;
      queueMicrotask(check);
    }
    window.addEventListener('keydown', onKey, { capture: true });
  });
}

export function awaitNoteProbe(): Promise<NoteTiming> {
  const pending = (window as ProbeWindow).__cairnNote;
  if (!pending) return Promise.reject(new Error('no probe armed'));
  return pending;
}

/**
 * The baseline: a plain input and a plain list of `count` items, outside React. Enter puts
 * the typed text at the top of the list, as the board puts a new note at the top.
 */
export function mountPlainList(count: number): void {
  const host = document.createElement('div');
  host.id = 'bench-plain';
  host.style.cssText = 'position:fixed;inset:0;overflow:auto;background:#fff;z-index:10;';
  const input = document.createElement('input');
  input.setAttribute('aria-label', 'Plain note');
  const list = document.createElement('ul');
  for (let index = 0; index < count; index += 1) {
    const item = document.createElement('li');
    item.className = 'bench-plain-note';
    item.textContent = `Idea ${index}`;
    list.append(item);
  }
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const item = document.createElement('li');
    item.className = 'bench-plain-note';
    item.textContent = input.value;
    list.prepend(item);
    input.value = '';
  });
  host.append(input, list);
  document.body.append(host);
  input.focus();
}

export function unmountPlainList(): void {
  document.getElementById('bench-plain')?.remove();
}

type KeyWindow = Window & { __cairnKeys?: { durations: number[]; stop: () => void } };

/**
 * Arms the per-key probe: for each key typed, the page's script time from the keydown
 * (capture, before any handler) to the end of the work it set off in the same task (the
 * keydown and `input` handlers, React's render and commit if any, and their microtasks).
 * Style, layout and paint of the next frame are not script and are not counted.
 */
export function armKeyProbe(): void {
  const durations: number[] = [];
  let startedAt: number | null = null;
  const onKey = (event: KeyboardEvent) => {
    if (event.key.length === 1) startedAt = performance.now();
  };
  const onInput = () => {
    const start = startedAt;
    startedAt = null;
    if (start === null) return;
    // This listener is the last of the input event (on window, bubbling): the app's handlers
    // and any render they flushed in a microtask are done when this microtask runs.
    queueMicrotask(() => durations.push(performance.now() - start));
  };
  window.addEventListener('keydown', onKey, { capture: true });
  window.addEventListener('input', onInput);
  (window as KeyWindow).__cairnKeys = {
    durations,
    stop: () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('input', onInput);
    },
  };
}

export function readKeyProbe(): number[] {
  const probe = (window as KeyWindow).__cairnKeys;
  if (!probe) throw new Error('no key probe armed');
  probe.stop();
  return probe.durations.slice();
}
