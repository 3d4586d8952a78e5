import { describe, expect, it } from 'vitest';
import { buildDemoClient } from '../demo/demo-client';
import { parseClientDocument, serializeClientDocument } from '../file-format/client-document-format';
import { readEngagementFile, serializeEngagementFile } from '../file-format/engagement-file';

let counter = 0;
const demo = buildDemoClient({ newId: () => `id-${(counter += 1)}`, now: new Date('2026-02-01T08:00:00.000Z') });

describe('the day’s available time in files', () => {
  it('is kept by the client document and the engagement file, and files without it load as before', () => {
    expect(demo.workshops.length).toBeGreaterThan(0);
    const client = { ...demo, workshops: demo.workshops.map((workshop, index) => (index === 0 ? { ...workshop, availableMinutes: 420 } : { ...workshop, availableMinutes: undefined })) };

    const document = parseClientDocument(serializeClientDocument(client));
    expect(document.ok && document.document.client.workshops[0]!.availableMinutes).toBe(420);
    expect(document.ok && document.document.client.workshops[1]?.availableMinutes).toBeUndefined();

    const file = readEngagementFile(serializeEngagementFile({ client, frameworks: [], appVersion: '0.1.0', exportedAt: '2026-03-01T10:00:00.000Z' }));
    expect(file.ok && file.file.client.workshops[0]!.availableMinutes).toBe(420);
    expect(file.ok && file.unknownFieldCount).toBe(0);
  });
});
