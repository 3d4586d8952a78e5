import type { z } from 'zod';
import { formatJsonPath, type FileProblem } from './safe-json';

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'nothing (null)',
};

const FORMATS: Record<string, string> = {
  datetime: 'a date and time such as 2026-11-22T09:30:00Z',
  date: 'a date such as 2026-11-22',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * One zod issue as a sentence a consultant can act on, at its JSON path:
 * `client.engagements[2].title: expected text`.
 */
export function describeZodIssue(issue: z.core.$ZodIssue, root: unknown): FileProblem {
  const path = formatJsonPath(issue.path);
  const text = issueText(issue, root);
  return { code: 'invalid', message: `${path}: ${text}`, path };
}

function issueText(issue: z.core.$ZodIssue, root: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(root, issue.path) === undefined) return 'is missing';
      return `expected ${NOUNS[issue.expected] ?? issue.expected}`;
    }
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `has too many items (at most ${String(issue.maximum)})`;
      return `is too large (at most ${String(issue.maximum)})`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `is too short (at least ${String(issue.minimum)} characters)`;
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} items`;
      return `is too small (at least ${String(issue.minimum)})`;
    case 'invalid_value': {
      const values = issue.values.slice(0, 8).map((value) => JSON.stringify(value));
      return values.length === 1 ? `expected ${values[0]}` : `expected one of ${values.join(', ')}${issue.values.length > 8 ? ', …' : ''}`;
    }
    case 'invalid_format':
      if (issue.format === 'regex') return issue.message;
      return `expected ${FORMATS[issue.format] ?? `the ${issue.format} format`}`;
    case 'unrecognized_keys':
      return `has unexpected fields ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'has an unexpected shape';
    default:
      return issue.message;
  }
}
