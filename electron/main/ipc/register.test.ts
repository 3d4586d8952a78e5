import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, channelFor, type OperationName } from '../../../shared/ipc/operation-names';
import type { Result } from '../../../shared/result';
import type { Handlers } from './handler-types';
import { OperationError } from './operation-error';
import { registerIpcHandlers, type InvokeEventLike, type IpcRegistrar } from './register';

type Listener = Parameters<IpcRegistrar['handle']>[1];

/** Electron's ipcMain at the process boundary: remembers what was registered. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipc: IpcRegistrar = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    removeHandler: (channel) => listeners.delete(channel),
  };
  const invoke = (name: OperationName, event: InvokeEventLike, payload: unknown): Promise<Result<unknown>> => {
    const listener = listeners.get(channelFor(name));
    if (!listener) throw new Error(`nothing registered for ${name}`);
    return listener(event, payload);
  };
  return { ipc, listeners, invoke };
}

// Every handler answers with its own name, so a test can see which one ran.
const calls: string[] = [];
const handlers = Object.fromEntries(
  OPERATION_NAMES.map((name) => [
    name,
    async () => {
      calls.push(name);
      if (name === 'purgeClient') throw new OperationError('not-found', 'No such client.');
      return { handledBy: name };
    },
  ]),
) as unknown as Handlers; // a stand-in table: registration is under test, not the services

const appFrame = { senderFrame: { url: 'app://cairn/index.html', parent: null } };

describe('registerIpcHandlers', () => {
  it('registers one handler per operation on its channel', () => {
    const { ipc, listeners } = fakeIpcMain();
    registerIpcHandlers(ipc, handlers);
    expect([...listeners.keys()].sort()).toEqual(OPERATION_NAMES.map(channelFor).sort());
  });

  it('runs the handler for the app page and returns its value as a result', async () => {
    const { ipc, invoke } = fakeIpcMain();
    registerIpcHandlers(ipc, handlers);
    await expect(invoke('getPreferences', appFrame, {})).resolves.toEqual({ ok: true, value: { handledBy: 'getPreferences' } });
  });

  it('validates the payload with the shared contract before the handler runs', async () => {
    const { ipc, invoke } = fakeIpcMain();
    registerIpcHandlers(ipc, handlers);
    calls.length = 0;
    const result = await invoke('purgeClient', appFrame, { id: 42, extra: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
  });

  it('turns an expected failure into an error result', async () => {
    const { ipc, invoke } = fakeIpcMain();
    registerIpcHandlers(ipc, handlers);
    const result = await invoke('purgeClient', appFrame, { id: 'c-42' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'No such client.' } });
  });

  it.each([
    ['a destroyed frame', { senderFrame: null }],
    ['a sub-frame of the app', { senderFrame: { url: 'app://cairn/index.html', parent: { url: 'app://cairn/index.html' } } }],
    ['a web page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a local file', { senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
    ['the dev server', { senderFrame: { url: 'http://localhost:5173/', parent: null } }],
    ['a look-alike origin', { senderFrame: { url: 'app://cairn.evil/index.html', parent: null } }],
    ['about:blank', { senderFrame: { url: 'about:blank', parent: null } }],
  ])('refuses %s without running any handler', async (_label, event) => {
    const { ipc, invoke } = fakeIpcMain();
    registerIpcHandlers(ipc, handlers);
    calls.length = 0;
    for (const name of OPERATION_NAMES) {
      await expect(invoke(name, event, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });

  it('unregisters everything it registered', () => {
    const { ipc, listeners } = fakeIpcMain();
    const unregister = registerIpcHandlers(ipc, handlers);
    unregister();
    expect(listeners.size).toBe(0);
  });
});
