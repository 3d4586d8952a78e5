import { describe, expect, it } from 'vitest';
import { sendEvent, type EventTarget } from './events';

function fakeWebContents(state: { destroyed?: boolean; crashed?: boolean } = {}) {
  const sent: unknown[][] = [];
  const target: EventTarget = {
    isDestroyed: () => state.destroyed ?? false,
    isCrashed: () => state.crashed ?? false,
    send: (...args) => sent.push(args),
  };
  return { target, sent };
}

describe('sendEvent', () => {
  it('sends on the event channel with the payload only', () => {
    const { target, sent } = fakeWebContents();
    expect(sendEvent(target, 'menuCommand', 'undo')).toBe(true);
    expect(sendEvent(target, 'flushRequest', null)).toBe(true);
    expect(sent).toEqual([
      ['cairn-event:menuCommand', 'undo'],
      ['cairn-event:flushRequest', null],
    ]);
  });

  it.each([{ destroyed: true }, { crashed: true }])('reports that nobody listens when the page is %j', (state) => {
    const { target, sent } = fakeWebContents(state);
    expect(sendEvent(target, 'flushRequest', null)).toBe(false);
    expect(sent).toEqual([]);
  });
});
