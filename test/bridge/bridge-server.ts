import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import type { Handlers } from '../../electron/main/ipc/handler-types';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { renderBridgeClientScript } from './bridge-client-script';
import { refuseBridgeRequest } from './request-guard';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** CAIRN_RENDERER_DIR lets parallel work build and serve its own copy of the renderer. */
export const DEFAULT_RENDERER_DIR = process.env.CAIRN_RENDERER_DIR ?? path.join(repoRoot, 'dist', 'renderer');
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface BridgeOptions {
  /** The same handler table Electron registers on ipcMain. */
  handlers: Handlers;
  rendererDir?: string;
  port?: number;
}

export interface RunningBridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

/**
 * Serve the built renderer with Vite's preview server on 127.0.0.1 and put the real
 * handler table behind `window.cairn`. Test and preview tooling only: never packaged.
 */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const indexHtml = await readFile(path.join(rendererDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`No built renderer in ${rendererDir}: run "npm run build -- --renderer-only" first.`);
  });
  const port = options.port ?? (await freeLoopbackPort());
  const origin = `http://127.0.0.1:${port}`;
  const token = randomBytes(32).toString('hex');
  const page = injectBridgeScript(indexHtml);
  const clientScript = renderBridgeClientScript(token);

  const plugin: Plugin = {
    name: 'cairn-test-bridge',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', origin);
        if (url.pathname.startsWith('/__cairn/api/')) {
          void handleApi(req, res, url.pathname.slice('/__cairn/api/'.length));
        } else if (url.pathname === '/__cairn/bridge.js') {
          send(res, 200, 'text/javascript; charset=utf-8', clientScript);
        } else if (url.pathname === '/' || url.pathname === '/index.html') {
          send(res, 200, 'text/html; charset=utf-8', page);
        } else {
          next();
        }
      });
    },
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse, operation: string): Promise<void> {
    const refusal = refuseBridgeRequest(
      {
        method: req.method,
        host: req.headers.host,
        origin: req.headers.origin,
        token: header(req, 'x-cairn-token'),
        contentType: req.headers['content-type'],
      },
      { origin, token },
    );
    if (refusal) {
      send(res, 403, 'application/json', JSON.stringify({ ok: false, error: { code: 'forbidden', message: `Refused: ${refusal}.` } }));
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(req));
    } catch (error) {
      const message = error instanceof Error ? error.message : 'unreadable body';
      send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid-request', message } }));
      return;
    }
    const result = await dispatch(options.handlers, decodeURIComponent(operation), payload);
    send(res, 200, 'application/json', JSON.stringify(result));
  }

  const server: PreviewServer = await preview({
    configFile: false,
    root: rendererDir,
    logLevel: 'silent',
    plugins: [plugin],
    build: { outDir: rendererDir },
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      open: false,
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    },
  });

  return {
    url: `${origin}/`,
    token,
    close: () => server.close(),
  };
}

function injectBridgeScript(html: string): string {
  const tag = '<script src="/__cairn/bridge.js"></script>';
  const at = html.search(/<script\b/i);
  if (at === -1) return html.replace('</head>', `${tag}</head>`);
  return `${html.slice(0, at)}${tag}\n${html.slice(at)}`;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Ask the OS for a free loopback port (the bridge then binds it with strictPort). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
