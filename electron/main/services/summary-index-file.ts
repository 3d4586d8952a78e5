import { dirname } from 'node:path';
import { parseSummaryIndex, serializeSummaryIndex, type SummaryIndexEntry } from '../../../shared/workspace/summary-index';
import { decodeUtf8Strict } from '../../../shared/file-format/utf8';
import { writeFileAtomic } from './atomic-write';
import type { DataLayout } from './data-layout';
import { readEntry } from './entry-read';
import type { FsPort } from './fs-port';

/** How long summaries wait after a change before the index is written (a burst of saves writes it once). */
export const SUMMARY_INDEX_DEBOUNCE_MS = 500;

/**
 * `index/summaries.json` on disk. It is a cache of what the documents say: an index that
 * cannot be read (missing, damaged, a folder, another version) loads as empty, so every
 * client is read from its document and the index is written again. It is written
 * atomically like a document, and never by a read-only opener.
 */
export function createSummaryIndexFile(fs: FsPort, layout: DataLayout) {
  const path = layout.summaryIndexFile;
  return {
    async load(): Promise<Record<string, SummaryIndexEntry>> {
      const read = await readEntry(fs, path, 'index/summaries.json');
      if (!read.ok) return {};
      const text = decodeUtf8Strict(read.bytes);
      return text.ok ? parseSummaryIndex(text.text).entries : {};
    },
    async write(entries: Record<string, SummaryIndexEntry>): Promise<void> {
      await fs.mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(fs, path, serializeSummaryIndex(entries));
    },
  };
}
