import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { startAppBridge, type AppBridge } from './app-bridge';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can forge Host and Origin the way an attacker would. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      { host: '127.0.0.1', port: target.port, path: target.pathname, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the loopback test bridge', () => {
  let bridge: AppBridge;
  let root: string;
  let host: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'cairn-bridge-'));
    const rendererDir = path.join(root, 'renderer');
    await import('node:fs/promises').then((fs) => fs.mkdir(rendererDir));
    await writeFile(
      path.join(rendererDir, 'index.html'),
      '<!doctype html><html><head><title>t</title><script type="module" src="./app.js"></script></head><body></body></html>',
    );
    await writeFile(path.join(rendererDir, 'app.js'), 'export {};');
    bridge = await startAppBridge({ dataDir: path.join(root, 'data'), rendererDir });
    host = new URL(bridge.url).host;
  });
  afterAll(async () => {
    await bridge.close();
    await rm(root, { recursive: true, force: true });
  });

  const api = (operation: string, headers: Record<string, string>, body = '{}') =>
    send(`${bridge.url}__cairn/api/${operation}`, { method: 'POST', headers, body });
  const good = () => ({ host, 'content-type': 'application/json', 'x-cairn-token': bridge.token });

  it('binds to 127.0.0.1 only', () => {
    expect(new URL(bridge.url).hostname).toBe('127.0.0.1');
  });

  it('serves the page with the app CSP and the bridge script before the app module', async () => {
    const reply = await send(bridge.url, { headers: { host } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.body.indexOf('/__cairn/bridge.js')).toBeGreaterThan(-1);
    expect(reply.body.indexOf('/__cairn/bridge.js')).toBeLessThan(reply.body.indexOf('./app.js'));
  });

  it('answers an operation through the real handler table', async () => {
    const reply = await api('openWorkspace', good());
    const result = JSON.parse(reply.body) as { ok: boolean; value: { summaries: unknown[]; dataDir: string } };
    expect(result.ok).toBe(true);
    expect(result.value.summaries).toEqual([]);
    expect(result.value.dataDir).toBe(path.join(root, 'data'));
  });

  it('validates payloads with the shared contract', async () => {
    const reply = await api('saveClient', good(), JSON.stringify({ client: { name: 42 } }));
    const result = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(result.error.message).toMatch(/client/);
  });

  it.each<[string, Record<string, string>]>([
    ['no token', { 'x-cairn-token': '' }],
    ['a wrong token', { 'x-cairn-token': 'f'.repeat(64) }],
    ['a rebinding Host', { host: 'attacker.example' }],
    ['a foreign Origin', { origin: 'https://attacker.example' }],
    ['a form content type', { 'content-type': 'text/plain' }],
  ])('refuses a request with %s and changes nothing', async (_label, change) => {
    const reply = await api('completeFirstRun', { ...good(), ...change });
    expect(reply.status).toBe(403);
    const after = JSON.parse((await api('getPreferences', good())).body) as { value: { firstRunDone: boolean } };
    expect(after.value.firstRunDone).toBe(false);
  });

  it('refuses unknown operations as data, not a crash', async () => {
    const reply = await api('__proto__', good());
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
