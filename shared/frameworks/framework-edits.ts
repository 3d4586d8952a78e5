import { FRAMEWORK_LIMITS, type Competency, type Framework } from './framework-schema';

/**
 * Pure edits for custom frameworks. Each returns a new framework and keeps the invariants
 * the schema checks (levels 1…n in order, one descriptor per stage per competency), so the
 * editor never holds a framework that would fail to save. Edits that can be refused return
 * a result with a sentence saying why; text edits on an unknown id change nothing.
 */
export type FrameworkEditResult = { ok: true; framework: Framework } | { ok: false; message: string };

const done = (framework: Framework): FrameworkEditResult => ({ ok: true, framework });
const refuse = (message: string): FrameworkEditResult => ({ ok: false, message });

/** A consultant's own copy: new id, not built-in, version restarted, crediting the original. */
export function duplicateFramework(framework: Framework, options: { newId: string; name: string }): Framework {
  return {
    ...framework,
    stages: framework.stages.map((stage) => ({ ...stage })),
    competencies: framework.competencies.map((competency) => ({
      ...competency,
      descriptors: { ...competency.descriptors },
      evidence: [...competency.evidence],
    })),
    id: options.newId,
    name: options.name,
    version: '1.0.0',
    builtIn: false,
    basedOn: { id: framework.id, version: framework.version },
  };
}

/**
 * The next version after an edit: minor bump (1.2.3 → 1.3.0), pre-release tag dropped, so
 * assessments made before and after the edit record different versions.
 */
export function nextFrameworkVersion(version: string): string {
  const [major = '1', minor = '0'] = version.split('-')[0]!.split('.');
  return `${Number(major)}.${Number(minor) + 1}.0`;
}

export const renameFramework = (framework: Framework, name: string): Framework => ({ ...framework, name });

export function updateStage(framework: Framework, stageId: string, change: { name?: string; summary?: string }): Framework {
  return { ...framework, stages: framework.stages.map((stage) => (stage.id === stageId ? { ...stage, ...change } : stage)) };
}

export function updateCompetency(
  framework: Framework,
  competencyId: string,
  change: Partial<Pick<Competency, 'name' | 'description' | 'evidence'>>,
): Framework {
  return {
    ...framework,
    competencies: framework.competencies.map((competency) => (competency.id === competencyId ? { ...competency, ...change } : competency)),
  };
}

export function setDescriptor(framework: Framework, competencyId: string, stageId: string, text: string): Framework {
  if (!framework.stages.some((stage) => stage.id === stageId)) return framework;
  return {
    ...framework,
    competencies: framework.competencies.map((competency) =>
      competency.id === competencyId ? { ...competency, descriptors: { ...competency.descriptors, [stageId]: text } } : competency,
    ),
  };
}

/**
 * Inserts a stage at `level` (default: after the last one); later stages move up one level
 * and every competency gets an empty descriptor for the new stage, to be written next.
 */
export function addStage(framework: Framework, stage: { id: string; name: string; summary?: string; level?: number }): FrameworkEditResult {
  if (framework.stages.length >= FRAMEWORK_LIMITS.maxStages) return refuse(`A framework has at most ${FRAMEWORK_LIMITS.maxStages} stages.`);
  if (framework.stages.some((existing) => existing.id === stage.id)) return refuse(`A stage with the id "${stage.id}" already exists.`);
  const level = Math.min(Math.max(1, Math.round(stage.level ?? framework.stages.length + 1)), framework.stages.length + 1);
  const stages = [...framework.stages];
  stages.splice(level - 1, 0, { id: stage.id, level, name: stage.name, summary: stage.summary ?? '' });
  return done({
    ...framework,
    stages: stages.map((item, index) => ({ ...item, level: index + 1 })),
    competencies: framework.competencies.map((competency) => ({ ...competency, descriptors: { ...competency.descriptors, [stage.id]: '' } })),
  });
}

/** Removes a stage and its descriptors; the stages above it move down one level. */
export function removeStage(framework: Framework, stageId: string): FrameworkEditResult {
  if (!framework.stages.some((stage) => stage.id === stageId)) return refuse(`There is no stage with the id "${stageId}".`);
  if (framework.stages.length <= FRAMEWORK_LIMITS.minStages) return refuse(`A framework needs at least ${FRAMEWORK_LIMITS.minStages} stages.`);
  return done({
    ...framework,
    stages: framework.stages.filter((stage) => stage.id !== stageId).map((stage, index) => ({ ...stage, level: index + 1 })),
    competencies: framework.competencies.map((competency) => ({
      ...competency,
      descriptors: Object.fromEntries(Object.entries(competency.descriptors).filter(([key]) => key !== stageId)),
    })),
  });
}

/** Appends a competency with an empty descriptor for every stage. */
export function addCompetency(framework: Framework, competency: { id: string; name: string; description?: string }): FrameworkEditResult {
  if (framework.competencies.length >= FRAMEWORK_LIMITS.maxCompetencies) {
    return refuse(`A framework has at most ${FRAMEWORK_LIMITS.maxCompetencies} competencies.`);
  }
  if (framework.competencies.some((existing) => existing.id === competency.id)) {
    return refuse(`A competency with the id "${competency.id}" already exists.`);
  }
  const descriptors = Object.fromEntries(framework.stages.map((stage) => [stage.id, '']));
  return done({
    ...framework,
    competencies: [...framework.competencies, { id: competency.id, name: competency.name, description: competency.description ?? '', descriptors, evidence: [] }],
  });
}

export function removeCompetency(framework: Framework, competencyId: string): FrameworkEditResult {
  if (!framework.competencies.some((competency) => competency.id === competencyId)) {
    return refuse(`There is no competency with the id "${competencyId}".`);
  }
  if (framework.competencies.length <= FRAMEWORK_LIMITS.minCompetencies) return refuse('A framework needs at least one competency.');
  return done({ ...framework, competencies: framework.competencies.filter((competency) => competency.id !== competencyId) });
}

/**
 * A new framework to fill in: stages `stage-1…`, competencies `competency-1…`, every text
 * empty except the names given. Used by "New framework" and by tests with 3 to 10 stages.
 */
export function blankFramework(options: { id: string; name: string; stageNames: string[]; competencyNames: string[] }): Framework {
  const stages = options.stageNames.map((name, index) => ({ id: `stage-${index + 1}`, level: index + 1, name, summary: '' }));
  return {
    id: options.id,
    version: '1.0.0',
    name: options.name,
    source: '',
    builtIn: false,
    basedOn: null,
    stages,
    competencies: options.competencyNames.map((name, index) => ({
      id: `competency-${index + 1}`,
      name,
      description: '',
      descriptors: Object.fromEntries(stages.map((stage) => [stage.id, ''])),
      evidence: [],
    })),
  };
}

/** The competency's evidence list changed by `change`, or a refusal naming why. */
function editEvidence(framework: Framework, competencyId: string, change: (evidence: string[]) => string[] | string): FrameworkEditResult {
  const competency = framework.competencies.find((item) => item.id === competencyId);
  if (!competency) return refuse(`There is no competency with the id "${competencyId}".`);
  const evidence = change([...competency.evidence]);
  if (typeof evidence === 'string') return refuse(evidence);
  return done(updateCompetency(framework, competencyId, { evidence }));
}

/** Appends an evidence item (what a consultant looks for on site); at most 20 per competency. */
export function addEvidence(framework: Framework, competencyId: string, text = ''): FrameworkEditResult {
  return editEvidence(framework, competencyId, (evidence) =>
    evidence.length >= FRAMEWORK_LIMITS.maxEvidencePerCompetency ? `A competency has at most ${FRAMEWORK_LIMITS.maxEvidencePerCompetency} evidence items.` : [...evidence, text],
  );
}

/** Rewrites the evidence item at `index`; an index past the list changes nothing. */
export function setEvidence(framework: Framework, competencyId: string, index: number, text: string): Framework {
  const result = editEvidence(framework, competencyId, (evidence) => (index in evidence ? evidence.map((item, at) => (at === index ? text : item)) : 'unchanged'));
  return result.ok ? result.framework : framework;
}

export function removeEvidence(framework: Framework, competencyId: string, index: number): FrameworkEditResult {
  return editEvidence(framework, competencyId, (evidence) => (index in evidence ? evidence.filter((_, at) => at !== index) : `There is no evidence item ${index + 1}.`));
}

/** Moves the evidence item at `from` to position `to` (both 0-based); the others keep their order. */
export function moveEvidence(framework: Framework, competencyId: string, from: number, to: number): FrameworkEditResult {
  return editEvidence(framework, competencyId, (evidence) => {
    if (!(from in evidence) || !(to in evidence)) return `Evidence item ${from + 1} cannot move to position ${to + 1}.`;
    const [item] = evidence.splice(from, 1);
    evidence.splice(to, 0, item!);
    return evidence;
  });
}

/** Drops evidence items left blank and trims the rest: an empty line is not evidence. */
export function withoutBlankEvidence(framework: Framework): Framework {
  return {
    ...framework,
    competencies: framework.competencies.map((competency) => ({ ...competency, evidence: competency.evidence.map((item) => item.trim()).filter((item) => item !== '') })),
  };
}
