import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_DOCUMENT_SCHEMA_VERSION } from '../../shared/domain/client-document';
import { parseClientDocument, serializeClientDocument } from '../../shared/file-format/client-document-format';
import { CLIENT_DOCUMENT_MIGRATIONS, applyMigrations } from '../../shared/file-format/migrations';

const folder = path.join(import.meta.dirname, '..', 'fixtures', 'client-documents');

describe('client documents of every schema version ever written', () => {
  it('has a fixture for every version from 1 to the current one', async () => {
    const files = await readdir(folder);
    for (let version = 1; version <= CLIENT_DOCUMENT_SCHEMA_VERSION; version++) {
      expect(files).toContain(`schema-v${version}.json`);
    }
  });

  it.each(Array.from({ length: CLIENT_DOCUMENT_SCHEMA_VERSION }, (_, index) => index + 1))(
    'reads the version %i fixture, migrated to the current schema, losing nothing it had',
    async (version) => {
      const text = await readFile(path.join(folder, `schema-v${version}.json`), 'utf8');
      const parsed = parseClientDocument(text);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parsed.document.schemaVersion).toBe(CLIENT_DOCUMENT_SCHEMA_VERSION);
      expect(parsed.migratedFrom).toBe(version === CLIENT_DOCUMENT_SCHEMA_VERSION ? null : version);
      const raw = JSON.parse(text) as { client: { name: string; stakeholders: unknown[] } };
      expect(parsed.document.client.name).toBe(raw.client.name);
      expect(parsed.document.client.stakeholders).toEqual(raw.client.stakeholders);
    },
  );

  it('migrating twice equals migrating once', async () => {
    const raw = JSON.parse(await readFile(path.join(folder, 'schema-v1.json'), 'utf8')) as Record<string, unknown>;
    const once = applyMigrations(raw, CLIENT_DOCUMENT_MIGRATIONS, CLIENT_DOCUMENT_SCHEMA_VERSION);
    if (!once.ok) throw new Error('migration failed');
    const twice = applyMigrations(once.document, CLIENT_DOCUMENT_MIGRATIONS, CLIENT_DOCUMENT_SCHEMA_VERSION);
    expect(twice).toEqual({ ok: true, document: once.document, migratedFrom: null });
  });

  it('writes the current version the way the current fixture reads', async () => {
    const text = await readFile(path.join(folder, `schema-v${CLIENT_DOCUMENT_SCHEMA_VERSION}.json`), 'utf8');
    const parsed = parseClientDocument(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parseClientDocument(serializeClientDocument(parsed.document.client))).toEqual(parsed);
  });
});
