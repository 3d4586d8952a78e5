import { join } from 'node:path';
import type { Client } from '../../../shared/domain/client';
import { parseClientDocument } from '../../../shared/file-format/client-document-format';
import type { Migration } from '../../../shared/file-format/migrations';
import { clientIdFromFileName, type DataLayout } from './data-layout';
import { readEntry } from './entry-read';
import { listFolder, type FsPort } from './fs-port';
import { fingerprintFrom, revisionOf, type Fingerprint } from './document-revision';

/** One entry of clients/, read on its own: a document, unreadable content, or an entry that could not be read. */
export type ScannedEntry =
  | { kind: 'document'; fileName: string; client: Client; revision: string; fingerprint: Fingerprint; bytes: Buffer; migratedFrom: number | null }
  /** The bytes were read but are not a good document: quarantine them. */
  | { kind: 'unreadable-content'; fileName: string; clientId: string; reason: string }
  /** The entry could not be read at all (wrong type, too large, no permission, gone): report it, leave it. */
  | { kind: 'unreadable-entry'; fileName: string; clientId: string; reason: string };

/**
 * Read every `clients/<id>.json`, one entry at a time: a failure is confined to its
 * entry (see {@link readEntry}), so one folder, FIFO or 600 MB file in clients/ never
 * keeps the other clients from opening. Names that are not client documents are ignored.
 */
export async function scanClients(fs: FsPort, layout: DataLayout, migrations: readonly Migration[] | undefined): Promise<ScannedEntry[]> {
  const entries: ScannedEntry[] = [];
  for (const fileName of (await listFolder(fs, layout.clients)).sort()) {
    const clientId = clientIdFromFileName(fileName);
    if (clientId === null) continue;
    const read = await readEntry(fs, join(layout.clients, fileName), `clients/${fileName}`);
    if (!read.ok) {
      entries.push({ kind: 'unreadable-entry', fileName, clientId, reason: read.reason });
      continue;
    }
    const parsed = parseClientDocument(read.bytes.toString('utf8'), migrations ? { migrations } : {});
    if (!parsed.ok) {
      entries.push({ kind: 'unreadable-content', fileName, clientId, reason: parsed.reason });
      continue;
    }
    if (parsed.document.client.id !== clientId) {
      entries.push({ kind: 'unreadable-content', fileName, clientId, reason: `The file is named for client ${clientId} but holds client ${parsed.document.client.id}.` });
      continue;
    }
    entries.push({ kind: 'document', fileName, client: parsed.document.client, revision: revisionOf(read.bytes), fingerprint: fingerprintFrom(read.stats), bytes: read.bytes, migratedFrom: parsed.migratedFrom });
  }
  return entries;
}
