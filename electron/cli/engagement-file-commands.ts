import { isAbsolute, resolve } from 'node:path';
import { frameworksUsedBy, serializeEngagementFile } from '../../shared/file-format/engagement-file';
import type { ImportMode, ImportPreview } from '../../shared/ipc/contract-engagement-files';
import packageJson from '../../package.json' with { type: 'json' };
import type { AppServices } from '../main/services/app-services';
import { createEngagementFiles, type WorkbookReader } from '../main/services/engagement-files';
import { OperationError } from '../main/ipc/operation-error';
import { CliError, EXIT_BAD_INPUT, EXIT_USAGE, type CliIo } from './cli-io';
import type { Exporter } from './export-command';
import { terminalText } from './terminal-text';

type Services = Pick<AppServices, 'workspace' | 'frameworks'> & { dataDir: string };

const absolute = (file: string, io: CliIo) => (isAbsolute(file) ? file : resolve(io.cwd ?? process.cwd(), file));

/** `cairn export CLIENT --format cairn`: the client with the custom frameworks it uses. */
export const cairnExporter: Exporter = async ({ services, client, clock }) => {
  const library = (await services.frameworks.list()).frameworks;
  const text = serializeEngagementFile({ client, frameworks: frameworksUsedBy(client, library), appVersion: packageJson.version, exportedAt: clock().toISOString() });
  return new TextEncoder().encode(text);
};

function service(services: Services, io: CliIo, readWorkbookEdits?: WorkbookReader) {
  return createEngagementFiles({
    dataDir: services.dataDir,
    workspace: services.workspace,
    frameworks: services.frameworks,
    ...(io.clock ? { clock: io.clock } : {}),
    ...(readWorkbookEdits ? { readWorkbookEdits } : {}),
  });
}

/** Service failures (a bad file, a missing client) become one line and exit code 1. */
async function asBadInput<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof OperationError) throw new CliError(EXIT_BAD_INPUT, error.message);
    throw error;
  }
}

/** `cairn validate FILE`: a one-line summary of a valid `.cairn` file or backup, or why it is not one. */
export async function runValidate(services: Services, file: string | undefined, io: CliIo): Promise<void> {
  if (file === undefined) throw new CliError(EXIT_USAGE, 'validate needs a FILE.');
  const summary = await asBadInput(() => service(services, io).validateFile(absolute(file, io)));
  io.stdout.write(`${summary}\n`);
}

/** `cairn backup --out FILE`: every client and the custom framework library in one file. */
export async function runBackup(services: Services, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined || out === '') throw new CliError(EXIT_USAGE, 'backup needs --out FILE.');
  await services.workspace.open();
  const target = absolute(out, io);
  const written = await asBadInput(() => service(services, io).backupWorkspace(target));
  io.stdout.write(`Wrote ${target}: ${written.clients} client${written.clients === 1 ? '' : 's'} (${Math.max(1, Math.round(written.bytes / 1000))} KB).\n`);
}

export interface ImportOptions {
  file: string | undefined;
  asNew: boolean;
  merge: boolean;
  dryRun: boolean;
  readWorkbookEdits?: WorkbookReader;
}

/**
 * `cairn import FILE [--as-new | --merge] [--dry-run]`. Without a flag, a file whose client
 * is already here is merged into it, otherwise it becomes a new client. Skipped and
 * conflicting entities keep the workspace's copy (the newer one wins); --dry-run prints
 * the preview and changes nothing.
 */
export async function runImport(services: Services, options: ImportOptions, io: CliIo): Promise<void> {
  if (options.file === undefined) throw new CliError(EXIT_USAGE, 'import needs a FILE (.cairn or .xlsx).');
  if (options.asNew && options.merge) throw new CliError(EXIT_USAGE, 'choose one of --as-new and --merge.');
  const path = absolute(options.file, io);
  await services.workspace.open();
  const files = service(services, io, options.readWorkbookEdits);
  const preview = await asBadInput(async () => {
    const first = await files.previewImport(path, { mode: options.asNew ? { kind: 'new' } : null });
    if (!options.merge || first.mode.kind === 'merge' || first.source === 'xlsx') return first;
    throw new CliError(EXIT_BAD_INPUT, `this workspace has no client “${first.clientName}” to merge into; import it with --as-new.`);
  });
  io.stdout.write(formatPreview(preview));
  if (options.dryRun) {
    io.stdout.write('Dry run: nothing was changed.\n');
    return;
  }
  const receipt = await asBadInput(() => files.applyImport(preview.previewId));
  io.stdout.write(`${receipt.summary}\n`);
  if (receipt.backupFile) io.stdout.write(`The client as it was before is kept in ${receipt.backupFile}.\n`);
}

/** The preview as plain lines: what, into where, counts per entity type, then each change with its reason. */
export function formatPreview(preview: ImportPreview): string {
  const mode: ImportMode = preview.mode;
  const t = terminalText;
  const lines = [
    mode.kind === 'new'
      ? `Import ${t(preview.fileName)} as a new client “${t(preview.newClientName ?? '')}”${preview.freshIds ? ' (with new ids: this client is already here)' : ''}.`
      : `Merge ${t(preview.fileName)} into “${t(preview.targetClientName ?? '')}”.`,
  ];
  if (preview.targetInTrash) {
    lines.push(`“${t(preview.targetClientName ?? '')}” is in the trash: the import restores it from the trash, then merges the file into it (--as-new makes a separate copy instead).`);
  }
  else if (preview.trashedClientId !== null) lines.push(`“${t(preview.clientName)}” is in the trash here and stays there; --merge would restore it and merge into it.`);
  if (preview.landingNote) lines.push(`Afterwards: ${t(preview.landingNote)}`);
  if (preview.migratedFrom !== null) lines.push(`The file was written with schema version ${preview.migratedFrom}; it was migrated.`);
  if (preview.unknownFieldCount > 0) lines.push(`${preview.unknownFieldCount} field(s) from a newer Cairn will not be kept: ${preview.unknownFields.slice(0, 5).join(', ')}${preview.unknownFieldCount > 5 ? ', …' : ''}.`);
  for (const group of preview.groups) {
    const parts = (['created', 'updated', 'unchanged', 'skipped', 'conflict'] as const).filter((state) => group.counts[state] > 0).map((state) => `${group.counts[state]} ${state}`);
    if (group.kept > 0) parts.push(`${group.kept} only here (kept)`);
    if (parts.length > 0) lines.push(`  ${group.label}: ${parts.join(', ')}`);
  }
  const listed = preview.items.filter((item) => item.state !== 'created').slice(0, 30);
  for (const item of listed) lines.push(`  ${item.state.padEnd(8)} ${t(item.label)}: ${t(item.reason)}`);
  if (preview.frameworksToAdd.length > 0) lines.push(`  Frameworks added to the library: ${preview.frameworksToAdd.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
