import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('preloadable', () => {
  it('shows the fallback until the chunk arrives, then the component', async () => {
    const Part = preloadable(async () => Hello);
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Part name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
  });

  it('renders at once, with no fallback, once preloaded; and loads the chunk only once', async () => {
    const load = vi.fn(async () => Hello);
    const Part = preloadable(load);
    await Promise.all([Part.preload(), Part.preload()]);
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Part name="Grace" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed fetch', async () => {
    const load = vi.fn<() => Promise<typeof Hello>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Hello);
    const Part = preloadable(load);
    await expect(Part.preload()).rejects.toThrow('offline');
    await Part.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
