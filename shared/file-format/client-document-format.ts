import {
  CLIENT_DOCUMENT_FORMAT,
  CLIENT_DOCUMENT_SCHEMA_VERSION,
  ClientDocumentSchema,
  type ClientDocument,
} from '../domain/client-document';
import type { Client } from '../domain/client';
import { CLIENT_DOCUMENT_MIGRATIONS, applyMigrations, type Migration, type RawDocument } from './migrations';
import { looksTruncated } from './json-shape';
import { decodeUtf8Strict } from './utf8';

/** Why a document could not be read; `reason` is the sentence shown to the consultant. */
export type DocumentProblemKind =
  | 'empty'
  | 'not-utf8'
  | 'nul-bytes'
  | 'truncated'
  | 'invalid-json'
  | 'wrong-format'
  | 'newer-version'
  | 'unsupported-version'
  | 'schema-invalid';

export type ParsedClientDocument =
  | { ok: true; document: ClientDocument; migratedFrom: number | null }
  | { ok: false; kind: DocumentProblemKind; reason: string };

export interface ParseOptions {
  /** Defaults to the real list; tests pass synthetic ones. */
  migrations?: readonly Migration[];
}

const failure = (kind: DocumentProblemKind, reason: string): ParsedClientDocument => ({ ok: false, kind, reason });

/**
 * Read a client document from its text, classifying every way it can be unreadable so
 * the workspace can quarantine it with a reason a person understands. Older documents
 * are migrated before validation; nothing is ever "repaired" by guessing.
 */
export function parseClientDocument(text: string, options: ParseOptions = {}): ParsedClientDocument {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim().length === 0) return failure('empty', 'The file is empty.');
  if (body.includes('\u0000')) {
    return failure('nul-bytes', 'The file contains zero bytes instead of text, as happens when a write is cut off by a crash.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return looksTruncated(body)
      ? failure('truncated', 'The file ends in the middle of the document (it was cut off).')
      : failure('invalid-json', 'The file is not valid JSON.');
  }
  if (!isRecord(raw) || raw['format'] !== CLIENT_DOCUMENT_FORMAT) {
    return failure('wrong-format', 'The file is not a Cairn client document.');
  }
  const version = raw['schemaVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > CLIENT_DOCUMENT_SCHEMA_VERSION) {
    return failure(
      'newer-version',
      `The file was saved by a newer version of Cairn (schema version ${version}; this version reads up to ${CLIENT_DOCUMENT_SCHEMA_VERSION}).`,
    );
  }
  const migrated = applyMigrations(raw, options.migrations ?? CLIENT_DOCUMENT_MIGRATIONS, CLIENT_DOCUMENT_SCHEMA_VERSION);
  if (!migrated.ok) {
    const shown = Number.isNaN(migrated.version) ? String(version) : String(migrated.version);
    return failure('unsupported-version', `The file has schema version ${shown}, which this version of Cairn cannot read.`);
  }
  const validated = ClientDocumentSchema.safeParse(migrated.document);
  if (!validated.success) {
    const issue = validated.error.issues[0];
    const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(document)';
    return failure('schema-invalid', `The document is not valid at ${path}: ${issue?.message ?? 'unexpected content'}.`);
  }
  return { ok: true, document: validated.data, migratedFrom: migrated.migratedFrom };
}

/**
 * Read a client document from its bytes: strictly UTF-8 (a document that is not is
 * reported as `not-utf8`, never decoded with replacement characters that a save would
 * then make permanent), then as `parseClientDocument`.
 */
export function parseClientDocumentBytes(bytes: Uint8Array, options: ParseOptions = {}): ParsedClientDocument {
  const decoded = decodeUtf8Strict(bytes);
  return decoded.ok ? parseClientDocument(decoded.text, options) : failure('not-utf8', decoded.reason);
}

/** The exact text Cairn writes for a client: stable key order, readable, newline-terminated. */
export function serializeClientDocument(client: Client): string {
  const document: ClientDocument = { format: CLIENT_DOCUMENT_FORMAT, schemaVersion: CLIENT_DOCUMENT_SCHEMA_VERSION, client };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function isRecord(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
