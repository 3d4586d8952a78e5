import { describe, expect, it } from 'vitest';
import { COMMUNITY_MATURITY_MODEL } from '../../shared/frameworks/builtin';
import { WorkshopSchema } from '../../shared/workshop/workshop-schema';
import { makeBenchWorkshop } from './workshop-bench-data';

describe('makeBenchWorkshop', () => {
  const ids = COMMUNITY_MATURITY_MODEL.competencies.map((competency) => competency.id);

  it('builds the same valid board on every run', () => {
    const shape = { notes: 120, clusters: 6, participants: 5, dotBudget: 3 };
    const first = makeBenchWorkshop(ids, shape);
    expect(makeBenchWorkshop(ids, shape)).toEqual(first);
    expect(WorkshopSchema.safeParse(first).error?.issues ?? []).toEqual([]);
    expect(first.notes).toHaveLength(120);
    expect(new Set(first.notes.map((note) => note.clusterId)).size).toBe(6);
  });

  it('is valid at full size', () => {
    expect(WorkshopSchema.safeParse(makeBenchWorkshop(ids)).success).toBe(true);
  });
});
