import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import type { Client } from '../../../shared/domain/client';
import { serializeClientDocument } from '../../../shared/file-format/client-document-format';
import { KPI_TEMPLATE, workshopFromTemplate, type Workshop } from '../../../shared/workshop';

export const WORKSHOP_CLIENT_NAME = 'Halden Logistics';
export const WORKSHOP_TITLE = 'KPIs and measurement';

/**
 * A client ready to facilitate: the demo organization (stakeholders, engagements) without
 * assessments, so the maturity vote makes the engagement's first one, and a planned
 * workshop from the "KPIs and measurement" template with two stakeholders and a guest.
 */
export function workshopClient(options: { id?: string; extraWorkshop?: (client: Client) => Workshop } = {}): Client {
  let next = 0;
  const newId = () => `wc-${(next += 1)}`;
  const demo = buildDemoClient({ newId, now: new Date('2026-11-20T09:00:00.000Z') });
  const engagement = demo.engagements.at(-1)!;
  const [ana, ben] = demo.stakeholders;
  const workshop = workshopFromTemplate(KPI_TEMPLATE, {
    ids: newId,
    now: '2026-11-20T09:00:00.000Z',
    engagementId: engagement.id,
    date: '2026-11-24',
    title: WORKSHOP_TITLE,
    place: 'Board room',
    participants: [
      { stakeholderId: ana!.id, name: ana!.name, role: ana!.title },
      { stakeholderId: ben!.id, name: ben!.name, role: ben!.title },
      { name: 'Cy Walsh', role: 'Guest from HR' },
    ],
  });
  const client: Client = { ...demo, id: options.id ?? 'halden', name: WORKSHOP_CLIENT_NAME, assessments: [], tenStagePlacements: [], workshops: [workshop] };
  return options.extraWorkshop ? { ...client, workshops: [...client.workshops, options.extraWorkshop(client)] } : client;
}

/** Writes the client into a data folder as Cairn stores it. */
export async function seedClient(dataDir: string, client: Client): Promise<void> {
  await mkdir(path.join(dataDir, 'clients'), { recursive: true });
  await writeFile(path.join(dataDir, 'clients', `${client.id}.json`), serializeClientDocument(client));
}
