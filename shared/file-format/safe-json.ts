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
 * Parse untrusted JSON text: size is checked before `JSON.parse` runs, then one walk
 * refuses nesting deeper than `maxDepth`, prototype-polluting keys (`__proto__`,
 * `constructor`, `prototype`) and oversized strings, arrays and objects, naming the JSON
 * path. Never throws. Nesting is counted by the walk rather than by a scan of the text
 * first: V8's `JSON.parse` is iterative, so deep nesting cannot exhaust the stack there,
 * and the walk refuses it before any recursive code (the schemas) sees the value. Too-deep
 * nesting still outranks every other problem, as it did when it was checked first.
 *
 * `JSON.parse` defines `__proto__` as an own property (it never sets a prototype), so the
 * walk sees such keys and refuses the file before any code could copy them onto an object.
 */
export function parseUntrustedJson(text: string, limits: SafeJsonLimits = SAFE_JSON_LIMITS): SafeJsonResult {
  const tooLarge = checkFileSize(utf8LengthIfOver(text, limits.maxBytes), limits);
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim().length === 0) return problem('empty', 'The file is empty.');
  const tooDeep = () => problem('too-deep', `The file nests lists or objects more than ${limits.maxDepth} levels deep; a Cairn file never does.`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // JSON never holds a raw zero byte (not even inside a string), so only a text that
    // failed to parse needs looking at for one.
    if (body.includes('\u0000')) return problem('binary', 'The file holds binary data, not text: it is not a Cairn file.');
    if (nestingExceeds(body, limits.maxDepth)) return tooDeep();
    return looksTruncated(body)
      ? problem('truncated', 'The file ends in the middle of the data (it was cut off, perhaps during a copy).')
      : problem('invalid-json', 'The file is not valid JSON, so it is not a Cairn file.');
  }
  const walked = walk(value, limits, 1, []);
  if (walked === null) return { ok: true, value };
  // Nesting outranks every other problem, as when it was checked before parsing.
  return walked === TOO_DEEP || nestingExceeds(body, limits.maxDepth) ? tooDeep() : walked;
}

/**
 * The text's UTF-8 size when it could exceed `maxBytes`, else its length (a lower bound):
 * every UTF-16 unit is at least one byte and at most three, so a text of at most a third of
 * the limit in units needs no byte count.
 */
function utf8LengthIfOver(text: string, maxBytes: number): number {
  return text.length * 3 <= maxBytes ? text.length : utf8Length(text);
}

/** Read once: the walk asks for every key of the file. */
const FORBIDDEN: ReadonlySet<string> = FORBIDDEN_KEYS;

/** What the walk returns when it meets nesting deeper than the limit. */
const TOO_DEEP: SafeJsonResult = { ok: false, error: { code: 'too-deep', message: '', path: '(file)' } };

/**
 * Returns the first problem found, in document order (an object's own keys before what
 * they hold). Recursion is bounded: nothing nested deeper than `maxDepth` is entered, so no
 * input can exhaust the stack. `path` is one array pushed and popped along the way, so a
 * clean walk allocates nothing; it is spelled out only when reporting.
 */
function walk(value: unknown, limits: SafeJsonLimits, depth: number, path: (string | number)[]): SafeJsonResult | null {
  if (typeof value === 'string') return value.length > limits.maxStringLength ? stringTooLong(value, limits, path) : null;
  if (typeof value !== 'object' || value === null) return null;
  if (depth > limits.maxDepth) return TOO_DEEP;
  if (Array.isArray(value)) {
    if (value.length > limits.maxArrayLength) {
      return problem('array-too-long', `A list of ${value.length.toLocaleString('en')} items is longer than Cairn accepts (${limits.maxArrayLength.toLocaleString('en')}).`, formatJsonPath(path));
    }
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      // Strings, the most common leaves, are measured here rather than in a call of their own.
      if (typeof item === 'string' ? item.length <= limits.maxStringLength : typeof item !== 'object' || item === null) continue;
      path.push(index);
      const found = walk(item, limits, depth + 1, path);
      path.pop();
      if (found) return found;
    }
    return null;
  }
  // for…in rather than Object.keys: no array per object, so walking a large file leaves
  // the garbage collector nothing to do (JSON.parse objects have no inherited enumerable keys).
  let keyCount = 0;
  let forbidden: string | null = null;
  for (const key in value) {
    keyCount += 1;
    if (FORBIDDEN.has(key)) forbidden = key;
  }
  if (keyCount > limits.maxObjectKeys) {
    return problem('too-many-keys', `An object with ${keyCount.toLocaleString('en')} fields is larger than Cairn accepts (${limits.maxObjectKeys.toLocaleString('en')}).`, formatJsonPath(path));
  }
  if (forbidden !== null) {
    // The last such key, as the walk has always named.
    return problem('forbidden-key', `The file uses the reserved key "${forbidden}", which Cairn never writes; it may be crafted to attack the app.`, formatJsonPath([...path, forbidden]));
  }
  for (const key in value) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (typeof item === 'string' ? item.length <= limits.maxStringLength : typeof item !== 'object' || item === null) continue;
    path.push(key);
    const found = walk(item, limits, depth + 1, path);
    path.pop();
    if (found) return found;
  }
  return null;
}

function stringTooLong(value: string, limits: SafeJsonLimits, path: readonly (string | number)[]): SafeJsonResult {
  return problem('string-too-long', `A text of ${value.length.toLocaleString('en')} characters is longer than Cairn accepts (${limits.maxStringLength.toLocaleString('en')}).`, formatJsonPath(path));
}
