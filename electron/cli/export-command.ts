import { dirname, isAbsolute, resolve } from 'node:path';
import type { Client } from '../../shared/domain/client';
import { REPORT_SECTIONS, WORKBOOK_SHEETS, type DeliverableRequest } from '../../shared/deliverables/deliverable-request';
import type { AppServices } from '../main/services/app-services';
import { sweepTempFiles, writeFileAtomic } from '../main/services/atomic-write';
import { buildDeliverable, type DeliverableBuilders } from '../main/services/deliverables/build-deliverable';
import { loadDeliverableInput } from '../main/services/deliverables/deliverable-input-loader';
import { describeWriteError } from '../main/services/deliverables/export-jobs';
import { nodeFsPort } from '../main/services/fs-port';
import { OperationError } from '../main/ipc/operation-error';
import { CliError, EXIT_BAD_INPUT, EXIT_USAGE, type CliIo } from './cli-io';
import { cairnExporter } from './engagement-file-commands';

export interface ExportOptions {
  /** The CLIENT argument: an id or an exact name. */
  client: string | undefined;
  format: string | undefined;
  out: string | undefined;
  engagement: string | undefined;
  sections: string | undefined;
}

/** What an exporter gets: the services, the client found, and the flags as given. */
export interface ExportContext {
  services: Pick<AppServices, 'workspace' | 'preferences' | 'frameworks'> & { dataDir: string };
  client: Client;
  /** The engagement chosen with --engagement, or null for everything. */
  engagementId: string | null;
  /** --sections split on commas, or null when not given. */
  sections: string[] | null;
  clock: () => Date;
}

/** Builds the bytes of one format. Adding a format is one entry in {@link EXPORT_FORMATS}. */
export type Exporter = (context: ExportContext) => Promise<Uint8Array>;

/** The real builders are loaded only when an export runs, so other commands stay quick. */
const loadBuilders = async (): Promise<DeliverableBuilders> => (await import('../main/services/deliverables/real-builders')).realBuilders;

/** An exporter for a deliverable kind, over the given builders (tests pass fakes). */
export function deliverableExporter(kind: 'workbook' | 'report', builders: () => Promise<DeliverableBuilders> = loadBuilders): Exporter {
  const known: readonly string[] = kind === 'workbook' ? WORKBOOK_SHEETS : REPORT_SECTIONS;
  return async ({ services, client, engagementId, sections, clock }) => {
    const chosen = sections ?? [...known];
    const unknown = chosen.filter((section) => !known.includes(section));
    if (unknown.length > 0) throw new CliError(EXIT_USAGE, `unknown section “${unknown[0]}” for ${kind === 'workbook' ? 'xlsx' : 'pdf'}; use ${known.join(', ')}.`);
    if (kind === 'workbook' && chosen.length === 0) throw new CliError(EXIT_USAGE, 'a workbook needs at least one sheet in --sections.');
    // The documents keep their own order whatever order the flags came in.
    const request = { kind, clientId: client.id, engagementId, sections: known.filter((section) => chosen.includes(section)) } as DeliverableRequest;
    const input = await loadDeliverableInput({ ...services, clock }, request);
    return buildDeliverable(request, input, await builders());
  };
}

/** `--format` values and how each is built. */
export const EXPORT_FORMATS: Record<string, Exporter> = {
  xlsx: deliverableExporter('workbook'),
  pdf: deliverableExporter('report'),
  cairn: cairnExporter,
};

/**
 * `cairn export CLIENT --format F --out FILE`: find the client by id or exact name, build
 * the file in-process (no window to keep responsive) and write it atomically.
 */
export async function runExport(
  services: ExportContext['services'],
  options: ExportOptions,
  io: CliIo,
  formats: Record<string, Exporter> = EXPORT_FORMATS,
): Promise<void> {
  const names = Object.keys(formats).join('|');
  if (options.client === undefined) throw new CliError(EXIT_USAGE, 'export needs a CLIENT (its id or exact name).');
  if (options.format === undefined) throw new CliError(EXIT_USAGE, `export needs --format ${names}.`);
  const exporter = formats[options.format];
  if (!exporter) throw new CliError(EXIT_USAGE, `unknown format “${options.format}”; use ${names}.`);
  if (options.out === undefined || options.out === '') throw new CliError(EXIT_USAGE, 'export needs --out FILE.');
  const sections = options.sections === undefined ? null : options.sections.split(',').map((part) => part.trim()).filter((part) => part !== '');

  await services.workspace.open();
  const client = await services.workspace.read(findClient(services.workspace.summaries(), options.client).id);
  const engagementId = options.engagement === undefined ? null : findEngagement(client, options.engagement);
  const target = isAbsolute(options.out) ? options.out : resolve(io.cwd ?? process.cwd(), options.out);

  let bytes: Uint8Array;
  try {
    bytes = await exporter({ services, client, engagementId, sections, clock: io.clock ?? (() => new Date()) });
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof OperationError) throw new CliError(EXIT_BAD_INPUT, error.message);
    throw new CliError(EXIT_BAD_INPUT, `the ${options.format} file could not be built: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    // A killed export left its hidden temp file here; clear it before writing beside it again.
    await sweepTempFiles(nodeFsPort, dirname(target)).catch(() => []);
    await writeFileAtomic(nodeFsPort, target, bytes);
  } catch (error) {
    throw new CliError(EXIT_BAD_INPUT, `${target}: ${describeWriteError(error)}`);
  }
  io.stdout.write(`Wrote ${target} (${formatSize(bytes.byteLength)}).\n`);
}

function findClient<C extends Pick<Client, 'id' | 'name'>>(clients: readonly C[], wanted: string): C {
  const byId = clients.find((client) => client.id === wanted);
  if (byId) return byId;
  const byName = clients.filter((client) => client.name === wanted);
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) throw new CliError(EXIT_BAD_INPUT, `${byName.length} clients are named “${wanted}”; give the id instead (${byName.map((c) => c.id).join(', ')}).`);
  throw new CliError(EXIT_BAD_INPUT, `no client has the id or name “${wanted}” (cairn list --all shows them).`);
}

function findEngagement(client: Client, wanted: string): string {
  const byId = client.engagements.find((engagement) => engagement.id === wanted);
  if (byId) return byId.id;
  const byTitle = client.engagements.filter((engagement) => engagement.title === wanted);
  if (byTitle.length === 1) return byTitle[0]!.id;
  if (byTitle.length > 1) throw new CliError(EXIT_BAD_INPUT, `${client.name} has ${byTitle.length} engagements titled “${wanted}”; give the id instead.`);
  throw new CliError(EXIT_BAD_INPUT, `${client.name} has no engagement with the id or title “${wanted}”.`);
}

function formatSize(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
