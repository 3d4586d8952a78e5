import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, recoveryFor } from './renderer-recovery';

describe('recoveryFor', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed'] as const)('reloads a renderer that is gone because %s', (reason) => {
    expect(recoveryFor(reason, [], 1_000)).toEqual({ kind: 'reload' });
  });

  it('leaves a renderer that ended cleanly alone', () => {
    expect(recoveryFor('clean-exit', [], 1_000)).toEqual({ kind: 'ignore' });
  });

  it('stops reloading after three crashes within a minute', () => {
    const now = 200_000;
    expect(recoveryFor('crashed', [now - 5_000, now - 1_000], now)).toEqual({ kind: 'reload' });
    expect(recoveryFor('crashed', [now - 10_000, now - 5_000, now - 1_000], now)).toEqual({ kind: 'stop', crashes: 4 });
  });

  it('forgets crashes older than a minute', () => {
    const now = 500_000;
    expect(recoveryFor('oom', [now - CRASH_WINDOW_MS - 1, now - CRASH_WINDOW_MS - 2, now - CRASH_WINDOW_MS - 3, now - 1], now)).toEqual({ kind: 'reload' });
  });
});
