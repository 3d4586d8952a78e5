import { describe, expect, it } from 'vitest';
import { COMMUNITY_MATURITY_MODEL } from './builtin/community-maturity-model';
import {
  addCompetency,
  addEvidence,
  moveEvidence,
  removeEvidence,
  setEvidence,
  withoutBlankEvidence,
  addStage,
  blankFramework,
  duplicateFramework,
  nextFrameworkVersion,
  removeCompetency,
  removeStage,
  renameFramework,
  setDescriptor,
  updateCompetency,
  updateStage,
  type FrameworkEditResult,
} from './framework-edits';
import { FrameworkSchema, type Framework } from './framework-schema';

const cmm: Framework = COMMUNITY_MATURITY_MODEL;
const unwrap = (result: FrameworkEditResult): Framework => {
  if (!result.ok) throw new Error(result.message);
  return result.framework;
};
const threeStages = blankFramework({ id: 'mini', name: 'Mini', stageNames: ['Low', 'Mid', 'High'], competencyNames: ['A', 'B'] });
const tenStages = blankFramework({ id: 'big', name: 'Big', stageNames: Array.from({ length: 10 }, (_, i) => `S${i + 1}`), competencyNames: ['A'] });

describe('duplicateFramework', () => {
  const copy = duplicateFramework(cmm, { newId: 'acme-cmm', name: 'CMM for Acme' });

  it('gives the copy its own id and name, not built-in, crediting the original', () => {
    expect(copy).toMatchObject({ id: 'acme-cmm', name: 'CMM for Acme', builtIn: false, version: '1.0.0', basedOn: { id: 'cmm', version: '1.0.0' } });
    expect(FrameworkSchema.safeParse(copy).success).toBe(true);
  });

  it('shares no arrays or objects with the original', () => {
    const edited = setDescriptor(copy, 'strategy', 'hierarchy', 'changed');
    expect(cmm.competencies[0]!.descriptors['hierarchy']).not.toBe('changed');
    expect(copy.competencies[0]).not.toBe(cmm.competencies[0]);
    expect(copy.competencies[0]!.evidence).not.toBe(cmm.competencies[0]!.evidence);
    expect(edited.competencies[0]!.descriptors['hierarchy']).toBe('changed');
  });
});

describe('nextFrameworkVersion', () => {
  it.each([
    ['1.0.0', '1.1.0'],
    ['1.2', '1.3.0'],
    ['2.9.4', '2.10.0'],
    ['1.0.0-draft', '1.1.0'],
  ])('%s → %s', (version, next) => {
    expect(nextFrameworkVersion(version)).toBe(next);
  });
});

describe('text edits', () => {
  it('rename the framework, a stage and a competency', () => {
    let framework = renameFramework(threeStages, 'Renamed');
    framework = updateStage(framework, 'stage-2', { name: 'Middle', summary: 'Halfway' });
    framework = updateCompetency(framework, 'competency-1', { name: 'Alpha', evidence: ['A memo'] });
    expect(framework.name).toBe('Renamed');
    expect(framework.stages[1]).toEqual({ id: 'stage-2', level: 2, name: 'Middle', summary: 'Halfway' });
    expect(framework.competencies[0]).toMatchObject({ name: 'Alpha', evidence: ['A memo'] });
  });

  it('leave the framework unchanged for an unknown stage', () => {
    expect(setDescriptor(threeStages, 'competency-1', 'stage-9', 'x')).toBe(threeStages);
  });
});

describe('addStage', () => {
  it('appends a stage with an empty descriptor in every competency', () => {
    const framework = unwrap(addStage(threeStages, { id: 'top', name: 'Top' }));
    expect(framework.stages.map((stage) => [stage.id, stage.level])).toEqual([['stage-1', 1], ['stage-2', 2], ['stage-3', 3], ['top', 4]]);
    expect(framework.competencies.map((competency) => competency.descriptors['top'])).toEqual(['', '']);
    expect(FrameworkSchema.safeParse(framework).success).toBe(true);
  });

  it('inserts at a level and moves later stages up', () => {
    const framework = unwrap(addStage(threeStages, { id: 'between', name: 'Between', level: 2 }));
    expect(framework.stages.map((stage) => `${stage.level}:${stage.id}`)).toEqual(['1:stage-1', '2:between', '3:stage-2', '4:stage-3']);
  });

  it.each<[string, Framework, { id: string; name: string }, string]>([
    ['at ten stages', tenStages, { id: 'eleven', name: 'Eleven' }, 'A framework has at most 10 stages.'],
    ['with a taken id', threeStages, { id: 'stage-2', name: 'Again' }, 'A stage with the id "stage-2" already exists.'],
  ])('refuses %s', (_label, framework, stage, message) => {
    expect(addStage(framework, stage)).toEqual({ ok: false, message });
  });
});

describe('removeStage', () => {
  it('removes the stage and its descriptors, re-levelling the rest', () => {
    const framework = unwrap(removeStage(cmm, 'emergent-community'));
    expect(framework.stages.map((stage) => `${stage.level}:${stage.id}`)).toEqual(['1:hierarchy', '2:community', '3:network']);
    expect(Object.keys(framework.competencies[0]!.descriptors)).toEqual(['hierarchy', 'community', 'network']);
    expect(FrameworkSchema.safeParse(framework).success).toBe(true);
  });

  it.each([
    ['below three stages', threeStages, 'stage-1', 'A framework needs at least 3 stages.'],
    ['an unknown stage', cmm, 'nope', 'There is no stage with the id "nope".'],
  ])('refuses %s', (_label, framework, stageId, message) => {
    expect(removeStage(framework, stageId)).toEqual({ ok: false, message });
  });
});

describe('addCompetency and removeCompetency', () => {
  it('adds a competency with a descriptor slot for each stage', () => {
    const framework = unwrap(addCompetency(threeStages, { id: 'c', name: 'C' }));
    expect(framework.competencies[2]).toEqual({
      id: 'c',
      name: 'C',
      description: '',
      descriptors: { 'stage-1': '', 'stage-2': '', 'stage-3': '' },
      evidence: [],
    });
  });

  it('removes a competency but never the last one', () => {
    const one = unwrap(removeCompetency(threeStages, 'competency-1'));
    expect(one.competencies.map((competency) => competency.id)).toEqual(['competency-2']);
    expect(removeCompetency(one, 'competency-2')).toEqual({ ok: false, message: 'A framework needs at least one competency.' });
    expect(addCompetency(threeStages, { id: 'competency-1', name: 'Again' })).toEqual({
      ok: false,
      message: 'A competency with the id "competency-1" already exists.',
    });
  });
});

describe('blankFramework', () => {
  it.each([3, 6, 10])('builds a valid %i-stage framework', (count) => {
    const framework = blankFramework({ id: 'f', name: 'F', stageNames: Array.from({ length: count }, (_, i) => `S${i}`), competencyNames: ['A'] });
    expect(FrameworkSchema.safeParse(framework).success).toBe(true);
    expect(framework.stages).toHaveLength(count);
  });
});

describe('evidence edits', () => {
  const withTwo = unwrap(addEvidence(unwrap(addEvidence(threeStages, 'competency-1', 'Minutes of the steering group')), 'competency-1', 'A budget line'));
  const evidenceOf = (framework: Framework) => framework.competencies[0]!.evidence;

  it('adds, rewrites and removes items of one competency only', () => {
    expect(evidenceOf(withTwo)).toEqual(['Minutes of the steering group', 'A budget line']);
    expect(withTwo.competencies[1]!.evidence).toEqual([]);
    expect(evidenceOf(setEvidence(withTwo, 'competency-1', 1, 'A funded role'))).toEqual(['Minutes of the steering group', 'A funded role']);
    expect(evidenceOf(unwrap(removeEvidence(withTwo, 'competency-1', 0)))).toEqual(['A budget line']);
    expect(setEvidence(withTwo, 'competency-1', 5, 'nowhere')).toBe(withTwo);
  });

  it('reorders an item and keeps the others in order', () => {
    const three = unwrap(addEvidence(withTwo, 'competency-1', 'Survey results'));
    expect(evidenceOf(unwrap(moveEvidence(three, 'competency-1', 2, 0)))).toEqual(['Survey results', 'Minutes of the steering group', 'A budget line']);
    expect(evidenceOf(unwrap(moveEvidence(three, 'competency-1', 0, 1)))).toEqual(['A budget line', 'Minutes of the steering group', 'Survey results']);
  });

  it.each<[string, FrameworkEditResult, RegExp]>([
    ['a 21st item', addEvidence({ ...threeStages, competencies: threeStages.competencies.map((c) => ({ ...c, evidence: Array.from({ length: 20 }, (_, i) => `E${i}`) })) }, 'competency-1'), /at most 20 evidence items/],
    ['an unknown competency', addEvidence(threeStages, 'nope'), /no competency with the id "nope"/],
    ['removing an item that is not there', removeEvidence(withTwo, 'competency-1', 2), /no evidence item 3/],
    ['moving past the end', moveEvidence(withTwo, 'competency-1', 1, 2), /cannot move to position 3/],
  ])('refuses %s', (_, result, message) => {
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(message) });
  });

  it('drops blank items and trims the rest before saving; the result is a valid framework', () => {
    const blanks = setEvidence(unwrap(addEvidence(withTwo, 'competency-1', '   ')), 'competency-1', 0, '  Minutes  ');
    const cleaned = withoutBlankEvidence(blanks);
    expect(evidenceOf(cleaned)).toEqual(['Minutes', 'A budget line']);
    expect(FrameworkSchema.safeParse(cleaned).success).toBe(true);
  });

  it('leaves an item over 500 characters for the schema to refuse', () => {
    const long = setEvidence(withTwo, 'competency-1', 0, 'x'.repeat(501));
    const checked = FrameworkSchema.safeParse(long);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues[0]?.path).toEqual(['competencies', 0, 'evidence', 0]);
  });
});

describe('stage summaries', () => {
  it('are edited per stage and checked by the schema (at most 1,000 characters)', () => {
    const edited = updateStage(threeStages, 'stage-2', { summary: 'Pilots run in two teams.' });
    expect(edited.stages.map((stage) => stage.summary)).toEqual(['', 'Pilots run in two teams.', '']);
    expect(FrameworkSchema.safeParse(updateStage(threeStages, 'stage-2', { summary: 'x'.repeat(1_001) })).error?.issues[0]?.path).toEqual(['stages', 1, 'summary']);
  });
});
