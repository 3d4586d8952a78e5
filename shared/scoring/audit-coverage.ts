import type { SocialBusinessAudit } from '../assessment/social-business-audit-schema';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../domain/reference-lists';

export interface CoverageMatrix {
  /** Row order: the functions given, then any others the audit mentions, in order of appearance. */
  functions: string[];
  groups: StakeholderGroup[];
  /** cells[row][column]: does this function engage this group on social channels? */
  cells: boolean[][];
  /** Groups each function engages. */
  rowTotals: number[];
  /** Functions engaging each group; a 0 is a stakeholder group nobody talks to. */
  columnTotals: number[];
  total: number;
}

/** Functions × stakeholder groups, from the audit's coverage list, with totals both ways. */
export function auditCoverageMatrix(
  audit: Pick<SocialBusinessAudit, 'entries' | 'coverage'>,
  options: { functions?: readonly string[]; groups?: readonly StakeholderGroup[] } = {},
): CoverageMatrix {
  const functions = [
    ...new Set([...(options.functions ?? []), ...audit.entries.map((entry) => entry.functionName), ...audit.coverage.map((cell) => cell.functionName)]),
  ];
  const groups = [...(options.groups ?? STAKEHOLDER_GROUPS)];
  const covered = new Set(audit.coverage.map((cell) => `${cell.functionName}\u0000${cell.stakeholderGroup}`));
  const cells = functions.map((name) => groups.map((group) => covered.has(`${name}\u0000${group}`)));
  const rowTotals = cells.map((row) => row.filter(Boolean).length);
  const columnTotals = groups.map((_, column) => cells.filter((row) => row[column]).length);
  return { functions, groups, cells, rowTotals, columnTotals, total: rowTotals.reduce((sum, value) => sum + value, 0) };
}
