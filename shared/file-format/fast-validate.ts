import type { z } from 'zod';

/**
 * A fast path for validating large JSON files against a zod schema.
 *
 * zod builds a fresh copy of every object it validates (to strip unknown fields and apply
 * defaults), which for a 10 MB engagement file costs more than parsing the JSON. Most files
 * Cairn reads are ones it wrote: valid, with nothing to strip and no default to fill in. For
 * those, zod's output would equal its input, so a check that only answers "valid, and the
 * output would be the input itself" can skip the copy.
 *
 * `fastCheck(schema, value)` answers exactly that. It is compiled from the schema's own
 * definition (types, lengths, patterns, enums, and the schema's refinements, run as zod
 * runs them), so it cannot drift from it. It is conservative: anything it does not handle
 * (a field to strip, a default to fill in, a union, a transform) either falls back to zod
 * for that small part or answers false. On false the caller runs zod as before, which names
 * what is wrong and where; this file never produces an error message.
 *
 * The one thing it does not hold to is key order: the kept value has the file's, where
 * zod's copy has the schema's. JSON objects are unordered, merges compare structurally,
 * and an import is saved through `ClientSchema` (which puts the keys in order) anyway;
 * demanding the schema's order would send Cairn's own exports, whose objects are built in
 * code, down the slow path.
 */

type Check = (value: unknown) => boolean;
type AnySchema = z.core.$ZodType;
interface CheckInstance {
  _zod: { def: { check: string; format?: string; pattern?: RegExp; maximum?: number; minimum?: number; value?: number; inclusive?: boolean; when?: unknown }; check: (payload: Payload) => unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

const compiled = new WeakMap<AnySchema, Check>();

/** True when `schema` accepts `value` and its output would be `value` unchanged. */
export function fastCheck(schema: AnySchema, value: unknown): boolean {
  return checkerFor(schema)(value);
}

function checkerFor(schema: AnySchema): Check {
  let check = compiled.get(schema);
  if (!check) {
    // Placeholder first, so a schema that refers to itself cannot recurse forever.
    compiled.set(schema, (value) => zodKeepsAsIs(schema, value));
    check = compile(schema);
    compiled.set(schema, check);
  }
  return check;
}

/** The fallback for shapes this file does not compile: zod itself, accepted only if nothing changed. */
function zodKeepsAsIs(schema: AnySchema, value: unknown): boolean {
  const parsed = (schema as z.ZodType).safeParse(value);
  return parsed.success && sameJson(parsed.data, value);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function compile(schema: AnySchema): Check {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string; checks?: CheckInstance[] };
  const base = compileType(schema, def);
  if (!base) return (value) => zodKeepsAsIs(schema, value);
  const ownChecks = [...(typeof def['check'] === 'string' ? [schema as unknown as CheckInstance] : []), ...(def.checks ?? [])];
  if (ownChecks.length === 0) return base;
  const checks = ownChecks.map(compileCheck);
  if (checks.some((check) => check === null)) return (value) => zodKeepsAsIs(schema, value);
  return allOf([base, ...(checks as Check[])]);
}

/** One closure for a type and its checks, unrolled for the usual one to three. */
function allOf(checks: Check[]): Check {
  const [first, second, third] = checks;
  if (checks.length === 2) return (value) => first!(value) && second!(value);
  if (checks.length === 3) return (value) => first!(value) && second!(value) && third!(value);
  return (value) => {
    for (let index = 0; index < checks.length; index++) if (!checks[index]!(value)) return false;
    return true;
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function compileType(schema: AnySchema, def: Record<string, unknown> & { type: string }): Check | null {
  switch (def.type) {
    case 'string':
      return def['coerce'] ? null : (value) => typeof value === 'string';
    case 'number':
      return def['coerce'] ? null : (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return def['coerce'] ? null : (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'literal': {
      const values = def['values'] as unknown[];
      return (value) => values.includes(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def['entries'] as Record<string, unknown>));
      return (value) => (typeof value === 'string' || typeof value === 'number') && values.has(value);
    }
    case 'nullable': {
      const inner = checkerFor(def['innerType'] as AnySchema);
      return (value) => value === null || inner(value);
    }
    case 'optional': {
      const inner = checkerFor(def['innerType'] as AnySchema);
      return (value) => value === undefined || inner(value);
    }
    case 'default':
    case 'prefault': {
      // A missing value would be filled in, so only a present one is kept as is.
      const inner = checkerFor(def['innerType'] as AnySchema);
      return (value) => value !== undefined && inner(value);
    }
    case 'array': {
      const element = checkerFor(def['element'] as AnySchema);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let index = 0; index < value.length; index++) if (!element(value[index])) return false;
        return true;
      };
    }
    case 'object':
      return compileObject(def);
    case 'union':
      return compileDiscriminatedUnion(def);
    case 'record': {
      const keyType = def['keyType'] as AnySchema;
      // Enum-keyed records demand every key; leave those to zod.
      if ((keyType._zod as { values?: unknown }).values !== undefined) return null;
      const key = checkerFor(keyType);
      const item = checkerFor(def['valueType'] as AnySchema);
      return (value) => {
        if (!isPlainObject(value)) return false;
        for (const name of Object.keys(value)) if (!key(name) || !item(value[name])) return false;
        return true;
      };
    }
    default:
      void schema;
      return null;
  }
}

function compileObject(def: Record<string, unknown>): Check | null {
  if (def['catchall'] !== undefined) return null;
  const shape = def['shape'] as Record<string, AnySchema>;
  const names = Object.keys(shape);
  const known = new Set(names);
  const fields = names.map((name) => ({ name, check: checkerFor(shape[name]!) }));
  return (value) => {
    if (!isPlainObject(value)) return false;
    for (const field of fields) if (!field.check(value[field.name])) return false;
    // A field the schema does not know would be stripped (and reported): not as is. (An
    // inherited enumerable key, which JSON never makes, only sends the value to zod.)
    for (const name in value) if (!known.has(name)) return false;
    return true;
  };
}

/**
 * A discriminated union runs only the option its discriminator names (as zod does), so
 * that option's answer is the union's. Plain unions try options in turn and keep the first
 * zod accepts, which a yes/no check cannot settle: those go to zod.
 */
function compileDiscriminatedUnion(def: Record<string, unknown>): Check | null {
  const discriminator = def['discriminator'];
  if (typeof discriminator !== 'string' || def['unionFallback']) return null;
  const byValue = new Map<unknown, Check>();
  for (const option of def['options'] as AnySchema[]) {
    const values = (option._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[discriminator];
    if (!values) return null;
    for (const value of values) {
      if (value === undefined || byValue.has(value)) return null;
      byValue.set(value, checkerFor(option));
    }
  }
  return (value) => {
    if (!isPlainObject(value)) return false;
    const option = byValue.get(value[discriminator]);
    return option !== undefined && option(value);
  };
}

const STRING_PATTERN_FORMATS = new Set(['regex', 'datetime', 'date']);
/** Checks that only look at the value (never change it); run through zod's own code. */
const READ_ONLY_CHECKS = new Set(['custom', 'string_format', 'greater_than', 'less_than', 'number_format', 'length_equals', 'min_length', 'max_length']);

function compileCheck(check: CheckInstance): Check | null {
  const def = check._zod.def;
  // Length checks carry a `when` that only asks whether the value has a length, which the
  // type check before them has settled.
  if (def.check === 'max_length' && typeof def.maximum === 'number') {
    const maximum = def.maximum;
    return (value) => (value as { length: number }).length <= maximum;
  }
  if (def.check === 'min_length' && typeof def.minimum === 'number') {
    const minimum = def.minimum;
    return (value) => (value as { length: number }).length >= minimum;
  }
  if (def.check === 'string_format' && def.pattern instanceof RegExp && STRING_PATTERN_FORMATS.has(def.format ?? '')) {
    const pattern = def.pattern;
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string);
    };
  }
  if (def.check === 'number_format' && def.format === 'safeint') return (value) => Number.isSafeInteger(value);
  if ((def.check === 'greater_than' || def.check === 'less_than') && typeof def.value === 'number') {
    const bound = def.value;
    if (def.check === 'greater_than') return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    return def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
  }
  if (!READ_ONLY_CHECKS.has(def.check)) return null;
  const when = typeof def.when === 'function' ? (def.when as (payload: Payload) => boolean) : null;
  return (value) => {
    const payload: Payload = { value, issues: [] };
    if (when && !when(payload)) return true;
    const result = check._zod.check(payload);
    return !(result instanceof Promise) && payload.issues.length === 0;
  };
}
