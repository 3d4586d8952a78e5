import type { Client, Stakeholder } from '../shared/domain/client';
import { buildDemoClient } from '../shared/demo/demo-client';
import { serializeClientDocument } from '../shared/file-format/client-document-format';

/**
 * A client of about 300 KB on disk: what ~300 initiatives will weigh once they exist.
 * Initiatives are not in the schema yet, so the weight is carried by stakeholders with
 * long contact notes.
 */
export function buildLargeClient(index: number, now: Date): Client {
  let n = 0;
  const newId = () => `c${index}-${(n += 1)}`;
  const demo = buildDemoClient({ newId, now });
  const template = demo.stakeholders[1]!;
  const padding: Stakeholder[] = Array.from({ length: 300 }, (_, row) => ({
    ...template,
    id: newId(),
    name: `Stakeholder ${row} of client ${index}`,
    contactNotes: `Workshop notes ${row}: agreed to pilot the listening programme in the region; follow up on KPIs and the champion network. `.repeat(5),
  }));
  return { ...demo, name: `${demo.name} #${index}`, stakeholders: [...demo.stakeholders, ...padding] };
}

export const documentBytes = (client: Client): number => Buffer.byteLength(serializeClientDocument(client));
