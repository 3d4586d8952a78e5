import { isAbsolute, resolve } from 'node:path';
import type { RestorePreview } from '../../shared/ipc/contract-restore';
import { OperationError } from '../main/ipc/operation-error';
import type { AppServices } from '../main/services/app-services';
import { createWorkspaceRestore } from '../main/services/workspace-restore';
import { CliError, EXIT_BAD_INPUT, EXIT_USAGE, type CliIo } from './cli-io';
import { formatTable } from './format-table';
import { terminalText } from './terminal-text';

type Services = Pick<AppServices, 'workspace' | 'frameworks'> & { dataDir: string };

export interface RestoreOptions {
  file: string | undefined;
  asNew: boolean;
  dryRun: boolean;
}

const PLACE = { active: '', archived: ' (archived)', trash: ' (in the trash)' } as const;
const HERE = { no: 'new here', same: 'already here, identical: skipped', differs: 'already here, different' } as const;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * `cairn restore FILE [--as-new] [--dry-run]`: restore a workspace backup. Into an empty
 * data folder the backup's clients come back as they were; into one with clients, only
 * with --as-new (new ids, names marked “(restored)”). The workspace as it is is backed up
 * to backups/ first; --dry-run prints the preview and changes nothing.
 */
export async function runRestore(services: Services, options: RestoreOptions, io: CliIo): Promise<void> {
  if (options.file === undefined) throw new CliError(EXIT_USAGE, 'restore needs a FILE (a workspace backup made by “cairn backup” or Back up workspace…).');
  const path = isAbsolute(options.file) ? options.file : resolve(io.cwd ?? process.cwd(), options.file);
  await services.workspace.open();
  const restore = createWorkspaceRestore({ dataDir: services.dataDir, workspace: services.workspace, frameworks: services.frameworks, ...(io.clock ? { clock: io.clock } : {}) });
  const preview = await badInput(() => restore.previewRestore(path));
  io.stdout.write(formatRestorePreview(preview, options.asNew));
  if (!options.asNew && !preview.asSavedAllowed) throw new CliError(EXIT_BAD_INPUT, `${preview.asSavedRefusal} Nothing was changed; add --as-new to restore them beside the clients here.`);
  if (options.dryRun) {
    io.stdout.write('Dry run: nothing was changed.\n');
    return;
  }
  const receipt = await badInput(() => restore.applyRestore(preview.previewId, { asNew: options.asNew }));
  io.stdout.write(`${terminalText(receipt.summary)}\n`);
}

async function badInput<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof OperationError) throw new CliError(EXIT_BAD_INPUT, error.message);
    throw error;
  }
}

/** The preview as plain lines: the backup, each client and whether it is here already, then how it will be restored. */
export function formatRestorePreview(preview: RestorePreview, asNew: boolean): string {
  const written = `${preview.exportedAt.slice(0, 16).replace('T', ' ')} UTC`;
  const frameworks = preview.frameworksToAdd.length > 0 ? `; adds ${plural(preview.frameworksToAdd.length, 'custom framework')} to the library: ${preview.frameworksToAdd.map(terminalText).join(', ')}` : '';
  const lines = [`Restore ${terminalText(preview.fileName)} (written by Cairn ${terminalText(preview.appVersion)} on ${written}): ${plural(preview.clients.length, 'client')}${frameworks}.`];
  if (preview.migratedFrom !== null) lines.push(`The backup was written with schema version ${preview.migratedFrom}; it was migrated.`);
  const rows = preview.clients.map((client) => [`${client.name}${PLACE[client.place]}`, plural(client.stakeholders, 'stakeholder'), asNew ? 'added as a new client' : HERE[client.here]]);
  const table = rows.length > 0 ? formatTable(['Client', 'Stakeholders', 'Restore'], rows, new Set([1])) : '';
  const how = asNew
    ? `Each client is added as a new client (new ids, “(restored)” after its name), beside the ${plural(preview.clientsHere, 'client')} here.`
    : 'The clients come back as they were, with the backup’s ids.';
  return `${lines.join('\n')}\n${table.replace(/^/gm, '  ')}${how}\n`;
}
