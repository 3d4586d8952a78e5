import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function scaleWith(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return (await import('./test-scale')).testScale;
}

describe('testScale', () => {
  it('runs the short version by default and the long one with CAIRN_NIGHTLY=1', async () => {
    expect((await scaleWith({ CAIRN_NIGHTLY: '' }))('CAIRN_TEST_SCALE_X', 60, 1_000)).toBe(60);
    vi.resetModules();
    expect((await scaleWith({ CAIRN_NIGHTLY: '1' }))('CAIRN_TEST_SCALE_X', 60, 1_000)).toBe(1_000);
  });

  it('lets a named variable override both, ignoring values that are not positive numbers', async () => {
    expect((await scaleWith({ CAIRN_NIGHTLY: '1', CAIRN_TEST_SCALE_X: '7' }))('CAIRN_TEST_SCALE_X', 60, 1_000)).toBe(7);
    vi.resetModules();
    expect((await scaleWith({ CAIRN_NIGHTLY: '', CAIRN_TEST_SCALE_X: 'lots' }))('CAIRN_TEST_SCALE_X', 60, 1_000)).toBe(60);
  });
});
