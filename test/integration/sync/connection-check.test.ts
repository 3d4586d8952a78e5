import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConnection } from '../../../electron/main/services/sync/connection-check';
import { freePort, startSyncServer, type SyncServer } from '../../support/sync-server';

let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer();
  await server.addUser('ben', 'ben-pw');
  await server.addUser('guest', 'guest-pw', []);
  await server.admin('PUT', '/cairn-library');
  await server.admin('PUT', '/cairn-library/_security', { admins: { names: [], roles: [] }, members: { names: [], roles: ['cairn'] } });
}, 30_000);
afterAll(() => server?.stop());

describe('Test connection', () => {
  it('says ok with the server’s name', async () => {
    expect(await checkConnection(server.url, 'ben', 'ben-pw')).toMatchObject({ kind: 'ok', server: 'PouchDB Server 4.2.0' });
  });
  it('names a wrong password', async () => {
    expect(await checkConnection(server.url, 'ben', 'wrong')).toMatchObject({ kind: 'unauthorized', message: expect.stringMatching(/did not accept/) });
  });
  it('names a missing permission on the firm library', async () => {
    expect(await checkConnection(server.url, 'guest', 'guest-pw')).toMatchObject({ kind: 'forbidden', message: expect.stringMatching(/no permission/) });
  });
  it('names an unreachable server', async () => {
    expect(await checkConnection(`http://127.0.0.1:${await freePort()}`, 'ben', 'ben-pw')).toMatchObject({ kind: 'unreachable' });
  });
  it('refuses plain http to another computer before sending anything', async () => {
    expect(await checkConnection('http://couch.example.com', 'ben', 'ben-pw')).toMatchObject({ kind: 'insecure' });
  });
  it('names a server too old, and one that is not CouchDB', async () => {
    let answer = { couchdb: 'Welcome', version: '2.3.1' } as object;
    const fake = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer)));
    const port = await freePort();
    await new Promise<void>((resolve) => fake.listen(port, '127.0.0.1', resolve));
    try {
      expect(await checkConnection(`http://127.0.0.1:${port}`, 'ben', 'ben-pw')).toMatchObject({ kind: 'too-old', server: 'CouchDB 2.3.1' });
      answer = { hello: 'world' };
      expect(await checkConnection(`http://127.0.0.1:${port}`, 'ben', 'ben-pw')).toMatchObject({ kind: 'not-couchdb' });
    } finally {
      await new Promise((resolve) => fake.close(resolve));
    }
  });
});
