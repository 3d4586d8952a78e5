import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { createAppServices } from '../main/services/app-services';
import { DataFolderBusyError } from '../main/services/data-folder-lock';
import { resolveDataDir } from '../main/services/data-dir';
import { describeFsError } from '../main/services/fs-errors';
import { createNodePreferencesStore } from '../main/services/node-preferences-store';
import type { PreferencesStore } from '../main/services/preferences-store';
import { CliError, EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io';
import { runDemo } from './demo-command';
import { runExport } from './export-command';
import { runBackup, runImport, runValidate } from './engagement-file-commands';
import { HELP_TEXT } from './help';
import { runList } from './list-command';
import { runRestore } from './restore-command';
import { safeStream } from './terminal-text';
import { cliSyncCredentials, runShare, runSync, runUnshare } from './sync-commands';

const OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  all: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  engagement: { type: 'string' },
  sections: { type: 'string' },
  'as-new': { type: 'boolean' },
  merge: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  once: { type: 'boolean' },
  server: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Which flags each command accepts, besides --data-dir and --help. */
const COMMAND_FLAGS: Record<string, ReadonlyArray<keyof typeof OPTIONS>> = {
  list: ['json', 'all'],
  demo: [],
  export: ['format', 'out', 'engagement', 'sections'],
  validate: [],
  import: ['as-new', 'merge', 'dry-run'],
  backup: ['out'],
  restore: ['as-new', 'dry-run'],
  share: ['server'],
  unshare: [],
  sync: ['once', 'server'],
};

/** Commands that change the data folder take its one-writer lock; the others only read it. */
const WRITERS = new Set(['demo', 'import', 'restore', 'share', 'unshare', 'sync']);

/** How many positional arguments each command takes (none unless listed). */
const COMMAND_ARGUMENTS: Record<string, number> = { export: 1, validate: 1, import: 1, restore: 1, share: 1, unshare: 1 };

/**
 * The `cairn` command line, as a function: parse `argv`, run one command against the
 * shared services, write to the given streams and return the exit code. Every failure
 * becomes one readable line on stderr.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Names and reasons come from files anyone can write: no printer may pass a terminal escape through.
  const io: CliIo = { ...rawIo, stdout: safeStream(rawIo.stdout), stderr: safeStream(rawIo.stderr) };
  try {
    await run(argv, io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof DataFolderBusyError) {
      // One line, no "cairn:" prefix, so it reads the same from the app, the CLI and scripts.
      io.stderr.write(`${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    const cliError = toCliError(error);
    io.stderr.write(`cairn: ${cliError.message}\n`);
    if (cliError.exitCode === EXIT_USAGE) io.stderr.write('Run “cairn --help” for usage.\n');
    return cliError.exitCode;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseUsage(argv);
  if (values.help) {
    io.stdout.write(HELP_TEXT);
    return;
  }
  if (values.version) {
    io.stdout.write(`${packageJson.version}\n`);
    return;
  }
  const [command, ...extra] = positionals;
  if (command === undefined) throw new CliError(EXIT_USAGE, 'no command given.');
  const allowed = COMMAND_FLAGS[command];
  if (!allowed) throw new CliError(EXIT_USAGE, `unknown command “${command}”.`);
  const arity = COMMAND_ARGUMENTS[command] ?? 0;
  if (extra.length > arity) throw new CliError(EXIT_USAGE, `unexpected argument “${extra[arity]}” after ${command}.`);
  for (const flag of Object.keys(values) as (keyof typeof OPTIONS)[]) {
    const common = flag === 'data-dir' || flag === 'help' || flag === 'version';
    if (!common && values[flag] !== undefined && !allowed.includes(flag)) throw new CliError(EXIT_USAGE, `${command} does not take --${flag}.`);
  }

  const dataDir = resolveDataDir({
    argv,
    env: io.env,
    platform: io.platform ?? process.platform,
    homedir: io.homedir ?? homedir(),
    cwd: io.cwd ?? process.cwd(),
  });
  const clock = io.clock ?? (() => new Date());
  const writer = WRITERS.has(command) && values['dry-run'] !== true;
  // Sync credentials come from the environment, never from a file or an argument.
  let storedServer: () => Promise<string> = async () => '';
  const syncCredentials = cliSyncCredentials(values.server, io.env, () => storedServer());
  const serverUrl = async () => (await syncCredentials())?.serverUrl ?? null;
  const services = await createAppServices({
    startSync: false,
    syncCredentials,
    dataDir,
    access: writer ? 'write' : 'read',
    command: `cairn ${command}`,
    preferencesStore: lazyStore(() => createNodePreferencesStore(dataDir)),
    clock,
    platform: { openExternal: async () => undefined, onFlushed: () => undefined, chooseSaveFile: async () => null, chooseOpenFile: async () => null },
  }).catch((error: unknown) => {
    if (error instanceof DataFolderBusyError) throw error;
    throw new CliError(EXIT_BAD_INPUT, `cannot use the data folder ${dataDir}: ${readable(error)}`);
  });
  storedServer = () => services.sync.settings.serverUrl();
  try {
    if (writer && services.readOnly) throw new CliError(EXIT_BAD_INPUT, `the data folder ${dataDir} is read-only, so nothing was changed.`);
    if (command === 'list') await runList(services.workspace, dataDir, { json: values.json === true, all: values.all === true }, io);
    else if (command === 'export') {
      const { format, out, engagement, sections } = values;
      await runExport({ ...services, dataDir }, { client: extra[0], format, out, engagement, sections }, io);
    } else if (command === 'validate') await runValidate({ ...services, dataDir }, extra[0], io);
    else if (command === 'import') {
      await runImport({ ...services, dataDir }, { file: extra[0], asNew: values['as-new'] === true, merge: values.merge === true, dryRun: values['dry-run'] === true }, io);
    } else if (command === 'backup') await runBackup({ ...services, dataDir }, values.out, io);
    else if (command === 'restore') await runRestore({ ...services, dataDir }, { file: extra[0], asNew: values['as-new'] === true, dryRun: values['dry-run'] === true }, io);
    else if (command === 'share') await runShare(services, dataDir, extra[0], serverUrl, io);
    else if (command === 'unshare') await runUnshare(services, dataDir, extra[0], io);
    else if (command === 'sync') await runSync(services, { once: values.once === true }, serverUrl, io);
    else await runDemo(services.workspace, clock, io);
  } finally {
    await services.close();
  }
}

function parseUsage(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages run on with advice about "--"; the first sentence is the useful part.
    const message = error instanceof Error ? (error.message.split(/\.\s/)[0] ?? error.message) : String(error);
    throw new CliError(EXIT_USAGE, message.replace(/^[A-Z]/, (c) => c.toLowerCase()).replace(/\.?$/, '.'));
  }
}

/** The CLI never reads preferences; building the store lazily keeps a damaged file from mattering. */
function lazyStore(create: () => PreferencesStore): PreferencesStore {
  let store: PreferencesStore | null = null;
  const get = () => (store ??= create());
  return { get: (key) => get().get(key), set: (key, value) => get().set(key, value) };
}

function toCliError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  return new CliError(EXIT_BAD_INPUT, readable(error));
}

function readable(error: unknown): string {
  const fsError = describeFsError(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (fsError) return fsError.code === 'io' ? `${code.toLowerCase().replace(/^e/, '')} (${code}).` : fsError.message;
  if (code === 'EEXIST') return 'a file with that name is in the way (EEXIST).';
  return error instanceof Error ? error.message : String(error);
}
