import { describe, expect, it } from 'vitest';
import { BUSINESS_FUNCTIONS, STAKEHOLDER_GROUPS } from '../../domain/reference-lists';
import { AuditGuideSchema } from '../audit-guide-schema';
import { FrameworkSchema } from '../framework-schema';
import { StageIndicatorModelSchema } from '../stage-indicator-model-schema';
import { StageOneGuideSchema } from '../stage-one-guide-schema';
import {
  AUDIT_BUSINESS_FUNCTIONS,
  AUDIT_STAKEHOLDER_GROUPS,
  BUILT_IN_FRAMEWORKS,
  COMMUNITY_MATURITY_MODEL,
  SOCIAL_BUSINESS_AUDIT_GUIDE,
  STAGE_ONE_GUIDE,
  TEN_STAGES_MODEL,
} from './index';

describe('Community Maturity Model', () => {
  it('passes its schema', () => {
    expect(FrameworkSchema.safeParse(COMMUNITY_MATURITY_MODEL).error).toBeUndefined();
  });

  it('has the four stages in order', () => {
    expect(COMMUNITY_MATURITY_MODEL.stages.map((stage) => stage.name)).toEqual(['Hierarchy', 'Emergent Community', 'Community', 'Network']);
  });

  it('has the eight competencies', () => {
    expect(COMMUNITY_MATURITY_MODEL.competencies.map((competency) => competency.name)).toEqual([
      'Strategy',
      'Leadership',
      'Culture',
      'Community Management',
      'Content & Programming',
      'Policies & Governance',
      'Tools',
      'Metrics & Measurement',
    ]);
  });

  it('describes all 32 cells with a short, non-empty descriptor', () => {
    const descriptors = COMMUNITY_MATURITY_MODEL.competencies.flatMap((competency) => Object.values(competency.descriptors));
    expect(descriptors).toHaveLength(32);
    for (const text of descriptors) {
      expect(text.trim().length).toBeGreaterThan(20);
      expect(text.length).toBeLessThan(220);
    }
    expect(new Set(descriptors).size).toBe(32);
  });

  it.each(COMMUNITY_MATURITY_MODEL.competencies.map((competency) => [competency.name, competency.evidence.length]))(
    '%s lists 2–4 kinds of evidence',
    (_name, count) => {
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(4);
    },
  );

  it('is the only built-in competency framework and is marked built-in', () => {
    expect(BUILT_IN_FRAMEWORKS.map((framework) => [framework.id, framework.builtIn])).toEqual([['cmm', true]]);
  });
});

describe('ten stages of social media business integration', () => {
  it('passes its schema', () => {
    expect(StageIndicatorModelSchema.safeParse(TEN_STAGES_MODEL).error).toBeUndefined();
  });

  it('has ten stages, each with 3–5 indicators', () => {
    expect(TEN_STAGES_MODEL.stages).toHaveLength(10);
    for (const stage of TEN_STAGES_MODEL.stages) {
      expect(stage.indicators.length).toBeGreaterThanOrEqual(3);
      expect(stage.indicators.length).toBeLessThanOrEqual(5);
    }
  });

  it('keeps the model’s stage names', () => {
    expect(TEN_STAGES_MODEL.stages.map((stage) => stage.name)).toEqual([
      'Observe and Report',
      'Setting the Stage + Dress Rehearsal',
      'Socializing Media',
      'Finding a Voice and a Sense of Purpose',
      'Turning Words Into Actions',
      'Humanizing the Organization and Defining the Experience',
      'Community',
      'Social Darwinism',
      'The Socialization of Business Processes',
      'Business Performance Metrics',
    ]);
  });
});

describe('social business audit guide', () => {
  it('passes its schema and asks the eight audit questions', () => {
    expect(AuditGuideSchema.safeParse(SOCIAL_BUSINESS_AUDIT_GUIDE).error).toBeUndefined();
    expect(SOCIAL_BUSINESS_AUDIT_GUIDE.questions.map((question) => question.id)).toEqual([
      'who-uses',
      'how-used',
      'used-for',
      'missing',
      'fit-with-goals',
      'untapped-uses',
      'community-potential',
      'initiatives-needed',
    ]);
  });

  it('uses the shared reference lists of functions and stakeholder groups', () => {
    expect(AUDIT_BUSINESS_FUNCTIONS).toBe(BUSINESS_FUNCTIONS);
    expect(AUDIT_STAKEHOLDER_GROUPS).toBe(STAKEHOLDER_GROUPS);
  });
});

describe('stage-1 diagnosis guide', () => {
  it('passes its schema', () => {
    expect(StageOneGuideSchema.safeParse(STAGE_ONE_GUIDE).error).toBeUndefined();
  });

  it('lists the stage-1 signs and the six moves in the seed’s order', () => {
    expect(STAGE_ONE_GUIDE.signs.length).toBeGreaterThanOrEqual(5);
    expect(STAGE_ONE_GUIDE.moves.map((move) => move.id)).toEqual([
      'find-leader',
      'recruit-sponsors',
      'identify-champions',
      'framework-and-roadmap',
      'audit-gap-analysis',
      'listening-program',
    ]);
  });
});
