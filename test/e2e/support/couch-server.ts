import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CouchServer {
  /** http://127.0.0.1:<port> (loopback: plain HTTP is accepted there). */
  url: string;
  username: string;
  password: string;
  /** The names of the databases on the server now. */
  databases(): Promise<string[]>;
  /** Another consultant of the firm with their own account. */
  addUser(username: string, password: string): Promise<void>;
  close(): Promise<void>;
}

const BIN = fileURLToPath(new URL('../../../node_modules/.bin/pouchdb-server', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A CouchDB-compatible server in memory on loopback (pouchdb-server), with one admin user,
 * standing in for the firm's CouchDB in end-to-end tests.
 */
export async function startCouchServer(username = 'anna', password = 'correct horse'): Promise<CouchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // pouchdb-server keeps its config (admins included) and log in its working folder: a fresh one each time.
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'cairn-couch-'));
  const child: ChildProcess = spawn(BIN, ['--in-memory', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', cwd });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const up = await fetch(`${url}/`).then((response) => response.ok, () => false);
    if (up) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      await rm(cwd, { recursive: true, force: true });
      throw new Error(`pouchdb-server did not start on ${url}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const admin = await fetch(`${url}/_config/admins/${encodeURIComponent(username)}`, { method: 'PUT', body: JSON.stringify(password) });
  if (!admin.ok) throw new Error(`could not create the admin user: ${admin.status}`);
  const auth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  return {
    url,
    username,
    password,
    addUser: async (name, secret) => {
      const created = await fetch(`${url}/_config/admins/${encodeURIComponent(name)}`, { method: 'PUT', body: JSON.stringify(secret), headers: { authorization: auth } });
      if (!created.ok) throw new Error(`could not create the user ${name}: ${created.status}`);
    },
    databases: async () => ((await (await fetch(`${url}/_all_dbs`, { headers: { authorization: auth } })).json()) as string[]).filter((name) => !name.startsWith('_')),
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      await rm(cwd, { recursive: true, force: true });
    },
  };
}
