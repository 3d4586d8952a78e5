#!/usr/bin/env node
/*
 * `npm run sync-server -- --port N [--host 127.0.0.1]`: a CouchDB-compatible server kept
 * in memory (pouchdb-server), for trying sync and for the tests. Never for a firm's data:
 * docs/sync.md shows how to deploy a real CouchDB 3.
 *
 * pouchdb-server 4.2.0 crashes when a database is created over HTTP (`PUT /db`): with its
 * security plugin loaded, `PouchDB.new` returns a promise that the route calls `.info` on.
 * The route is loaded here with a `PouchDB` whose `new` waits for that promise, so
 * creating a database answers 201 (or 401/403 for a non-admin, as CouchDB does).
 */
'use strict';
const { mkdtempSync, rmSync } = require('node:fs');
const { createRequire } = require('node:module');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { parseArgs } = require('node:util');

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { port: { type: 'string', default: '5984' }, host: { type: 'string', default: '127.0.0.1' }, quiet: { type: 'boolean', default: false } },
  strict: true,
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write(`sync-server: --port must be a number from 1 to 65535, not “${values.port}”.\n`);
  process.exit(2);
}
if (!['127.0.0.1', 'localhost', '::1'].includes(values.host)) {
  process.stderr.write('sync-server: this test server only listens on the loopback address (127.0.0.1).\n');
  process.exit(2);
}

const serverRequire = createRequire(require.resolve('pouchdb-server/package.json'));
const expressRequire = createRequire(serverRequire.resolve('express-pouchdb/package.json'));
const dbRoutePath = expressRequire.resolve('./lib/routes/db.js');
const registerDbRoutes = require(dbRoutePath);

/** The database routes, with `PouchDB.new` awaited where the route expects a database. */
function patchedDbRoutes(app) {
  const put = app.put.bind(app);
  const patchedApp = Object.create(app);
  patchedApp.put = (path, ...handlers) => {
    if (path !== '/:db') return put(path, ...handlers);
    const handler = handlers.pop();
    return put(path, ...handlers, (req, res, next) => {
      const PouchDB = req.PouchDB;
      const facade = Object.create(PouchDB);
      facade.new = (name, options) => {
        const created = Promise.resolve().then(() => PouchDB.new(name, options));
        return {
          __opts: {},
          info: (callback) => created.then((db) => db.info()).then((info) => callback(null, info), (error) => callback(error)),
        };
      };
      facade.allDbs = (...args) => PouchDB.allDbs(...args);
      Object.defineProperty(req, 'PouchDB', { value: facade, configurable: true, writable: true });
      return handler(req, res, next);
    });
  };
  return registerDbRoutes(patchedApp);
}
require.cache[dbRoutePath].exports = patchedDbRoutes;

// pouchdb-server keeps its _config (admins) and log in the working folder: a fresh one per run,
// so nothing of a previous run (an admin password) survives, and nothing is left behind.
const workFolder = mkdtempSync(join(tmpdir(), 'cairn-sync-server-'));
process.chdir(workFolder);
const cleanUp = () => rmSync(workFolder, { recursive: true, force: true });
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));

process.argv = [process.argv[0], 'pouchdb-server', '--in-memory', '--host', values.host, '--port', String(port), '--config', join(workFolder, 'config.json'), ...(values.quiet ? ['--no-stdout-logs'] : [])];
serverRequire('./lib/index.js');
