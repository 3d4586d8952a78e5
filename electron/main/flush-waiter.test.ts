import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlushWaiter } from './flush-waiter';

describe('createFlushWaiter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves as soon as the renderer confirms', async () => {
    const waiter = createFlushWaiter({ timeoutMs: 3_000 });
    const asked = vi.fn(() => true);
    const outcome = waiter.request(asked);
    expect(asked).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(200);
    waiter.confirm();
    await expect(outcome).resolves.toBe('confirmed');
  });

  it('gives up after the timeout when the renderer never answers', async () => {
    const waiter = createFlushWaiter({ timeoutMs: 3_000 });
    const outcome = waiter.request(() => true);
    await vi.advanceTimersByTimeAsync(2_999);
    let settled = false;
    void outcome.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toBe('timed-out');
  });

  it('accepts a confirmation that arrives while the request is being sent', async () => {
    const waiter = createFlushWaiter();
    const outcome = waiter.request(() => {
      waiter.confirm();
      return true;
    });
    await expect(outcome).resolves.toBe('confirmed');
  });

  it('does not wait when there is no renderer to ask', async () => {
    const waiter = createFlushWaiter();
    await expect(waiter.request(() => false)).resolves.toBe('skipped');
  });

  it('joins a request already under way instead of asking twice', async () => {
    const waiter = createFlushWaiter();
    const ask = vi.fn(() => true);
    const first = waiter.request(ask);
    const second = waiter.request(ask);
    expect(ask).toHaveBeenCalledOnce();
    waiter.confirm();
    await expect(Promise.all([first, second])).resolves.toEqual(['confirmed', 'confirmed']);
  });

  it('ignores a stray confirmation and asks afresh next time', async () => {
    const waiter = createFlushWaiter({ timeoutMs: 100 });
    waiter.confirm();
    const outcome = waiter.request(() => true);
    await vi.advanceTimersByTimeAsync(100);
    await expect(outcome).resolves.toBe('timed-out');
    const again = waiter.request(() => true);
    waiter.confirm();
    await expect(again).resolves.toBe('confirmed');
  });
});
