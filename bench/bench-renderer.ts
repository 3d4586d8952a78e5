import { fileURLToPath } from 'node:url';
import { build } from 'vite';

let built: Promise<string> | null = null;

/**
 * The renderer the UI benches serve: CAIRN_RENDERER_DIR when given, else a production build
 * made once per bench run in dist/bench-renderer. Never dist/renderer as found: the e2e
 * suite rebuilds that one under NODE_ENV=test, with React's development build, whose
 * checks would be timed instead of the app.
 */
export function benchRendererDir(): Promise<string> {
  const chosen = process.env['CAIRN_RENDERER_DIR'];
  if (chosen) return Promise.resolve(chosen);
  built ??= (async () => {
    const outDir = fileURLToPath(new URL('../dist/bench-renderer', import.meta.url));
    const previous = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      if (previous === undefined) delete process.env['NODE_ENV'];
      else process.env['NODE_ENV'] = previous;
    }
    return outDir;
  })();
  return built;
}
