import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

// The renderer bundle. Served from app:// in Electron and by the loopback test bridge in tests.
export default defineConfig({
  root,
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1', strictPort: false, hmr: false },
});
