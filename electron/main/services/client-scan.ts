import { join } from 'node:path';
import type { Client } from '../../../shared/domain/client';
import { parseClientDocumentBytes } from '../../../shared/file-format/client-document-format';
import type { Migration } from '../../../shared/file-format/migrations';
import { clientIdFromFileName, type DataLayout } from './data-layout';
import { readEntry } from './entry-read';
import { listFolder, type FsPort } from './fs-port';
import { fingerprintFrom, revisionOf, type Fingerprint } from './document-revision';
import type { SyncedFolder } from './synced-folder';
import { entryMatches, type SummaryIndexEntry } from '../../../shared/workspace/summary-index';

/** One entry of clients/, read on its own: a document, unreadable content, or an entry that could not be read. */
export type ScannedEntry =
  | { kind: 'document'; fileName: string; client: Client; revision: string; fingerprint: Fingerprint; bytes: Buffer; migratedFrom: number | null }
  /** The summaries index holds an entry made from exactly this file (same fingerprint): trusted without reading it. */
  | { kind: 'indexed'; fileName: string; clientId: string; entry: SummaryIndexEntry }
  /** The bytes were read but are not a good document: quarantine them. */
  | { kind: 'unreadable-content'; fileName: string; clientId: string; reason: string }
  /** The entry could not be read at all (wrong type, too large, no permission, gone): report it, leave it. */
  | { kind: 'unreadable-entry'; fileName: string; clientId: string; reason: string };

/**
 * Read every `clients/<id>.json`, one entry at a time: a failure is confined to its
 * entry (see {@link readEntry}), so one folder, FIFO or 600 MB file in clients/ never
 * keeps the other clients from opening. Names that are not client documents are ignored.
 * With a synced folder: a sync tool's conflict copies are left to it (never loaded as a
 * client), and a cloud placeholder that cannot be read yet is its issue, not a problem.
 * Bytes that are not valid UTF-8 are unreadable content, never silently rewritten.
 * With a summaries index, a regular file whose `lstat` matches its entry is not read at
 * all; every other file (no entry, changed since, or not a regular file) is read as above.
 */
export async function scanClients(
  fs: FsPort,
  layout: DataLayout,
  migrations: readonly Migration[] | undefined,
  synced?: SyncedFolder,
  index: Readonly<Record<string, SummaryIndexEntry>> = {},
): Promise<ScannedEntry[]> {
  const entries: ScannedEntry[] = [];
  const names = (await listFolder(fs, layout.clients)).sort();
  const conflictCopies = synced?.scan(names) ?? new Set<string>();
  // The documents the index describes are only looked at, all at once: one lstat each.
  const looked = new Map(
    await Promise.all(
      names.flatMap((fileName) => {
        const clientId = clientIdFromFileName(fileName);
        if (clientId === null || !index[clientId] || conflictCopies.has(fileName)) return [];
        return [fs.lstat(join(layout.clients, fileName)).then((stats) => [fileName, stats] as const, () => [fileName, null] as const)];
      }),
    ),
  );
  for (const fileName of names) {
    if (conflictCopies.has(fileName)) continue;
    const clientId = clientIdFromFileName(fileName);
    if (clientId === null) continue;
    const indexed = index[clientId];
    if (indexed) {
      const stats = looked.get(fileName);
      if (stats?.isFile() && entryMatches(indexed, fingerprintFrom(stats))) {
        entries.push({ kind: 'indexed', fileName, clientId, entry: indexed });
        continue;
      }
    }
    const read = await readEntry(fs, join(layout.clients, fileName), `clients/${fileName}`);
    if (!read.ok) {
      if (synced?.placeholderUnreadable(fileName, read.code)) continue;
      entries.push({ kind: 'unreadable-entry', fileName, clientId, reason: read.reason });
      continue;
    }
    if (synced && (await synced.placeholderEmpty(fileName, read.bytes))) continue;
    const parsed = parseClientDocumentBytes(read.bytes, migrations ? { migrations } : {});
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
