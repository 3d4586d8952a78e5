import type { ClientSummary } from '../../shared/domain/client';
import type { WorkspaceProblem } from '../../shared/ipc/contract';
import type { Workspace } from '../main/services/workspace';
import type { CliIo } from './cli-io';
import { formatTable } from './format-table';
import { terminalText } from './terminal-text';

export type ClientState = 'active' | 'archived' | 'trash';

export function clientState(summary: Pick<ClientSummary, 'archivedAt' | 'deletedAt'>): ClientState {
  if (summary.deletedAt) return 'trash';
  return summary.archivedAt ? 'archived' : 'active';
}

export interface ListOptions {
  json: boolean;
  all: boolean;
}

/**
 * `cairn list`: opens the workspace exactly as the app does (so unreadable documents are
 * quarantined and reported on stderr) and prints active clients, or all with `--all`.
 */
export async function runList(workspace: Workspace, dataDir: string, options: ListOptions, io: CliIo): Promise<void> {
  const { problems, syncIssues = [] } = await workspace.open();
  const summaries = workspace
    .summaries()
    .filter((summary) => options.all || clientState(summary) === 'active')
    .sort((a, b) => a.name.localeCompare(b.name));
  reportProblems(problems, io);
  for (const issue of syncIssues) {
    const who = issue.clientName ? `“${terminalText(issue.clientName)}”` : (issue.clientId ?? 'an unknown client');
    const what = issue.kind === 'conflict-copy' ? `is a conflict copy of ${who}; review it in Cairn (it is not read as a client)` : `of ${who} could not be read: ${terminalText(issue.message)}`;
    io.stderr.write(`cairn: warning: clients/${terminalText(issue.fileName)} ${what}\n`);
  }
  if (options.json) {
    io.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
    return;
  }
  if (summaries.length === 0) {
    io.stdout.write(`No ${options.all ? '' : 'active '}clients in ${dataDir}.\n`);
    return;
  }
  const header = ['Name', 'Industry', 'Stakeholders', 'Updated', ...(options.all ? ['State'] : [])];
  const rows = summaries.map((s) => [s.name, s.industry, String(s.stakeholderCount), formatUpdated(s.updatedAt), ...(options.all ? [clientState(s)] : [])]);
  io.stdout.write(formatTable(header, rows, new Set([2])));
}

function reportProblems(problems: readonly WorkspaceProblem[], io: CliIo): void {
  for (const problem of problems) {
    if (problem.clientId === '') {
      io.stderr.write(`cairn: warning: ${terminalText(problem.reason)}\n`);
      continue;
    }
    const who = problem.clientName ? `“${terminalText(problem.clientName)}” (${problem.clientId})` : problem.clientId;
    io.stderr.write(`cairn: warning: the document of client ${who} could not be read and is in ${terminalText(problem.quarantinedAs)}: ${terminalText(problem.reason)}\n`);
  }
}

/** 2026-04-01T10:00:00.000Z → 2026-04-01 10:00 UTC: readable and the same on every machine. */
function formatUpdated(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
