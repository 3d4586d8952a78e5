import type { z } from 'zod';
import { FORBIDDEN_KEYS, FrameworkSchema, type Framework } from './framework-schema';

/** Identifies an exported framework file; a bare framework object is accepted as well. */
export const FRAMEWORK_FILE_FORMAT = 'cairn.framework';
export const FRAMEWORK_FILE_VERSION = 1;

/**
 * Limits for untrusted framework files, checked before the schema runs so a hostile or
 * broken file cannot exhaust memory or the stack: at most 1,000,000 characters, nesting at
 * most 12 levels deep, at most 20,000 JSON values in total. A real framework needs a
 * fraction of each (the Community Maturity Model is about 15 KB, 5 levels, 150 values).
 */
export const FRAMEWORK_FILE_LIMITS = { maxChars: 1_000_000, maxDepth: 12, maxValues: 20_000 } as const;

export type FrameworkParseResult =
  | { ok: true; framework: Framework }
  | { ok: false; message: string; problems: string[] };

type PathPart = string | number | symbol;

/** `competencies[2].descriptors.stage-3`: the way a person would point into the file. */
export function formatJsonPath(path: readonly PathPart[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else {
      const key = String(part);
      if (/^[A-Za-z_][\w-]*$/.test(key)) text += text === '' ? key : `.${key}`;
      else text += `[${JSON.stringify(key)}]`;
    }
  }
  return text === '' ? 'the file' : text;
}

/** Walks parsed JSON once: refuses prototype-bending keys and absurd nesting or volume. */
function findStructuralProblem(root: unknown): string | null {
  let values = 0;
  const stack: { value: unknown; path: PathPart[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    values += 1;
    if (values > FRAMEWORK_FILE_LIMITS.maxValues) return `the file holds more than ${FRAMEWORK_FILE_LIMITS.maxValues} values`;
    if (path.length > FRAMEWORK_FILE_LIMITS.maxDepth) return `${formatJsonPath(path)} is nested more than ${FRAMEWORK_FILE_LIMITS.maxDepth} levels deep`;
    if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) return `${formatJsonPath([...path, key])} uses a reserved name`;
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return null;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** One zod issue as a phrase a consultant can act on: "stages needs at least 3 items". */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = formatJsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message.endsWith('received undefined')) return `${path} is missing`;
      return `${path} should be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array') return `${path} needs at least ${issue.minimum} items`;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${path} should not be empty` : `${path} needs at least ${issue.minimum} characters`;
      return `${path} should be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `${path} has more than ${issue.maximum} items`;
      if (issue.origin === 'string') return `${path} is longer than ${issue.maximum} characters`;
      return `${path} should be at most ${issue.maximum}`;
    default:
      // Messages written in this module read on from the path; others get a colon.
      return /^(should|is|repeats|names|uses)\b/.test(issue.message) ? `${path} ${issue.message}` : `${path}: ${issue.message}`;
  }
}

const failure = (problems: string[]): FrameworkParseResult => ({
  ok: false,
  message: problems.length > 1 ? `${problems[0]} (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : problems[0]!,
  problems,
});

/**
 * Parses a framework file chosen by the consultant. Never throws: a broken file yields a
 * message naming the first problem by its JSON path. An imported framework is never
 * treated as built-in, whatever the file says.
 */
export function parseFrameworkJson(text: string): FrameworkParseResult {
  if (text.length > FRAMEWORK_FILE_LIMITS.maxChars) {
    return failure([`the file is larger than ${FRAMEWORK_FILE_LIMITS.maxChars.toLocaleString('en')} characters`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return failure(['the file is not valid JSON']);
  }
  const structural = findStructuralProblem(data);
  if (structural !== null) return failure([structural]);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return failure(['the file should contain one JSON object']);

  let candidate: unknown = data;
  if ('format' in data) {
    const file = data as { format: unknown; formatVersion?: unknown; framework?: unknown };
    if (file.format !== FRAMEWORK_FILE_FORMAT) return failure([`format should be "${FRAMEWORK_FILE_FORMAT}"`]);
    if (file.formatVersion !== FRAMEWORK_FILE_VERSION) return failure([`formatVersion ${String(file.formatVersion)} is not supported (expected ${FRAMEWORK_FILE_VERSION})`]);
    candidate = file.framework;
    if (candidate === undefined) return failure(['framework is missing']);
  }
  const parsed = FrameworkSchema.safeParse(candidate);
  if (!parsed.success) return failure(parsed.error.issues.slice(0, 20).map(describeIssue));
  return { ok: true, framework: { ...parsed.data, builtIn: false } };
}

/** The exported file: pretty-printed so a consultant can read and diff it. */
export function serializeFramework(framework: Framework): string {
  return `${JSON.stringify({ format: FRAMEWORK_FILE_FORMAT, formatVersion: FRAMEWORK_FILE_VERSION, framework }, null, 2)}\n`;
}
