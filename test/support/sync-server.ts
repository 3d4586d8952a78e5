import { spawn, type ChildProcess } from 'node:child_process';
import { Socket, createServer, type Server } from 'node:net';
import { join } from 'node:path';

/** A free loopback port (the OS picks one). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface SyncServer {
  url: string;
  port: number;
  /** As the server admin: a request with JSON in and out. */
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** A consultant account with the firm's role. */
  addUser(name: string, password: string, roles?: string[]): Promise<void>;
  stop(): Promise<void>;
}

export const ADMIN = { name: 'admin', password: 'admin-secret' };

/** `npm run sync-server` on a free port, with an admin configured (it starts in admin party). */
export async function startSyncServer(): Promise<SyncServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(process.cwd(), 'scripts/sync-server.cjs'), '--port', String(port), '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`sync server did not start: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('has started')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', () => reject(new Error(`sync server exited: ${output}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const auth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;
  const admin = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    return (await response.json()) as T;
  };
  await fetch(`${url}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  return {
    url,
    port,
    admin,
    async addUser(name, password, roles = ['cairn']) {
      await admin('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles, type: 'user' });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A TCP relay in front of the server that can be cut and restored: "the network went away". */
export async function startRelay(targetPort: number): Promise<{ url: string; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const port = await freePort();
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  const listen = async () => {
    server = createServer((socket) => {
      const upstream = new Socket();
      sockets.add(socket).add(upstream);
      upstream.connect(targetPort, '127.0.0.1');
      socket.pipe(upstream).pipe(socket);
      const drop = () => (socket.destroy(), upstream.destroy(), sockets.delete(socket), sockets.delete(upstream));
      socket.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  };
  const cut = async () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = null;
  };
  await listen();
  return { url: `http://127.0.0.1:${port}`, cut, restore: listen, close: cut };
}
