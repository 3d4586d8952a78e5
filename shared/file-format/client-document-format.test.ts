import { CLIENT_DOCUMENT_MIGRATIONS } from './migrations';
import { describe, expect, it } from 'vitest';
import { CLIENT_DOCUMENT_FORMAT, CLIENT_DOCUMENT_SCHEMA_VERSION } from '../domain/client-document';
import { buildDemoClient } from '../demo/demo-client';
import { parseClientDocument, serializeClientDocument, type DocumentProblemKind } from './client-document-format';
import type { Migration } from './migrations';

let counter = 0;
const client = buildDemoClient({ newId: () => `id-${(counter += 1)}`, now: new Date('2026-02-01T08:00:00.000Z') });
const good = serializeClientDocument(client);
const withDocument = (patch: (doc: Record<string, unknown>) => void): string => {
  const doc = JSON.parse(good) as Record<string, unknown>;
  patch(doc);
  return JSON.stringify(doc);
};

describe('parseClientDocument', () => {
  it('reads back exactly what serializeClientDocument wrote', () => {
    const parsed = parseClientDocument(good);
    expect(parsed).toEqual({ ok: true, document: { format: CLIENT_DOCUMENT_FORMAT, schemaVersion: CLIENT_DOCUMENT_SCHEMA_VERSION, client }, migratedFrom: null });
  });

  it('accepts a leading byte-order mark added by a text editor', () => {
    expect(parseClientDocument(`\uFEFF${good}`).ok).toBe(true);
  });

  const broken: Array<{ name: string; text: string; kind: DocumentProblemKind; reason: RegExp }> = [
    { name: 'an empty file', text: '', kind: 'empty', reason: /empty/ },
    { name: 'a file of whitespace', text: '  \n', kind: 'empty', reason: /empty/ },
    { name: 'a NUL-filled file', text: '\u0000'.repeat(4096), kind: 'nul-bytes', reason: /zero bytes/ },
    { name: 'a document followed by NUL bytes', text: good.slice(0, 100) + '\u0000'.repeat(50), kind: 'nul-bytes', reason: /zero bytes/ },
    { name: 'a truncated document', text: good.slice(0, Math.floor(good.length / 2)), kind: 'truncated', reason: /cut off/ },
    { name: 'a document cut inside a string', text: '{"format": "cairn.cli', kind: 'truncated', reason: /cut off/ },
    { name: 'invalid JSON', text: '{"format": cairn}', kind: 'invalid-json', reason: /not valid JSON/ },
    { name: 'a JSON array', text: '[1, 2]', kind: 'wrong-format', reason: /not a Cairn client document/ },
    { name: 'another format', text: withDocument((d) => (d['format'] = 'cairn.workspace')), kind: 'wrong-format', reason: /not a Cairn/ },
    { name: 'a newer schema version', text: withDocument((d) => (d['schemaVersion'] = 7)), kind: 'newer-version', reason: /newer version of Cairn \(schema version 7/ },
    { name: 'an unknown older schema version', text: withDocument((d) => (d['schemaVersion'] = 0)), kind: 'unsupported-version', reason: /schema version 0/ },
    { name: 'a non-numeric schema version', text: withDocument((d) => (d['schemaVersion'] = 'one')), kind: 'unsupported-version', reason: /schema version one/ },
    {
      name: 'a schema-invalid client',
      text: withDocument((d) => ((d['client'] as { stakeholders: Array<Record<string, unknown>> }).stakeholders[3]!['influence'] = 9)),
      kind: 'schema-invalid',
      reason: /at client\.stakeholders\.3\.influence/,
    },
    { name: 'a client without a name', text: withDocument((d) => ((d['client'] as Record<string, unknown>)['name'] = '')), kind: 'schema-invalid', reason: /client\.name: a client needs a name/ },
  ];

  it.each(broken)('classifies $name', ({ text, kind, reason }) => {
    const parsed = parseClientDocument(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.kind).toBe(kind);
    expect(parsed.reason).toMatch(reason);
    expect(parsed.reason).toMatch(/^[A-Z].*\.$/);
  });

  it('migrates an older document before validating it', () => {
    const renameOrganisation: Migration = {
      from: 0,
      to: 1,
      migrate: (doc) => {
        const { organisation, ...rest } = doc['client'] as Record<string, unknown>;
        return { ...doc, client: { ...rest, name: organisation } };
      },
    };
    const old = withDocument((d) => {
      const c = d['client'] as Record<string, unknown>;
      c['organisation'] = c['name'];
      delete c['name'];
      d['schemaVersion'] = 0;
    });
    const parsed = parseClientDocument(old, { migrations: [renameOrganisation, ...CLIENT_DOCUMENT_MIGRATIONS] });
    expect(parsed).toEqual({ ok: true, document: expect.objectContaining({ client }), migratedFrom: 0 });
  });
});

describe('serializeClientDocument', () => {
  it('writes a newline-terminated document with format and version first', () => {
    expect(good.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(good) as object)).toEqual(['format', 'schemaVersion', 'client']);
  });
});
