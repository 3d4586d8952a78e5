import { FrameworkSchema, type Framework } from '../../../../shared/frameworks/framework-schema';

/** `['competencies', 0, 'evidence', 2]` → `competencies.0.evidence.2`, the key the editor looks fields up by. */
export const fieldKey = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/**
 * What the shared framework schema says about each field of a draft, keyed by `fieldKey`,
 * as a sentence to show under the field (the first problem per field).
 */
export function frameworkFieldIssues(draft: Framework): ReadonlyMap<string, string> {
  const checked = FrameworkSchema.safeParse(draft);
  const issues = new Map<string, string>();
  if (checked.success) return issues;
  for (const issue of checked.error.issues) {
    const key = fieldKey(issue.path);
    if (issues.has(key)) continue;
    if (issue.code === 'too_big' && issue.origin === 'string') issues.set(key, `Keep this to ${Number(issue.maximum).toLocaleString('en')} characters or fewer.`);
    else if (issue.code === 'too_small' && issue.origin === 'string') issues.set(key, 'This cannot be empty.');
    else issues.set(key, issue.message);
  }
  return issues;
}
