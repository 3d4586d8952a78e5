import { FORBIDDEN_KEYS } from '../frameworks/framework-schema';
import { looksTruncated } from './json-shape';

/**
 * Limits every file that enters Cairn from outside is held to before anything else reads
 * it. Generous for real work (the largest realistic engagement is a few MB), small enough
 * that a hostile file cannot exhaust memory or the stack.
 */
export const SAFE_JSON_LIMITS = {
  /** Refused before parsing. */
  maxBytes: 50 * 1024 * 1024,
  /** Objects and arrays nested deeper than this are refused before parsing. */
  maxDepth: 64,
  /** No text field in Cairn is longer than 100,000 characters; leave room for growth. */
  maxStringLength: 1_000_000,
  /** The largest list in the schema holds 40,000 ratings. */
  maxArrayLength: 100_000,
  /** Keys in one object (records keyed by id are the widest). */
  maxObjectKeys: 10_000,
} as const;

export type SafeJsonLimits = { [K in keyof typeof SAFE_JSON_LIMITS]: number };

/** Every way an incoming file can be refused, for code to branch on and tests to assert. */
export type FileProblemCode =
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'truncated'
  | 'invalid-json'
  | 'too-deep'
  | 'string-too-long'
  | 'array-too-long'
  | 'too-many-keys'
  | 'forbidden-key'
  | 'wrong-format'
  | 'newer-version'
  | 'unsupported-version'
  | 'invalid'
  | 'duplicate-id'
  | 'dangling-reference';

/** One structured reason a file was refused: `path` is a JSON path such as `client.engagements[2].title`. */
export interface FileProblem {
  code: FileProblemCode;
  message: string;
  path: string;
}

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; error: FileProblem };

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** `['client', 'engagements', 2, 'title']` → `client.engagements[2].title`; the root is `(file)`. */
export function formatJsonPath(path: readonly (string | number | symbol)[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else {
      const key = String(part);
      text += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? (text === '' ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
    }
  }
  return text === '' ? '(file)' : text;
}

/** Size in UTF-8 bytes without allocating an encoder (shared/ has no TextEncoder types). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The deepest nesting of `{`/`[` outside strings, stopping early once past `limit`. */
function nestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
  return false;
}

const problem = (code: FileProblemCode, message: string, path = '(file)'): SafeJsonResult => ({ ok: false, error: { code, message, path } });

/**
 * Check the size before anything else (callers that hold bytes check `byteLength` first
 * with `checkFileSize`).
 */
export function checkFileSize(byteLength: number, limits: SafeJsonLimits = SAFE_JSON_LIMITS): FileProblem | null {
  return byteLength > limits.maxBytes
    ? { code: 'too-large', message: `The file is ${megabytes(byteLength)}; Cairn reads files up to ${megabytes(limits.maxBytes)}.`, path: '(file)' }
    : null;
}

/**
 * Parse untrusted JSON text: size and nesting are checked before `JSON.parse` runs, then
 * one walk refuses prototype-polluting keys (`__proto__`, `constructor`, `prototype`) and
 * oversized strings, arrays and objects, naming the JSON path. Never throws.
 *
 * `JSON.parse` defines `__proto__` as an own property (it never sets a prototype), so the
 * walk sees such keys and refuses the file before any code could copy them onto an object.
 */
export function parseUntrustedJson(text: string, limits: SafeJsonLimits = SAFE_JSON_LIMITS): SafeJsonResult {
  const tooLarge = checkFileSize(utf8Length(text), limits);
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim().length === 0) return problem('empty', 'The file is empty.');
  if (body.includes('\u0000')) return problem('binary', 'The file holds binary data, not text: it is not a Cairn file.');
  if (nestingExceeds(body, limits.maxDepth)) return problem('too-deep', `The file nests lists or objects more than ${limits.maxDepth} levels deep; a Cairn file never does.`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return looksTruncated(body)
      ? problem('truncated', 'The file ends in the middle of the data (it was cut off, perhaps during a copy).')
      : problem('invalid-json', 'The file is not valid JSON, so it is not a Cairn file.');
  }
  const walked = walk(value, limits);
  return walked ?? { ok: true, value };
}

interface Frame {
  value: unknown;
  parent: Frame | null;
  key: string | number | null;
}

const pathOf = (frame: Frame, extra?: string): string => {
  const parts: (string | number)[] = extra === undefined ? [] : [extra];
  for (let at: Frame | null = frame; at && at.key !== null; at = at.parent) parts.unshift(at.key);
  return formatJsonPath(parts);
};

/**
 * Iterative so no input can exhaust the stack; returns the first problem found. Paths are
 * built from parent links only when reporting, so a clean walk allocates no path arrays.
 */
function walk(root: unknown, limits: SafeJsonLimits): SafeJsonResult | null {
  const stack: Frame[] = [{ value: root, parent: null, key: null }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        return problem('string-too-long', `A text of ${value.length.toLocaleString('en')} characters is longer than Cairn accepts (${limits.maxStringLength.toLocaleString('en')}).`, pathOf(frame));
      }
    } else if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength) {
        return problem('array-too-long', `A list of ${value.length.toLocaleString('en')} items is longer than Cairn accepts (${limits.maxArrayLength.toLocaleString('en')}).`, pathOf(frame));
      }
      for (let index = value.length - 1; index >= 0; index--) {
        const item: unknown = value[index];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: frame, key: index });
        else if (typeof item === 'string' && item.length > limits.maxStringLength) stack.push({ value: item, parent: frame, key: index });
      }
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      if (keys.length > limits.maxObjectKeys) {
        return problem('too-many-keys', `An object with ${keys.length.toLocaleString('en')} fields is larger than Cairn accepts (${limits.maxObjectKeys.toLocaleString('en')}).`, pathOf(frame));
      }
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index]!;
        if (FORBIDDEN_KEYS.has(key)) {
          return problem('forbidden-key', `The file uses the reserved key "${key}", which Cairn never writes; it may be crafted to attack the app.`, pathOf(frame, key));
        }
        const item: unknown = (value as Record<string, unknown>)[key];
        if ((typeof item === 'object' && item !== null) || (typeof item === 'string' && item.length > limits.maxStringLength)) {
          stack.push({ value: item, parent: frame, key });
        }
      }
    }
  }
  return null;
}
