import { CLIENT_DOCUMENT_SCHEMA_VERSION } from '../domain/client-document';
import { describe, expect, it } from 'vitest';
import { CLIENT_DOCUMENT_MIGRATIONS, applyMigrations, type Migration } from './migrations';

/** A synthetic history: v1 had `title`, v2 renamed it to `name`, v3 added `tags`. */
const synthetic: Migration[] = [
  {
    from: 1,
    to: 2,
    migrate: ({ title, ...rest }) => ({ ...rest, name: title }),
  },
  {
    from: 2,
    to: 3,
    migrate: (doc) => ({ ...doc, tags: [] }),
  },
];

describe('applyMigrations', () => {
  it('ships one migration per version step, from 1 up to the current version, without gaps', () => {
    expect(CLIENT_DOCUMENT_MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: CLIENT_DOCUMENT_SCHEMA_VERSION - 1 }, (_, index) => [index + 1, index + 2]),
    );
  });

  it('lifts a document step by step and reports where it came from', () => {
    expect(applyMigrations({ schemaVersion: 1, title: 'Nordlicht' }, synthetic, 3)).toEqual({
      ok: true,
      document: { schemaVersion: 3, name: 'Nordlicht', tags: [] },
      migratedFrom: 1,
    });
  });

  it('gives the same result when applied twice as when applied once', () => {
    const once = applyMigrations({ schemaVersion: 1, title: 'Nordlicht' }, synthetic, 3);
    if (!once.ok) throw new Error('first pass failed');
    const twice = applyMigrations(once.document, synthetic, 3);
    expect(twice).toEqual({ ok: true, document: once.document, migratedFrom: null });
  });

  it('does not mutate its input', () => {
    const input = { schemaVersion: 1, title: 'Nordlicht' };
    applyMigrations(input, synthetic, 3);
    expect(input).toEqual({ schemaVersion: 1, title: 'Nordlicht' });
  });

  it('fails at the version where a step is missing', () => {
    expect(applyMigrations({ schemaVersion: 1 }, [synthetic[1]!], 3)).toEqual({ ok: false, version: 1 });
  });
});

describe('version 5: the report narrative', () => {
  const v4 = {
    schemaVersion: 4,
    client: {
      engagements: [{ id: 'e1', executiveSummary: 'Ours' }],
      assessments: [{ id: 'a1', competencies: [{ competencyId: 'strategy', evidence: 'Plan' }, { competencyId: 'culture', finding: 'Kept', recommendation: null }] }],
    },
  };

  it('gives engagements an empty narrative and competencies draft findings, keeping what is there', () => {
    const lifted = applyMigrations(v4, CLIENT_DOCUMENT_MIGRATIONS, 5);
    expect(lifted).toEqual({
      ok: true,
      migratedFrom: 4,
      document: {
        schemaVersion: 5,
        client: {
          engagements: [{ id: 'e1', executiveSummary: 'Ours', reportNarrative: { situation: '', complication: '', resolution: '', recommendations: null, headings: {} } }],
          assessments: [
            {
              id: 'a1',
              competencies: [
                { competencyId: 'strategy', evidence: 'Plan', finding: null, recommendation: null },
                { competencyId: 'culture', finding: 'Kept', recommendation: null },
              ],
            },
          ],
        },
      },
    });
  });
});
