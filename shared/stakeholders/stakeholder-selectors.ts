import type { BusinessFunction, Stakeholder } from '../domain/client';

/** How many stakeholders sit in each department, keyed by function id (absent → 0). */
export function countStakeholdersByDepartment(stakeholders: readonly Stakeholder[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const stakeholder of stakeholders) {
    if (stakeholder.departmentId === null) continue;
    counts.set(stakeholder.departmentId, (counts.get(stakeholder.departmentId) ?? 0) + 1);
  }
  return counts;
}

/** The department's name for a stakeholder, or '' when outside any (or the department is gone). */
export function departmentNameOf(stakeholder: Pick<Stakeholder, 'departmentId'>, functions: readonly BusinessFunction[]): string {
  if (stakeholder.departmentId === null) return '';
  return functions.find((fn) => fn.id === stakeholder.departmentId)?.name ?? '';
}

/** Short flag labels, in a fixed order, for badges and text alternatives. */
export function stakeholderFlags(stakeholder: Pick<Stakeholder, 'isSponsor' | 'isChampion' | 'isCommunityLeader'>): string[] {
  const flags: string[] = [];
  if (stakeholder.isSponsor) flags.push('Sponsor');
  if (stakeholder.isChampion) flags.push('Champion');
  if (stakeholder.isCommunityLeader) flags.push('Community leader');
  return flags;
}
