import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_FILE_SCHEMA_VERSION, readEngagementFile, serializeEngagementFile } from '../../shared/file-format/engagement-file';

const folder = path.join(import.meta.dirname, '..', 'fixtures', 'engagement-files');
const versions = Array.from({ length: ENGAGEMENT_FILE_SCHEMA_VERSION }, (_, index) => index + 1);

describe('.cairn files of every schema version', () => {
  it('has a fixture for every version from 1 to the current one', async () => {
    const files = await readdir(folder);
    for (const version of versions) expect(files).toContain(`schema-v${version}.cairn`);
  });

  it.each(versions)('reads the version %i file, migrated and valid, and reading its re-export changes nothing more', async (version) => {
    const text = await readFile(path.join(folder, `schema-v${version}.cairn`), 'utf8');
    const once = readEngagementFile(text);
    if (!once.ok) throw new Error(once.error.message);
    expect(once.migratedFrom).toBe(version === ENGAGEMENT_FILE_SCHEMA_VERSION ? null : version);
    const raw = JSON.parse(text) as { client: { name: string; stakeholders: unknown[] } };
    expect(once.file.client.name).toBe(raw.client.name);
    expect(once.file.client.stakeholders).toEqual(raw.client.stakeholders);
    // Migrating twice equals migrating once: the migrated file reads back unchanged.
    const twice = readEngagementFile(serializeEngagementFile(once.file));
    expect(twice).toEqual({ ...once, migratedFrom: null });
  });
});
