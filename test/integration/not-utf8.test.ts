import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { serializeClientDocument } from '../../shared/file-format/client-document-format';
import { createWorkspace } from '../../electron/main/services/workspace';

let dataDir: string;
const now = new Date('2026-07-07T14:00:00.000Z');

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-utf8-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('a client document that is not UTF-8', () => {
  it('is quarantined byte for byte with the reason "not valid UTF-8", never rewritten with replacement characters', async () => {
    let n = 0;
    const victim = { ...buildDemoClient({ newId: () => `u-${(n += 1)}`, now }), name: 'Złota Rybka Sp. z o.o.' };
    const healthy = { ...buildDemoClient({ newId: () => `h-${(n += 1)}`, now }), name: 'Nordlicht Outdoor GmbH' };
    await createWorkspace({ dataDir, clock: () => now }).save(victim);
    await createWorkspace({ dataDir, clock: () => now }).save(healthy);
    // The same document saved by a tool that wrote ISO-8859-2: "ł" is the single byte 0xB3.
    const good = Buffer.from(serializeClientDocument(victim));
    const at = good.indexOf(Buffer.from('ł'));
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xb3]), good.subarray(at + 2)]);
    await writeFile(join(dataDir, 'clients', `${victim.id}.json`), bad);

    const { summaries, problems } = await createWorkspace({ dataDir, clock: () => now }).open();
    expect(summaries.map((client) => client.name)).toEqual(['Nordlicht Outdoor GmbH']);
    expect(problems).toEqual([expect.objectContaining({ clientId: victim.id, reason: expect.stringContaining(`not valid UTF-8 text (the first bad byte is at offset ${at})`) })]);
    expect(await readFile(join(dataDir, problems[0]!.quarantinedAs))).toEqual(bad);
    expect(await readdir(join(dataDir, 'clients'))).not.toContain(`${victim.id}.json`);
  });
});
