import { describe, expect, it } from 'vitest';
import { findCycle } from '../../shared/roadmap/dependencies';
import { InitiativeSchema } from '../../shared/roadmap/initiative-schema';
import { makeBenchRoadmap } from './roadmap-bench-data';

describe('makeBenchRoadmap', () => {
  it('builds the same valid, loop-free roadmap with the asked number of edges on every run', () => {
    const roadmap = makeBenchRoadmap({ initiatives: 300, edges: 450 });
    expect(makeBenchRoadmap({ initiatives: 300, edges: 450 })).toEqual(roadmap);
    expect(roadmap.reduce((sum, item) => sum + item.dependsOn.length, 0)).toBe(450);
    for (const item of roadmap) expect(InitiativeSchema.safeParse(item).error).toBeUndefined();
    expect(findCycle(roadmap)).toBeNull();
  });
});
