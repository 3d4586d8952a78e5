import { randomUUID } from 'node:crypto';
import { buildDemoClient } from '../../shared/demo/demo-client';
import type { Workspace } from '../main/services/workspace';
import type { CliIo } from './cli-io';

/** `cairn demo`: saves the demo client through the same workspace service the app uses. */
export async function runDemo(workspace: Workspace, clock: () => Date, io: CliIo): Promise<void> {
  const client = buildDemoClient({ newId: randomUUID, now: clock() });
  await workspace.save(client);
  io.stdout.write(`Created demo client “${client.name}” (${client.id}).\n`);
}
