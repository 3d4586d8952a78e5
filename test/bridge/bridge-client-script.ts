import { EVENT_NAMES, OPERATION_NAMES } from '../../shared/ipc/operation-names';

/**
 * The browser-side half of the test bridge: a classic script, served before the app's
 * module script, that defines `window.cairn` with the same shape the Electron preload
 * exposes (one function per operation, plus event subscriptions). Only the transport
 * differs: fetch to the loopback bridge instead of ipcRenderer.invoke.
 *
 * `window.__cairnBridge.emit(event, payload)` lets a test play the part of Electron's main
 * process (a menu command, a flush request on quit).
 */
export function renderBridgeClientScript(token: string): string {
  return `(() => {
  'use strict';
  const token = ${JSON.stringify(token)};
  const operations = ${JSON.stringify(OPERATION_NAMES)};
  const listeners = Object.fromEntries(${JSON.stringify(EVENT_NAMES)}.map((name) => [name, new Set()]));
  const call = async (name, request) => {
    try {
      const response = await fetch('/__cairn/api/' + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cairn-token': token },
        body: JSON.stringify(request === undefined ? {} : request),
      });
      return await response.json();
    } catch (error) {
      return { ok: false, error: { code: 'io', message: 'The Cairn backend is not reachable.' } };
    }
  };
  const api = {};
  for (const name of operations) api[name] = (request) => call(name, request);
  const subscribe = (event) => (listener) => {
    listeners[event].add(listener);
    return () => { listeners[event].delete(listener); };
  };
  api.onMenuCommand = subscribe('menuCommand');
  api.onFlushRequest = subscribe('flushRequest');
  api.onFilesOpened = subscribe('filesOpened');
  // No native menu in a browser: the page owns the app shortcuts.
  api.hasNativeMenu = false;
  Object.defineProperty(window, 'cairn', { value: Object.freeze(api) });
  Object.defineProperty(window, '__cairnBridge', {
    value: Object.freeze({
      emit(event, payload) { for (const listener of listeners[event] || []) listener(payload); },
    }),
  });
})();
`;
}
