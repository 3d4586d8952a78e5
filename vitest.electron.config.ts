import { defineConfig } from 'vitest/config';

// `npm run test:electron`: the Electron smoke test (test/electron/app.electron.ts). Not part
// of `npm test`: it needs the Electron runtime, which some machines cannot download; there
// it skips with the reason and exits 0.
export default defineConfig({
  test: {
    name: 'electron',
    environment: 'node',
    include: ['test/electron/**/*.electron.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
