import { describe, expect, it } from 'vitest';
import { COMMUNITY_MATURITY_MODEL } from './builtin/community-maturity-model';
import { FRAMEWORK_FILE_LIMITS, formatJsonPath, parseFrameworkJson, serializeFramework } from './framework-json';
import type { Framework } from './framework-schema';

const cmm: Framework = COMMUNITY_MATURITY_MODEL;
const bare = (change: (copy: Record<string, unknown>) => void): string => {
  const copy = JSON.parse(JSON.stringify(cmm)) as Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
};
type Json = Record<string, unknown> & {
  stages: Record<string, unknown>[];
  competencies: (Record<string, unknown> & { descriptors: Record<string, string> })[];
};

describe('formatJsonPath', () => {
  it.each([
    [[], 'the file'],
    [['name'], 'name'],
    [['competencies', 2, 'descriptors', 'stage-3'], 'competencies[2].descriptors.stage-3'],
    [['stages', 0, 'level'], 'stages[0].level'],
    [['competencies', 0, 'descriptors', 'odd key'], 'competencies[0].descriptors["odd key"]'],
  ])('%j → %s', (path, text) => {
    expect(formatJsonPath(path)).toBe(text);
  });
});

describe('parseFrameworkJson', () => {
  it('round-trips an exported framework, which comes back as not built-in', () => {
    const result = parseFrameworkJson(serializeFramework(cmm));
    expect(result).toEqual({ ok: true, framework: { ...cmm, builtIn: false } });
  });

  it('accepts a bare framework object and fills in basedOn', () => {
    const result = parseFrameworkJson(bare((copy) => delete copy.basedOn));
    expect(result.ok && result.framework.basedOn).toBeNull();
  });

  it.each<[string, string, string]>([
    ['not JSON', '{"id": ', 'the file is not valid JSON'],
    ['an array', '[]', 'the file should contain one JSON object'],
    ['a foreign format', '{"format":"other","formatVersion":1}', 'format should be "cairn.framework"'],
    ['a future format version', '{"format":"cairn.framework","formatVersion":9}', 'formatVersion 9 is not supported (expected 1)'],
    ['a wrapper without framework', '{"format":"cairn.framework","formatVersion":1}', 'framework is missing'],
    ['a __proto__ key', '{"id":"x","__proto__":{"polluted":true}}', '__proto__ uses a reserved name'],
    ['a nested constructor key', '{"competencies":[{"descriptors":{"constructor":"x"}}]}', 'competencies[0].descriptors.constructor uses a reserved name'],
  ])('refuses %s', (_label, text, message) => {
    expect(parseFrameworkJson(text)).toMatchObject({ ok: false, message });
  });

  it.each<[string, (copy: Json) => void, string]>([
    ['a missing descriptor', (copy) => delete copy.competencies[2]!.descriptors['community'], 'competencies[2].descriptors.community is missing'],
    ['a descriptor for no stage', (copy) => (copy.competencies[1]!.descriptors['stage-9'] = 'x'), 'competencies[1].descriptors.stage-9 names no stage of this framework'],
    ['a missing name', (copy) => delete copy.name, 'name is missing'],
    ['a gap in levels', (copy) => (copy.stages[2]!.level = 4), 'stages[2].level should be 3 (levels run 1, 2, 3… in order)'],
    ['a repeated competency id', (copy) => (copy.competencies[3]!.id = 'strategy'), 'competencies[3].id repeats the competency id "strategy"'],
    ['two stages', (copy) => (copy.stages = copy.stages.slice(0, 2)), 'stages needs at least 3 items'],
    ['eleven stages', (copy) => (copy.stages = Array.from({ length: 11 }, (_, i) => ({ id: `s${i}`, level: i + 1, name: 'S', summary: '' }))), 'stages has more than 10 items'],
    ['a bad version', (copy) => (copy.version = 'latest'), 'version should look like 1.0 or 1.2.3'],
    ['an id with spaces', (copy) => (copy.id = 'my framework'), 'id: ids use letters, digits, "-" and "_" only'],
  ])('names the field for %s', (_label, change, start) => {
    const result = parseFrameworkJson(bare(change as (copy: Record<string, unknown>) => void));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.startsWith(start)).toBe(true);
  });

  it.each<[string, (copy: Json) => void, string]>([
    ['a wrong type', (copy) => (copy.builtIn = 'yes'), 'builtIn should be true or false'],
    ['a number in a text list', (copy) => (copy.competencies[0]!.evidence = [3]), 'competencies[0].evidence[0] should be text'],
    ['an empty stage name', (copy) => (copy.stages[1]!.name = ''), 'stages[1].name should not be empty'],
    ['a level out of range', (copy) => (copy.stages[0]!.level = 0), 'stages[0].level should be at least 1'],
    ['an overlong descriptor', (copy) => (copy.competencies[0]!.descriptors['hierarchy'] = 'x'.repeat(2_001)), 'competencies[0].descriptors.hierarchy is longer than 2000 characters'],
  ])('words %s as a readable problem', (_label, change, problem) => {
    const result = parseFrameworkJson(bare(change as (copy: Record<string, unknown>) => void));
    expect(result.ok ? [] : result.problems).toContain(problem);
  });

  it('counts further problems in the message and lists them', () => {
    const result = parseFrameworkJson(bare((copy) => {
      delete copy.name;
      delete copy.source;
    }));
    expect(result).toMatchObject({ ok: false, message: 'name is missing (and 1 more problem)', problems: ['name is missing', 'source is missing'] });
  });

  it('refuses files past the size limit before parsing them', () => {
    const text = `{"name":"${'x'.repeat(FRAMEWORK_FILE_LIMITS.maxChars)}"}`;
    expect(parseFrameworkJson(text)).toMatchObject({ ok: false, message: 'the file is larger than 1,000,000 characters' });
  });

  it('refuses absurd nesting and volume', () => {
    const deep = `${'['.repeat(40)}${']'.repeat(40)}`;
    expect(parseFrameworkJson(deep)).toMatchObject({ ok: false });
    expect(parseFrameworkJson(deep).ok || (parseFrameworkJson(deep) as { message: string }).message).toMatch(/nested more than 12 levels/);
    const wide = JSON.stringify({ evidence: Array.from({ length: 25_000 }, () => 1) });
    expect(parseFrameworkJson(wide)).toMatchObject({ ok: false, message: 'the file holds more than 20000 values' });
  });
});

describe('serializeFramework', () => {
  it('writes the wrapped, pretty-printed file', () => {
    const text = serializeFramework(cmm);
    expect(text.startsWith('{\n  "format": "cairn.framework",\n  "formatVersion": 1,\n  "framework": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
