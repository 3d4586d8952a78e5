import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../../../../shared/workshop/sample-workshop';
import { captureCounts, formatDay, formatMinutes, plannedMinutes } from './workshop-format';

describe('workshop format', () => {
  it('says durations the way a consultant reads them', () => {
    expect([formatMinutes(45), formatMinutes(60), formatMinutes(95), formatMinutes(210)]).toEqual(['45 min', '1 h', '1 h 35 min', '3 h 30 min']);
  });

  it('reads calendar dates without shifting the day, and keeps what it cannot read', () => {
    expect(formatDay('2026-03-18')).toMatch(/^Wed,? 18 Mar 2026$/);
    expect(formatDay('someday')).toBe('someday');
  });

  it('adds the agenda up and counts what was captured', () => {
    const workshop = sampleWorkshop();
    expect(plannedMinutes(workshop)).toBe(80);
    expect(captureCounts(workshop)).toBe('Nothing captured yet');
    expect(captureCounts({ ...workshop, decisions: [{ id: 'd', text: 'x', agendaItemId: null, decidedAt: workshop.createdAt }] })).toBe('1 decision');
  });
});
