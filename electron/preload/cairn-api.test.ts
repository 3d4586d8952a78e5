import type { IpcRendererEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, channelFor, eventChannelFor, type MenuCommand } from '../../shared/ipc/operation-names';
import { createCairnApi, type IpcRendererLike } from './cairn-api';

type Listener = (event: IpcRendererEvent, ...args: unknown[]) => void;

/** ipcRenderer at the process boundary: records invocations and subscriptions. */
function fakeIpcRenderer() {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, ...args]);
      return { ok: true, value: channel };
    },
    on(channel, listener) {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return this as never;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return this as never;
    },
  };
  // What main's webContents.send would deliver, including the event object the page must not see.
  const emit = (channel: string, ...args: unknown[]) => {
    const event = { sender: 'ipcRenderer', senderId: 0 } as unknown as IpcRendererEvent;
    for (const listener of listeners.get(channel) ?? []) listener(event, ...args);
  };
  return { ipc, invoked, listeners, emit };
}

describe('createCairnApi', () => {
  it('exposes exactly the contract: one function per operation, three subscriptions and hasNativeMenu', () => {
    const { hasNativeMenu, ...api } = createCairnApi(fakeIpcRenderer().ipc);
    expect(hasNativeMenu).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES, 'onFilesOpened', 'onFlushRequest', 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('includes the framework library operations', () => {
    const api = createCairnApi(fakeIpcRenderer().ipc);
    expect(Object.keys(api)).toEqual(expect.arrayContaining(['listFrameworks', 'saveFramework', 'deleteFramework']));
  });

  it.each(OPERATION_NAMES)('sends %s on its own channel with the request only', async (name) => {
    const { ipc, invoked } = fakeIpcRenderer();
    const api = createCairnApi(ipc);
    const request = { marker: name };
    const call = api[name] as (request: unknown) => Promise<unknown>;
    await expect(call(request)).resolves.toEqual({ ok: true, value: channelFor(name) });
    expect(invoked).toEqual([[channelFor(name), request]]);
  });

  it('passes menu commands to the page without the IPC event, and drops unknown ones', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const received: unknown[][] = [];
    createCairnApi(ipc).onMenuCommand((...args: unknown[]) => received.push(args));
    emit(eventChannelFor('menuCommand'), 'undo' satisfies MenuCommand);
    emit(eventChannelFor('menuCommand'), 'format-disk');
    emit(eventChannelFor('menuCommand'), { toString: () => 'redo' });
    expect(received).toEqual([['undo']]);
  });

  it('calls flush listeners with no arguments', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const received: unknown[][] = [];
    createCairnApi(ipc).onFlushRequest((...args: unknown[]) => received.push(args));
    emit(eventChannelFor('flushRequest'), null);
    expect(received).toEqual([[]]);
  });

  it('returns an unsubscribe function that removes exactly that listener', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const api = createCairnApi(ipc);
    const first: MenuCommand[] = [];
    const second: MenuCommand[] = [];
    const stopFirst = api.onMenuCommand((command) => first.push(command));
    api.onMenuCommand((command) => second.push(command));
    stopFirst();
    emit(eventChannelFor('menuCommand'), 'redo');
    expect(first).toEqual([]);
    expect(second).toEqual(['redo']);
    expect(listeners.get(eventChannelFor('menuCommand'))?.size).toBe(1);
  });
});
