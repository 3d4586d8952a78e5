import { z } from 'zod';
import { ClientSchema, type Client } from '../domain/client';
import { CLIENT_DOCUMENT_SCHEMA_VERSION } from '../domain/client-document';
import { TimestampSchema } from '../domain/common';
import { FrameworkSchema, type Framework } from '../frameworks/framework-schema';
import { clientIntegrityProblem } from './client-integrity';
import { CLIENT_DOCUMENT_MIGRATIONS, applyMigrations, type Migration, type RawDocument } from './migrations';
import { SAFE_JSON_LIMITS, parseUntrustedJson, type FileProblem, type SafeJsonLimits } from './safe-json';
import { describeZodIssue } from './zod-messages';
import { fastCheck } from './fast-validate';

/** Identifies a `.cairn` file: one client with everything it owns. */
export const ENGAGEMENT_FILE_FORMAT = 'cairn.engagement-file';
/** Identifies a workspace backup: every client of a workspace. */
export const WORKSPACE_BACKUP_FORMAT = 'cairn.workspace-backup';
/**
 * Engagement files and backups carry client documents, so they share the client document
 * schema version and its migrations: a file from any earlier version is lifted the same way.
 */
export const ENGAGEMENT_FILE_SCHEMA_VERSION = CLIENT_DOCUMENT_SCHEMA_VERSION;

const AppVersionSchema = z.string().min(1).max(40);

export const EngagementFileSchema = z.object({
  format: z.literal(ENGAGEMENT_FILE_FORMAT),
  schemaVersion: z.literal(ENGAGEMENT_FILE_SCHEMA_VERSION),
  appVersion: AppVersionSchema,
  exportedAt: TimestampSchema,
  client: ClientSchema,
  /** Custom frameworks from the consultant's library that the client uses (the client keeps its own copies too). */
  frameworks: z.array(FrameworkSchema).max(100),
});
export type EngagementFile = z.infer<typeof EngagementFileSchema>;

export const WorkspaceBackupSchema = z.object({
  format: z.literal(WORKSPACE_BACKUP_FORMAT),
  schemaVersion: z.literal(ENGAGEMENT_FILE_SCHEMA_VERSION),
  appVersion: AppVersionSchema,
  exportedAt: TimestampSchema,
  clients: z.array(ClientSchema).max(10_000),
  /** The whole custom framework library. */
  frameworks: z.array(FrameworkSchema).max(1_000),
});
export type WorkspaceBackup = z.infer<typeof WorkspaceBackupSchema>;

export interface ReadOptions {
  limits?: SafeJsonLimits;
  migrations?: readonly Migration[];
}

/** What reading found besides the content: where it came from and what this version could not keep. */
export interface ReadNotes {
  /** The schema version the file was written with, when older than this one (it was migrated). */
  migratedFrom: number | null;
  /**
   * Fields this version of Cairn does not know (a newer app wrote them without a new schema
   * version). They are reported, never silently dropped: the preview lists them, and the
   * import says they will not be kept. At most 50 paths; `unknownFieldCount` has the total.
   */
  unknownFields: string[];
  unknownFieldCount: number;
}

export type ReadResult<T> = ({ ok: true; file: T } & ReadNotes) | { ok: false; error: FileProblem };

const fail = (error: FileProblem): { ok: false; error: FileProblem } => ({ ok: false, error });
const isRecord = (value: unknown): value is RawDocument => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `.cairn` text Cairn writes: stable key order, readable, newline-terminated. */
export function serializeEngagementFile(input: { client: Client; frameworks: readonly Framework[]; appVersion: string; exportedAt: string }): string {
  const file: EngagementFile = {
    format: ENGAGEMENT_FILE_FORMAT,
    schemaVersion: ENGAGEMENT_FILE_SCHEMA_VERSION,
    appVersion: input.appVersion,
    exportedAt: input.exportedAt,
    client: input.client,
    frameworks: [...input.frameworks],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function serializeWorkspaceBackup(input: { clients: readonly Client[]; frameworks: readonly Framework[]; appVersion: string; exportedAt: string }): string {
  const file: WorkspaceBackup = {
    format: WORKSPACE_BACKUP_FORMAT,
    schemaVersion: ENGAGEMENT_FILE_SCHEMA_VERSION,
    appVersion: input.appVersion,
    exportedAt: input.exportedAt,
    clients: [...input.clients],
    frameworks: [...input.frameworks],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The custom frameworks of the library that a client uses: those its assessments name,
 * plus those it keeps copies of. Built-in frameworks are code and never travel in files.
 */
export function frameworksUsedBy(client: Client, library: readonly Framework[]): Framework[] {
  const used = new Set([...client.assessments.map((assessment) => assessment.frameworkId), ...client.frameworks.map((framework) => framework.id)]);
  return library.filter((framework) => !framework.builtIn && used.has(framework.id));
}

/** Format id and version checks shared by both file kinds; returns the migrated raw object. */
function checkEnvelope(value: unknown, format: string, kindName: string): { ok: true; raw: RawDocument; version: number } | { ok: false; error: FileProblem } {
  if (!isRecord(value)) return fail({ code: 'wrong-format', message: `The file is JSON but not ${kindName}.`, path: '(file)' });
  if (value['format'] !== format) {
    const found = typeof value['format'] === 'string' ? ` (it says "${value['format'].slice(0, 60)}")` : '';
    return fail({ code: 'wrong-format', message: `The file is not ${kindName}${found}.`, path: 'format' });
  }
  const version = value['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'unsupported-version', message: 'The file does not state a schema version Cairn knows.', path: 'schemaVersion' });
  }
  if (version > ENGAGEMENT_FILE_SCHEMA_VERSION) {
    const app = typeof value['appVersion'] === 'string' ? ` by Cairn ${value['appVersion'].slice(0, 40)}` : '';
    return fail({
      code: 'newer-version',
      message: `The file was written${app} with schema version ${version}; this Cairn reads up to version ${ENGAGEMENT_FILE_SCHEMA_VERSION}. Update Cairn to open this file.`,
      path: 'schemaVersion',
    });
  }
  return { ok: true, raw: value, version };
}

function migrateClient(raw: unknown, version: number, migrations: readonly Migration[]): unknown {
  if (!isRecord(raw)) return raw;
  const lifted = applyMigrations({ schemaVersion: version, client: raw }, migrations, ENGAGEMENT_FILE_SCHEMA_VERSION);
  return lifted.ok ? lifted.document['client'] : raw;
}

/**
 * Validate once: a file that is valid as it stands (the usual case, since Cairn wrote it)
 * passes the fast check and is kept as parsed, without zod's copy; anything else goes
 * through zod, whose first issue names what is wrong and where.
 */
function validate<T>(schema: z.ZodType<T>, raw: unknown): { ok: true; value: T } | { ok: false; error: FileProblem } {
  if (fastCheck(schema, raw)) return { ok: true, value: raw as T };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  return fail(describeZodIssue(issue, raw));
}

/** Read a `.cairn` file's text: every failure is one structured problem; never throws. */
export function readEngagementFile(text: string, options: ReadOptions = {}): ReadResult<EngagementFile> {
  const json = parseUntrustedJson(text, options.limits ?? SAFE_JSON_LIMITS);
  if (!json.ok) return json;
  const envelope = checkEnvelope(json.value, ENGAGEMENT_FILE_FORMAT, 'a Cairn engagement file');
  if (!envelope.ok) return envelope;
  const migrations = options.migrations ?? CLIENT_DOCUMENT_MIGRATIONS;
  const raw: RawDocument = { ...envelope.raw, schemaVersion: ENGAGEMENT_FILE_SCHEMA_VERSION, client: migrateClient(envelope.raw['client'], envelope.version, migrations) };
  const validated = validate(EngagementFileSchema, raw);
  if (!validated.ok) return validated;
  const integrity = clientIntegrityProblem(validated.value.client, ['client']);
  if (integrity) return fail(integrity);
  return { ok: true, file: validated.value, ...notes(raw, validated.value, envelope.version) };
}

/** Read a workspace backup's text, the same way as an engagement file. */
export function readWorkspaceBackup(text: string, options: ReadOptions = {}): ReadResult<WorkspaceBackup> {
  const json = parseUntrustedJson(text, options.limits ?? SAFE_JSON_LIMITS);
  if (!json.ok) return json;
  const envelope = checkEnvelope(json.value, WORKSPACE_BACKUP_FORMAT, 'a Cairn workspace backup');
  if (!envelope.ok) return envelope;
  const migrations = options.migrations ?? CLIENT_DOCUMENT_MIGRATIONS;
  const clients = envelope.raw['clients'];
  const raw: RawDocument = {
    ...envelope.raw,
    schemaVersion: ENGAGEMENT_FILE_SCHEMA_VERSION,
    clients: Array.isArray(clients) ? clients.map((client: unknown) => migrateClient(client, envelope.version, migrations)) : clients,
  };
  const validated = validate(WorkspaceBackupSchema, raw);
  if (!validated.ok) return validated;
  const ids = new Set<string>();
  for (let index = 0; index < validated.value.clients.length; index++) {
    const client = validated.value.clients[index]!;
    if (ids.has(client.id)) return fail({ code: 'duplicate-id', message: `repeats the client id "${client.id}"`, path: `clients[${index}].id` });
    ids.add(client.id);
    const integrity = clientIntegrityProblem(client, ['clients', index]);
    if (integrity) return fail(integrity);
  }
  return { ok: true, file: validated.value, ...notes(raw, validated.value, envelope.version) };
}

/** Which kind of Cairn file a text claims to be, from its format id (without validating it). */
export function sniffFormat(text: string): 'engagement-file' | 'workspace-backup' | 'unknown' {
  const head = text.slice(0, 400);
  if (head.includes(`"${ENGAGEMENT_FILE_FORMAT}"`)) return 'engagement-file';
  if (head.includes(`"${WORKSPACE_BACKUP_FORMAT}"`)) return 'workspace-backup';
  return 'unknown';
}

const MAX_REPORTED_UNKNOWN = 50;

function notes(raw: unknown, parsed: unknown, version: number): ReadNotes {
  const found: string[] = [];
  const count = collectUnknown(raw, parsed, [], found);
  return { migratedFrom: version === ENGAGEMENT_FILE_SCHEMA_VERSION ? null : version, unknownFields: found, unknownFieldCount: count };
}

/**
 * Keys present in the raw JSON that validation dropped, as JSON paths. A subtree validation
 * kept as it was (the same object) dropped nothing, so it is not walked again; paths are
 * spelled out only for the keys reported.
 */
function collectUnknown(raw: unknown, parsed: unknown, path: (string | number)[], found: string[]): number {
  if (raw === parsed) return 0;
  let count = 0;
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let index = 0; index < raw.length && index < parsed.length; index++) {
      path.push(index);
      count += collectUnknown(raw[index], parsed[index], path, found);
      path.pop();
    }
  } else if (isRecord(raw) && isRecord(parsed)) {
    for (const key of Object.keys(raw)) {
      path.push(key);
      if (!Object.hasOwn(parsed, key)) {
        count += 1;
        if (found.length < MAX_REPORTED_UNKNOWN) found.push(unknownPath(path));
      } else count += collectUnknown(raw[key], parsed[key], path, found);
      path.pop();
    }
  }
  return count;
}

/** `['client', 'workshops', 2, 'mood']` → `client.workshops[2].mood`, as unknown fields have always been listed. */
function unknownPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text === '' ? part : `.${part}`;
  return text;
}
