import { eventChannelFor, type EventName, type MenuCommand } from '../../../shared/ipc/operation-names';

/** What each main → renderer event carries. */
export interface EventPayloads {
  menuCommand: MenuCommand;
  flushRequest: null;
  filesOpened: null;
}
/** Compile-time proof that every event of the contract has a payload type here. */
const everyEventHasPayload: [Exclude<EventName, keyof EventPayloads>] extends [never] ? true : false = true;
void everyEventHasPayload;

/** The part of a `WebContents` needed to send it an event. */
export interface EventTarget {
  isDestroyed(): boolean;
  isCrashed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/**
 * Send one of the contract's events to a renderer. Returns false when there is nobody
 * to receive it (destroyed or crashed), so callers waiting for an answer need not wait.
 */
export function sendEvent<K extends EventName>(target: EventTarget, name: K, payload: EventPayloads[K]): boolean {
  if (target.isDestroyed() || target.isCrashed()) return false;
  target.send(eventChannelFor(name), payload);
  return true;
}
