import type { Client } from '../domain/client';
import { formatJsonPath, type FileProblem } from './safe-json';

/** The client's lists whose entries are matched by id (on merge) and must not repeat an id. */
export const CLIENT_ENTITY_LISTS = [
  'functions',
  'stakeholders',
  'engagements',
  'assessments',
  'tenStagePlacements',
  'audits',
  'stageOneDiagnoses',
  'initiatives',
  'kpis',
  'workshops',
] as const;
export type ClientEntityList = (typeof CLIENT_ENTITY_LISTS)[number];

type Path = (string | number)[];

/**
 * Cross-entity rules the per-entity schemas cannot see: ids repeated within a list, and
 * references that must resolve. Only references the app itself keeps tidy are checked
 * (an engagement cannot be removed while things belong to it; removing a department,
 * initiative or KPI clears links to it). Stakeholder links may legitimately outlive the
 * stakeholder, so they are not checked. Returns the first problem, at its JSON path.
 */
export function clientIntegrityProblem(client: Client, prefix: Path = ['client']): FileProblem | null {
  for (const list of CLIENT_ENTITY_LISTS) {
    const seen = new Set<string>();
    const entries = client[list] as readonly { id: string }[];
    for (let index = 0; index < entries.length; index++) {
      const id = entries[index]!.id;
      if (seen.has(id)) return { code: 'duplicate-id', message: `repeats the id "${id}" used earlier in ${list}`, path: formatJsonPath([...prefix, list, index, 'id']) };
      seen.add(id);
    }
  }
  const frameworkKeys = new Set<string>();
  for (let index = 0; index < client.frameworks.length; index++) {
    const framework = client.frameworks[index]!;
    const key = `${framework.id}@${framework.version}`;
    if (frameworkKeys.has(key)) return { code: 'duplicate-id', message: `repeats framework "${framework.id}" version ${framework.version}`, path: formatJsonPath([...prefix, 'frameworks', index, 'id']) };
    frameworkKeys.add(key);
  }

  const engagements = new Set(client.engagements.map((engagement) => engagement.id));
  const functions = new Set(client.functions.map((fn) => fn.id));
  const initiatives = new Set(client.initiatives.map((initiative) => initiative.id));
  const dangling = (path: Path, what: string, id: string): FileProblem => ({
    code: 'dangling-reference',
    message: `refers to ${what} "${id}", which is not in the file`,
    path: formatJsonPath([...prefix, ...path]),
  });
  const engagementOwned = ['assessments', 'tenStagePlacements', 'audits', 'stageOneDiagnoses', 'workshops'] as const;
  for (const list of engagementOwned) {
    const entries = client[list] as readonly { engagementId: string }[];
    for (let index = 0; index < entries.length; index++) {
      const id = entries[index]!.engagementId;
      if (!engagements.has(id)) return dangling([list, index, 'engagementId'], 'engagement', id);
    }
  }
  for (let index = 0; index < client.stakeholders.length; index++) {
    const departmentId = client.stakeholders[index]!.departmentId;
    if (departmentId !== null && !functions.has(departmentId)) return dangling(['stakeholders', index, 'departmentId'], 'department', departmentId);
  }
  for (let index = 0; index < client.initiatives.length; index++) {
    const initiative = client.initiatives[index]!;
    if (initiative.engagementId !== null && !engagements.has(initiative.engagementId)) return dangling(['initiatives', index, 'engagementId'], 'engagement', initiative.engagementId);
    const missing = initiative.dependsOn.findIndex((id) => !initiatives.has(id));
    if (missing >= 0) return dangling(['initiatives', index, 'dependsOn', missing], 'initiative', initiative.dependsOn[missing]!);
  }
  return null;
}
