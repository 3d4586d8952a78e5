import type { Client } from '../../shared/domain/client';
import { parseClientDocument } from '../../shared/file-format/client-document-format';
import { checkSyncUrl } from '../../shared/sync/sync-url';
import type { AppServices } from '../main/services/app-services';
import { dataLayout } from '../main/services/data-layout';
import type { PassReport } from '../main/services/sync/sync-service';
import { listFolder, nodeFsPort } from '../main/services/fs-port';
import { CliError, EXIT_BAD_INPUT, EXIT_USAGE, type CliIo } from './cli-io';
import { terminalText } from './terminal-text';

/** The server and credentials of a CLI run: --server (else Settings ▸ Sync) and the environment. */
export function cliSyncCredentials(server: string | undefined, env: CliIo['env'], storedUrl: () => Promise<string>) {
  return async () => {
    const url = server ?? (await storedUrl());
    if (!url) return null;
    const checked = checkSyncUrl(url);
    if (!checked.ok) throw new CliError(EXIT_BAD_INPUT, checked.message);
    const username = env.CAIRN_SYNC_USER ?? '';
    const password = env.CAIRN_SYNC_PASSWORD ?? '';
    if (!username || !password) return null;
    return { serverUrl: checked.url, username, password };
  };
}

async function findClient(dataDir: string, wanted: string | undefined, command: string): Promise<Client> {
  if (wanted === undefined) throw new CliError(EXIT_USAGE, `${command} needs a CLIENT (its id or exact name).`);
  const layout = dataLayout(dataDir);
  const clients: Client[] = [];
  for (const name of await listFolder(nodeFsPort, layout.clients).catch(() => [])) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const parsed = parseClientDocument((await nodeFsPort.readFile(`${layout.clients}/${name}`).catch(() => Buffer.from(''))).toString('utf8'));
    if (parsed.ok) clients.push(parsed.document.client);
  }
  const byId = clients.find((client) => client.id === wanted);
  if (byId) return byId;
  const byName = clients.filter((client) => client.name === wanted);
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) throw new CliError(EXIT_BAD_INPUT, `${byName.length} clients are named “${wanted}”; give the id instead (${byName.map((c) => c.id).join(', ')}).`);
  throw new CliError(EXIT_BAD_INPUT, `no client has the id or name “${wanted}” (cairn list --all shows them).`);
}

const MOVED: Record<string, string> = { pushed: 'pushed', created: 'pushed (first time)', pulled: 'pulled', merged: 'merged both ways' };

/** Print what a pass moved and what stands in the way; true when everything shared is in step (conflicts aside). */
export function printReport(report: PassReport, serverUrl: string, io: CliIo): boolean {
  if (report.stopped) {
    io.stderr.write(`cairn: sync: ${report.stopped.message}\n`);
    return false;
  }
  let complete = true;
  for (const entry of report.clients) {
    const name = `“${terminalText(entry.clientName)}”`;
    const outcome = entry.outcome;
    if (outcome.kind === 'synced') io.stdout.write(`${name}: ${outcome.moved ? MOVED[outcome.moved] : 'up to date'}\n`);
    else if (outcome.kind === 'conflict') io.stdout.write(`${name}: CONFLICT — changed here and on the server; open Cairn to decide (nothing was overwritten, the server’s copy is kept in a snapshot).\n`);
    else if (outcome.kind === 'stopped') io.stdout.write(`${name}: ${terminalText(outcome.message)}\n`);
    else {
      complete = false;
      io.stderr.write(`cairn: sync: ${name}: ${outcome.state === 'no-access' ? 'no access — ' : ''}${terminalText(outcome.message)}\n`);
    }
  }
  if (report.library.state !== 'synced') io.stderr.write(`cairn: sync: firm library: ${terminalText(report.library.message ?? report.library.state)}\n`);
  else if (report.library.moved > 0) io.stdout.write(`Firm library: ${report.library.moved} item${report.library.moved === 1 ? '' : 's'} moved.\n`);
  const conflicts = report.clients.filter((entry) => entry.outcome.kind === 'conflict').length;
  io.stdout.write(
    `${complete ? 'Synced' : 'Partly synced'} ${report.clients.length} shared client${report.clients.length === 1 ? '' : 's'} with ${serverUrl}${conflicts ? `; ${conflicts} conflict${conflicts === 1 ? '' : 's'} to decide` : ''} (${report.requests} requests).\n`,
  );
  return complete;
}

function needCredentials(io: CliIo): never {
  const missing = !io.env.CAIRN_SYNC_USER || !io.env.CAIRN_SYNC_PASSWORD;
  throw new CliError(EXIT_BAD_INPUT, missing ? 'set CAIRN_SYNC_USER and CAIRN_SYNC_PASSWORD to your CouchDB user name and password.' : 'no sync server: pass --server URL or set one in Settings ▸ Sync.');
}

/** `cairn share CLIENT`: the client gets its own database on the server and is pushed now when possible. */
export async function runShare(services: AppServices, dataDir: string, wanted: string | undefined, serverUrl: () => Promise<string | null>, io: CliIo): Promise<void> {
  const client = await findClient(dataDir, wanted, 'share');
  await services.sync.share(client.id);
  const url = await serverUrl();
  if (!url) {
    io.stdout.write(`“${terminalText(client.name)}” is shared with the firm; it is pushed at the next “cairn sync” (no server or credentials given now).\n`);
    return;
  }
  const report = await services.sync.syncOnce(new Set([client.id]));
  io.stdout.write(`“${terminalText(client.name)}” is shared with the firm.\n`);
  if (!printReport(report, url, io)) throw new CliError(EXIT_BAD_INPUT, 'the client is marked shared, but could not be pushed yet; run “cairn sync” again later.');
}

/** `cairn unshare CLIENT`: this computer stops replicating it; nothing is deleted. */
export async function runUnshare(services: AppServices, dataDir: string, wanted: string | undefined, io: CliIo): Promise<void> {
  const client = await findClient(dataDir, wanted, 'unshare');
  const before = await services.sync.clientStatus(client.id);
  if (!before.shared) {
    io.stdout.write(`“${terminalText(client.name)}” was not shared; nothing changed.\n`);
    return;
  }
  await services.sync.unshare(client.id);
  io.stdout.write(`“${terminalText(client.name)}” is no longer synced from this computer. Its document stays here, and the firm’s copy stays on the server.\n`);
}

/** `cairn sync [--once]`: replicate everything shared; without --once, keep going until interrupted. */
export async function runSync(services: AppServices, options: { once: boolean }, serverUrl: () => Promise<string | null>, io: CliIo, signal?: AbortSignal): Promise<void> {
  const url = await serverUrl();
  if (!url) needCredentials(io);
  if (options.once) {
    if (!printReport(await services.sync.syncOnce(), url, io)) throw new CliError(EXIT_BAD_INPUT, 'not everything could be synced (see above); run “cairn sync --once” again.');
    return;
  }
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  signal?.addEventListener('abort', onSignal);
  let backoff = 5_000;
  try {
    while (!stop.signal.aborted) {
      const report = await services.sync.syncOnce();
      const offline = report.stopped?.state === 'offline';
      if (report.stopped && !offline) {
        printReport(report, url, io);
        throw new CliError(EXIT_BAD_INPUT, 'sync stopped.');
      }
      if (offline) io.stderr.write(`cairn: sync: offline; trying again in ${Math.round(backoff / 1000)} s.\n`);
      else if (report.clients.some((entry) => entry.outcome.kind !== 'synced' || entry.outcome.moved !== null) || report.library.moved > 0) printReport(report, url, io);
      backoff = offline ? Math.min(backoff * 2, 60_000) : 5_000;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, backoff);
        stop.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
