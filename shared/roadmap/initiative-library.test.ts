import { describe, expect, it } from 'vitest';
import { COMMUNITY_MATURITY_MODEL, STAGE_ONE_GUIDE } from '../frameworks/builtin';
import { InitiativeLibrarySchema } from './initiative-library-schema';
import { INITIATIVE_LIBRARY, PHASE_ACTIVITIES, STAGE_ONE_MOVES, initiativeFromLibrary, libraryItem } from './initiative-library';
import { InitiativeSchema } from './initiative-schema';
import { PHASE_IDS, TRACK_IDS } from './roadmap-reference';

const competencyIds = new Set(COMMUNITY_MATURITY_MODEL.competencies.map((competency) => competency.id));

describe('INITIATIVE_LIBRARY', () => {
  it('passes its own schema', () => {
    expect(InitiativeLibrarySchema.safeParse(INITIATIVE_LIBRARY).error).toBeUndefined();
  });

  it('holds 33 phase activities and the six stage-one moves', () => {
    expect(PHASE_ACTIVITIES).toHaveLength(33);
    expect(STAGE_ONE_MOVES).toHaveLength(6);
    expect(INITIATIVE_LIBRARY).toHaveLength(39);
  });

  it.each([
    ['establish', 'internal', 5],
    ['establish', 'external', 4],
    ['shape', 'internal', 4],
    ['shape', 'external', 4],
    ['develop', 'internal', 4],
    ['develop', 'external', 5],
    ['innovate', 'internal', 3],
    ['innovate', 'external', 4],
  ] as const)('has %s / %s activities as the domain lists them (%i)', (phase, track, count) => {
    expect(PHASE_ACTIVITIES.filter((item) => item.phase === phase && item.track === track)).toHaveLength(count);
  });

  it('lists phase activities in phase order, internal before external', () => {
    const keys = PHASE_ACTIVITIES.map((item) => PHASE_IDS.indexOf(item.phase) * 2 + TRACK_IDS.indexOf(item.track));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  it('lifts only competencies that exist in the Community Maturity Model', () => {
    const unknown = INITIATIVE_LIBRARY.flatMap((item) => item.competencyIds.filter((id) => !competencyIds.has(id)).map((id) => `${item.id}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it('lifts every competency somewhere, Metrics & Measurement included', () => {
    const lifted = new Set(INITIATIVE_LIBRARY.flatMap((item) => item.competencyIds));
    expect([...competencyIds].filter((id) => !lifted.has(id))).toEqual([]);
  });

  it('maps each of the six moves to its move in the stage-one guide, once', () => {
    expect(STAGE_ONE_MOVES.map((item) => item.stageOneMoveId)).toEqual(STAGE_ONE_GUIDE.moves.map((move) => move.id));
    expect(PHASE_ACTIVITIES.every((item) => item.stageOneMoveId === null)).toBe(true);
  });

  it('words the moves afresh rather than copying the guide', () => {
    for (const move of STAGE_ONE_GUIDE.moves) expect(STAGE_ONE_MOVES.find((item) => item.stageOneMoveId === move.id)?.description).not.toBe(move.description);
  });

  it('refuses a library with a repeated id', () => {
    const result = InitiativeLibrarySchema.safeParse([INITIATIVE_LIBRARY[0], INITIATIVE_LIBRARY[0]]);
    expect(result.error?.issues[0]?.message).toContain('used twice');
  });
});

describe('initiativeFromLibrary', () => {
  it('builds a valid initiative in the item’s phase and track that remembers where it came from', () => {
    const item = libraryItem('p2-identify-influencers')!;
    const initiative = initiativeFromLibrary(item, { id: 'i-1', now: '2026-03-01T10:00:00.000Z', order: 2, engagementId: 'e-1' });
    expect(InitiativeSchema.safeParse(initiative).error).toBeUndefined();
    expect(initiative).toMatchObject({ phase: 'shape', track: 'external', order: 2, libraryId: 'p2-identify-influencers', ownerRole: 'Social Media Strategist', status: 'idea', engagementId: 'e-1' });
  });

  it('flags the test-and-learn pilots item as a pilot', () => {
    const initiative = initiativeFromLibrary(libraryItem('p2-test-and-learn-pilots')!, { id: 'i-2', now: '2026-03-01T10:00:00.000Z', order: 0 });
    expect(initiative.pilot).toEqual({ isPilot: true, reviewDate: null });
  });
});
