import { describe, expect, it } from 'vitest';
import { CLIENT_TABS } from '../../store/ui.slice';
import { SECTION_GROUPS, TAB_LABELS, groupOf } from './client-sections';

describe('client section groups', () => {
  it('hold every section exactly once, in the order Client · Assess · Plan · Engage · History', () => {
    const listed = SECTION_GROUPS.flatMap((group) => group.sections);
    expect([...listed].sort()).toEqual([...CLIENT_TABS].sort());
    expect(SECTION_GROUPS.map((group) => group.label)).toEqual(['Client', 'Assess', 'Plan', 'Engage', 'History']);
  });

  it('name the group of a section', () => {
    expect(groupOf('maturity').label).toBe('Assess');
    expect(groupOf('kpis').label).toBe('Plan');
    expect(groupOf('workshops').label).toBe('Engage');
    expect(TAB_LABELS['ten-stages']).toBe('Ten stages');
  });
});
