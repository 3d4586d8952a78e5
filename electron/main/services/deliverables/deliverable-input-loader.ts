import { join } from 'node:path';
import packageJson from '../../../../package.json' with { type: 'json' };
import type { Client } from '../../../../shared/domain/client';
import type { DeliverableInput } from '../../../../shared/deliverables/deliverable-input';
import type { DeliverableRequest } from '../../../../shared/deliverables/deliverable-request';
import { parseClientDocument } from '../../../../shared/file-format/client-document-format';
import { OperationError } from '../../ipc/operation-error';
import { dataLayout } from '../data-layout';
import type { FrameworkLibrary } from '../framework-library';
import { hasErrorCode, nodeFsPort, type FsPort } from '../fs-port';
import type { PreferencesService } from '../preferences';
import type { Workspace } from '../workspace';

export interface DeliverableInputSources {
  dataDir: string;
  workspace: Pick<Workspace, 'idle'>;
  preferences: Pick<PreferencesService, 'get'>;
  frameworks: Pick<FrameworkLibrary, 'list'>;
  fs?: FsPort;
  clock?: () => Date;
  appVersion?: string;
}

/**
 * Gather what a deliverable is made of: the client as saved on disk (after the saves in
 * flight), the consultant's profile and logo, and the custom frameworks. A client,
 * engagement or workshop that does not exist is a `not-found` naming which one.
 */
export async function loadDeliverableInput(sources: DeliverableInputSources, request: DeliverableRequest): Promise<DeliverableInput> {
  const fs = sources.fs ?? nodeFsPort;
  await sources.workspace.idle();
  const client = await readClient(fs, sources.dataDir, request.clientId);
  const engagementId = request.kind === 'agenda' ? workshopEngagement(client, request.workshopId) : request.engagementId;
  if (engagementId !== null && !client.engagements.some((engagement) => engagement.id === engagementId)) {
    throw new OperationError('not-found', `${client.name} has no engagement with id ${engagementId}.`);
  }
  const [preferences, library] = await Promise.all([sources.preferences.get(), sources.frameworks.list()]);
  return {
    client,
    engagementId,
    profile: preferences.profile,
    locale: preferences.profile.locale,
    logoDataUrl: preferences.logoDataUrl,
    frameworks: library.frameworks,
    generatedAt: (sources.clock ?? (() => new Date()))().toISOString(),
    appVersion: sources.appVersion ?? packageJson.version,
  };
}

async function readClient(fs: FsPort, dataDir: string, clientId: string): Promise<Client> {
  let text: string;
  try {
    text = (await fs.readFile(dataLayout(dataDir).clientFile(clientId))).toString('utf8');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) throw new OperationError('not-found', `There is no client with id ${clientId} in ${join(dataDir, 'clients')}.`);
    throw error;
  }
  const parsed = parseClientDocument(text);
  if (!parsed.ok) throw new OperationError('invalid-request', `The document of client ${clientId} cannot be read: ${parsed.reason}`);
  return parsed.document.client;
}

function workshopEngagement(client: Client, workshopId: string): string | null {
  const workshop = client.workshops.find((candidate) => candidate.id === workshopId);
  if (!workshop) throw new OperationError('not-found', `${client.name} has no workshop with id ${workshopId}.`);
  // The agenda is about the workshop; an engagement removed since is no reason to refuse it.
  return client.engagements.some((engagement) => engagement.id === workshop.engagementId) ? workshop.engagementId : null;
}
