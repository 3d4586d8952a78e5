import { OPERATION_NAMES, channelFor } from '../../../shared/ipc/operation-names';
import type { Result } from '../../../shared/result';
import { isTrustedSender, type SenderFrame } from '../security-policy';
import { dispatch } from './dispatch';
import type { Handlers } from './handler-types';

/** The part of an `IpcMainInvokeEvent` the sender check reads. */
export interface InvokeEventLike {
  senderFrame: SenderFrame | null;
}

/** The part of Electron's `ipcMain` used here (a fake in tests, the real one in main). */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => Promise<Result<unknown>>): void;
  removeHandler(channel: string): void;
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This page is not allowed to use Cairn’s data.' },
};

/**
 * Register every operation of the contract with `ipcMain.handle`. Each call first
 * checks that it comes from the app's own top-level page, then goes through the same
 * `dispatch` (validation, error mapping) as the test bridge. Returns an unregister function.
 */
export function registerIpcHandlers(ipc: IpcRegistrar, handlers: Handlers): () => void {
  for (const name of OPERATION_NAMES) {
    ipc.handle(channelFor(name), async (event, payload) => {
      // senderFrame is null once the frame navigated away or was destroyed: refuse.
      if (!isTrustedSender(event.senderFrame)) return FORBIDDEN;
      return dispatch(handlers, name, payload);
    });
  }
  return () => {
    for (const name of OPERATION_NAMES) ipc.removeHandler(channelFor(name));
  };
}
