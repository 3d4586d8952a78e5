import { describe, expect, it } from 'vitest';
import { buildDemoClient } from '../demo/demo-client';
import {
  ENGAGEMENT_FILE_SCHEMA_VERSION,
  readEngagementFile,
  readWorkspaceBackup,
  serializeEngagementFile,
  serializeWorkspaceBackup,
} from './engagement-file';
import { SAFE_JSON_LIMITS, type FileProblemCode } from './safe-json';

let counter = 0;
const client = buildDemoClient({ newId: () => `id-${(counter += 1)}`, now: new Date('2026-02-01T08:00:00.000Z') });
const good = serializeEngagementFile({ client, frameworks: [], appVersion: '0.1.0', exportedAt: '2026-03-01T10:00:00.000Z' });
// The table writes deliberately wrong types anywhere in the file, which no precise type allows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseJson = Record<string, any>;
const edited = (patch: (file: LooseJson) => void): string => {
  const file = JSON.parse(good) as LooseJson;
  patch(file);
  return JSON.stringify(file);
};

describe('readEngagementFile', () => {
  it('reads back exactly what serializeEngagementFile wrote', () => {
    const read = readEngagementFile(good);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.file.client).toEqual(client);
    expect(read).toMatchObject({ migratedFrom: null, unknownFields: [], unknownFieldCount: 0 });
  });

  const bad: { name: string; text: string; code: FileProblemCode; message: RegExp; path?: string }[] = [
    { name: 'an empty file', text: '', code: 'empty', message: /empty/ },
    { name: 'a truncated file', text: good.slice(0, good.length / 2), code: 'truncated', message: /cut off/ },
    { name: 'text that is not JSON', text: 'Dear client, here are the notes.', code: 'invalid-json', message: /not valid JSON/ },
    { name: 'binary bytes', text: 'PK\u0003\u0004\u0000\u0000binary', code: 'binary', message: /binary/ },
    { name: 'a JSON list', text: '[1,2,3]', code: 'wrong-format', message: /not a Cairn engagement file/ },
    { name: 'another format id', text: edited((f) => (f['format'] = 'cairn.client-document')), code: 'wrong-format', message: /says "cairn.client-document"/, path: 'format' },
    {
      name: 'a newer schema version',
      text: edited((f) => ((f['schemaVersion'] = 9), (f['appVersion'] = '3.2.0'))),
      code: 'newer-version',
      message: /Cairn 3\.2\.0 with schema version 9; this Cairn reads up to version \d+\. Update Cairn to open this file/,
    },
    { name: 'a missing schema version', text: edited((f) => delete f['schemaVersion']), code: 'unsupported-version', message: /schema version/ },
    { name: 'a number where text belongs', text: edited((f) => (f['client'].engagements[1].title = 42)), code: 'invalid', message: /^client\.engagements\[1\]\.title: expected text$/ },
    { name: 'a missing field', text: edited((f) => delete f['client'].stakeholders[3].name), code: 'invalid', message: /^client\.stakeholders\[3\]\.name: is missing$/ },
    { name: 'a wrong enum value', text: edited((f) => (f['client'].engagements[0].status = 'done')), code: 'invalid', message: /client\.engagements\[0\]\.status: expected one of "planned"/ },
    { name: 'a bad date', text: edited((f) => (f['exportedAt'] = 'yesterday')), code: 'invalid', message: /^exportedAt: expected a date and time/ },
    { name: 'a repeated id', text: edited((f) => (f['client'].stakeholders[2].id = f['client'].stakeholders[0].id)), code: 'duplicate-id', message: /repeats the id/, path: 'client.stakeholders[2].id' },
    { name: 'a dangling engagement', text: edited((f) => (f['client'].assessments[0].engagementId = 'gone')), code: 'dangling-reference', message: /engagement "gone"/, path: 'client.assessments[0].engagementId' },
    { name: 'a dangling dependency', text: edited((f) => f['client'].initiatives[0].dependsOn.push('nowhere')), code: 'dangling-reference', message: /initiative "nowhere"/ },
    { name: 'a __proto__ key', text: good.replace('"notes":', '"__proto__": {"polluted": true}, "notes":'), code: 'forbidden-key', message: /reserved key "__proto__"/, path: 'client.__proto__' },
    { name: 'a constructor key', text: edited((f) => (f['client'].kpis[0].constructor = { prototype: { x: 1 } })), code: 'forbidden-key', message: /"constructor"/, path: 'client.kpis[0].constructor' },
    { name: 'absurd nesting', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, code: 'too-deep', message: /more than 64 levels/ },
    { name: 'a huge string', text: edited((f) => (f['client'].notes = 'x'.repeat(SAFE_JSON_LIMITS.maxStringLength + 1))), code: 'string-too-long', message: /longer than Cairn accepts/, path: 'client.notes' },
    { name: 'a huge list', text: edited((f) => (f['client'].functions = new Array(SAFE_JSON_LIMITS.maxArrayLength + 1).fill(0))), code: 'array-too-long', message: /list of 100,001 items/, path: 'client.functions' },
  ];

  it.each(bad)('refuses $name with one clear message', ({ text, code, message, path }) => {
    const read = readEngagementFile(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe(code);
    expect(read.error.message).toMatch(message);
    if (path) expect(read.error.path).toBe(path);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a file over the size limit before parsing it', () => {
    const read = readEngagementFile(good, { limits: { ...SAFE_JSON_LIMITS, maxBytes: 1_000 } });
    expect(read).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringMatching(/Cairn reads files up to 0 MB/) } });
  });

  it('migrates a file written with an older schema version', () => {
    const old = edited((f) => {
      f['schemaVersion'] = 3;
      for (const engagement of f['client'].engagements) delete engagement.executiveSummary;
    });
    const read = readEngagementFile(old);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.migratedFrom).toBe(3);
    expect(read.file.schemaVersion).toBe(ENGAGEMENT_FILE_SCHEMA_VERSION);
    expect(read.file.client.engagements.every((engagement) => engagement.executiveSummary === '')).toBe(true);
  });

  it('reports fields a newer minor version added instead of dropping them silently', () => {
    const newer = edited((f) => {
      f['client'].engagements[0].budget = 12_000;
      f['signature'] = 'abc';
    });
    const read = readEngagementFile(newer);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.unknownFields).toEqual(['client.engagements[0].budget', 'signature']);
    expect(read.unknownFieldCount).toBe(2);
  });
});

describe('readWorkspaceBackup', () => {
  const backup = serializeWorkspaceBackup({ clients: [client], frameworks: [], appVersion: '0.1.0', exportedAt: '2026-03-01T10:00:00.000Z' });

  it('reads back every client', () => {
    const read = readWorkspaceBackup(backup);
    expect(read.ok && read.file.clients).toEqual([client]);
  });

  it('refuses a backup that holds one client twice, naming the second', () => {
    const twice = serializeWorkspaceBackup({ clients: [client, client], frameworks: [], appVersion: '0.1.0', exportedAt: '2026-03-01T10:00:00.000Z' });
    expect(readWorkspaceBackup(twice)).toMatchObject({ ok: false, error: { code: 'duplicate-id', path: 'clients[1].id' } });
  });

  it('is not confused with an engagement file', () => {
    expect(readEngagementFile(backup)).toMatchObject({ ok: false, error: { code: 'wrong-format' } });
  });
});
